import type { MessageTemplate } from '../render-template.ts';
import partials from './staff-partials.ts';

/** `en/escalation-extension-decision.ts` in Danish. */
export default {
  subject: '[{{reference}}] Tag stilling til forlængelse inden {{firstMonthEndDate}}',
  body: `Hej,

Den første måned i sag {{reference}} udløber den {{firstMonthEndDate}} ({{firstMonthLeft}} tilbage), og anmodningen er stadig åben (et foreløbigt svar besvarer den ikke).

Kræver anmodningen mere tid, fordi den er kompleks eller en af mange, kan fristen forlænges med op til to måneder mere (GDPR art. 12(3)). Den registrerede skal underrettes om forlængelsen med begrundelse, inden den første måned er gået. Efter den dato er forlængelse ikke længere mulig.

{{> caseFacts}}
Modtaget: {{receivedDate}}
Frist: {{dueDateTime}}

{{#toManager}}
Sagen har ingen sagsbehandler, så dette går til dig som teamleder.
{{/toManager}}
{{> noRequestContent}} Åbn sagen i desken for at arbejde med den.

{{> caseInConsole}}

Privacy Desk`,
  partials,
} satisfies MessageTemplate;
