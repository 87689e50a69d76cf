import type { MessageTemplate } from '../render-template.ts';
import partials from './staff-partials.ts';

/** `en/case-reassigned.ts` in Danish. */
export default {
  subject: '[{{reference}}] Sag tildelt dig: {{typeLabel}}',
  body: `{{assignedBy}} har tildelt dig sag {{reference}}: {{typeLabel}}{{^contentInConsole}} fra {{name}}{{/contentInConsole}}, modtaget {{receivedDate}}, frist {{dueDate}}.

{{^contentInConsole}}
Henvendelsen:
{{requestMessage}}
{{/contentInConsole}}
{{> contentInConsole}}

---
Besvar denne e-mail for at svare den registrerede. Kommandoer øverst i dit svar, én pr. linje, udføres og videresendes ikke:
{{usage}}`,
  partials,
} satisfies MessageTemplate;
