import type { MessageTemplate } from '../render-template.ts';

/** `en/case-reassigned.ts` in Finnish. */
export default {
  subject: '[{{reference}}] Sinulle osoitettu asia: {{typeLabel}}',
  body: `{{assignedBy}} osoitti asian {{reference}} sinulle: {{typeLabel}}, lähettäjä {{name}}, vastaanotettu {{receivedDate}}, määräaika {{dueDate}}.

Pyyntö:
{{requestMessage}}

---
Vastaa tähän viestiin, niin vastauksesi välitetään rekisteröidylle. Vastauksen alkuun kirjoitetut komennot, yksi riviä kohden, suoritetaan eikä niitä välitetä eteenpäin:
{{usage}}`,
} satisfies MessageTemplate;
