import type { MessageTemplate } from '../render-template.ts';
import partials from './partials.ts';
import staffPartials from './staff-partials.ts';

/** `en/late-refusal.ts` in Dutch. */
export default {
  subject: '[{{reference}}] Weigering na de eerste maand meegedeeld',
  body: `Hallo,

Zaak {{reference}} is op {{decidedDate}} door {{decidedBy}} afgesloten als {{outcomeText}}. De eerste maand eindigde op {{firstMonthEndDate}}{{#extended}}, en de termijn was met {{extendedMonths}} maanden verlengd{{/extended}}.

Volgens art. 12 lid 4 AVG moet de aanvrager binnen een maand na ontvangst van het verzoek horen dat er geen gevolg aan wordt gegeven, met de redenen en de mogelijkheid van klacht en beroep; een verlenging op grond van art. 12 lid 3 AVG geeft meer tijd om gevolg te geven aan een verzoek, niet om het te weigeren. De aanvrager heeft dat bericht nu ontvangen, en de zaak is vastgelegd als te laat geweigerd.

{{> caseFacts}}
Ontvangen: {{receivedDate}}
Termijn: {{dueDateTime}}

{{> noRequestContent}}

{{> caseInConsole}}

Privacy Desk`,
  partials: { ...partials, ...staffPartials },
} satisfies MessageTemplate;
