import type { MessageTemplate } from '../render-template.ts';
import partials from './staff-partials.ts';

/** `en/case-reassigned.ts` in Finnish. */
export default {
  subject: '[{{reference}}] Sinulle osoitettu asia: {{typeLabel}}',
  body: `{{assignedBy}} osoitti asian {{reference}} sinulle: {{typeLabel}}{{^contentInConsole}}, lähettäjä {{name}}{{/contentInConsole}}, vastaanotettu {{receivedDate}}, määräaika {{dueDate}}.

{{^contentInConsole}}
Pyyntö:
{{requestMessage}}
{{/contentInConsole}}
{{> contentInConsole}}

---
Vastaa tähän viestiin, niin vastauksesi välitetään rekisteröidylle. Vastauksen alkuun kirjoitetut komennot, yksi riviä kohden, suoritetaan eikä niitä välitetä eteenpäin:
{{usage}}`,
  partials,
} satisfies MessageTemplate;
