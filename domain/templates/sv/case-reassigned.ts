import type { MessageTemplate } from '../render-template.ts';

/** `en/case-reassigned.ts` in Swedish. */
export default {
  subject: '[{{reference}}] Ärende tilldelat dig: {{typeLabel}}',
  body: `{{assignedBy}} har tilldelat dig ärende {{reference}}: {{typeLabel}} från {{name}}, mottaget {{receivedDate}}, tidsfrist {{dueDate}}.

Begäran:
{{requestMessage}}

---
Svara på det här meddelandet för att svara den registrerade. Kommandon överst i svaret, ett per rad, utförs och vidarebefordras inte:
{{usage}}`,
} satisfies MessageTemplate;
