import type { MessageTemplate } from '../render-template.ts';

/** `en/case-reassigned.ts` in Norwegian (Bokmål). */
export default {
  subject: '[{{reference}}] Sak tildelt deg: {{typeLabel}}',
  body: `{{assignedBy}} har tildelt deg sak {{reference}}: {{typeLabel}} fra {{name}}, mottatt {{receivedDate}}, frist {{dueDate}}.

Henvendelsen:
{{requestMessage}}

---
Svar på denne e-posten for å svare den registrerte. Kommandoer øverst i svaret, én per linje, blir utført og ikke videresendt:
{{usage}}`,
} satisfies MessageTemplate;
