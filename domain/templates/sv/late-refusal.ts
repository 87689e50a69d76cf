import type { MessageTemplate } from '../render-template.ts';
import partials from './staff-partials.ts';

/** `en/late-refusal.ts` in Swedish. */
export default {
  subject: '[{{reference}}] Avslag meddelat efter den första månaden',
  body: `Hej,

Ärende {{reference}} avslutades med {{outcomeText}} av {{decidedBy}} den {{decidedDate}}. Den första månaden löpte ut den {{firstMonthEndDate}}{{#extended}}, och tidsfristen hade förlängts med {{extendedMonths}} månader{{/extended}}.

Enligt GDPR art. 12(4) ska den registrerade underrättas om ett avslag, med skälen och möjligheten att lämna in klagomål och begära rättslig prövning, inom en månad från mottagandet; en förlängning enligt art. 12(3) ger mer tid att vidta åtgärder med anledning av en begäran, inte att avslå den. Den registrerade har nu fått det beskedet, och ärendet är registrerat som avslaget för sent.

{{> caseFacts}}
Mottaget: {{receivedDate}}
Tidsfrist: {{dueDateTime}}

{{> noRequestContent}}

{{> caseInConsole}}

Privacy Desk`,
  partials,
} satisfies MessageTemplate;
