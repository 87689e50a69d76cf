import type { MessageTemplate } from '../render-template.ts';
import partials from './staff-partials.ts';

/** `en/case-reassigned.ts` in Norwegian (Bokmål). */
export default {
  subject: '[{{reference}}] Sak tildelt deg: {{typeLabel}}',
  body: `{{assignedBy}} har tildelt deg sak {{reference}}: {{typeLabel}}{{^contentInConsole}} fra {{name}}{{/contentInConsole}}, mottatt {{receivedDate}}, frist {{dueDate}}.

{{^contentInConsole}}
Henvendelsen:
{{requestMessage}}
{{/contentInConsole}}
{{> contentInConsole}}

---
Svar på denne e-posten for å svare den registrerte. Kommandoer øverst i svaret, én per linje, blir utført og ikke videresendt:
{{usage}}`,
  partials,
} satisfies MessageTemplate;
