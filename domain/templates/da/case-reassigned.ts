import type { MessageTemplate } from '../render-template.ts';

/** `en/case-reassigned.ts` in Danish. */
export default {
  subject: '[{{reference}}] Sag tildelt dig: {{typeLabel}}',
  body: `{{assignedBy}} har tildelt dig sag {{reference}}: {{typeLabel}} fra {{name}}, modtaget {{receivedDate}}, frist {{dueDate}}.

Henvendelsen:
{{requestMessage}}

---
Besvar denne e-mail for at svare den registrerede. Kommandoer øverst i dit svar, én pr. linje, udføres og videresendes ikke:
{{usage}}`,
} satisfies MessageTemplate;
