import type { MessageTemplate } from '../render-template.ts';
import partials from './staff-partials.ts';

/** `en/case-reassigned.ts` in Swedish. */
export default {
  subject: '[{{reference}}] Ärende tilldelat dig: {{typeLabel}}',
  body: `{{assignedBy}} har tilldelat dig ärende {{reference}}: {{typeLabel}}{{^contentInConsole}} från {{name}}{{/contentInConsole}}, mottaget {{receivedDate}}, tidsfrist {{dueDate}}.

{{^contentInConsole}}
Begäran:
{{requestMessage}}
{{/contentInConsole}}
{{> contentInConsole}}

---
Svara på det här meddelandet för att svara den registrerade. Kommandon överst i svaret, ett per rad, utförs och vidarebefordras inte:
{{usage}}`,
  partials,
} satisfies MessageTemplate;
