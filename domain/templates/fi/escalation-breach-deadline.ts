import type { MessageTemplate } from '../render-template.ts';
import partials from './staff-partials.ts';

/** `en/escalation-breach-deadline.ts` in Finnish. */
export default {
  subject: '[{{reference}}] Tietoturvaloukkausilmoitus: aikaa ilmoittaa valvontaviranomaiselle {{timeLeft}}',
  body: `Hei,

Mahdollinen tietoturvaloukkaus {{reference}}: 72 tunnin määräaika ilmoittaa valvontaviranomaiselle (GDPR art. 33) päättyy {{dueDateTime}}, aikaa on jäljellä {{timeLeft}}.

Miksi saat tämän: {{reason}}.

{{> caseFacts}}
Vastaanotettu: {{receivedDateTime}}

Tämä hälytys lähetetään tietosuojavastaavalle ja tiimin esihenkilölle, eikä se sisällä mitään ilmoituksen sisällöstä.

{{> caseInConsole}}

Privacy Desk`,
  partials,
} satisfies MessageTemplate;
