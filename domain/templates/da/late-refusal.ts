import type { MessageTemplate } from '../render-template.ts';
import partials from './staff-partials.ts';

/** `en/late-refusal.ts` in Danish. */
export default {
  subject: '[{{reference}}] Afslag meddelt efter den første måned',
  body: `Hej,

Sag {{reference}} blev afsluttet med {{outcomeText}} af {{decidedBy}} den {{decidedDate}}. Den første måned udløb den {{firstMonthEndDate}}{{#extended}}, og fristen var forlænget med {{extendedMonths}} måneder{{/extended}}.

Efter GDPR art. 12(4) skal den registrerede underrettes om et afslag med begrundelse og oplysning om muligheden for at klage og indbringe sagen for domstolene inden for en måned efter modtagelsen; en forlængelse efter art. 12(3) giver mere tid til at imødekomme en anmodning, ikke til at afslå den. Den registrerede har nu fået den underretning, og sagen er registreret som afslået for sent.

{{> caseFacts}}
Modtaget: {{receivedDate}}
Frist: {{dueDateTime}}

{{> noRequestContent}}

{{> caseInConsole}}

Privacy Desk`,
  partials,
} satisfies MessageTemplate;
