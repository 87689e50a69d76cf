import type { MessageTemplate } from '../render-template.ts';
import partials from './staff-partials.ts';

/** `en/escalation-breach-overdue.ts` in Finnish. */
export default {
  subject: '[{{reference}}] Tietoturvaloukkausilmoitus myöhässä {{overdueBy}}',
  body: `Hei,

Mahdollinen tietoturvaloukkaus {{reference}}: 72 tunnin määräaika ilmoittaa valvontaviranomaiselle (GDPR art. 33) päättyi {{dueDateTime}}, eli {{overdueBy}} sitten. Myöhästyneessä ilmoituksessa on kerrottava viivästymisen syyt.

Miksi saat tämän: {{reason}}.

{{> caseFacts}}
Vastaanotettu: {{receivedDateTime}}

Tämä hälytys toistetaan {{repeatHours}} tunnin välein niin kauan kuin ilmoitus on auki. Se ei sisällä mitään ilmoituksen sisällöstä.

{{> caseInConsole}}

Privacy Desk`,
  partials,
} satisfies MessageTemplate;
