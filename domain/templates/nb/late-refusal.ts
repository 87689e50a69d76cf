import type { MessageTemplate } from '../render-template.ts';
import partials from './staff-partials.ts';

/** `en/late-refusal.ts` in Norwegian (Bokmål). */
export default {
  subject: '[{{reference}}] Avslag meddelt etter den første måneden',
  body: `Hei,

Sak {{reference}} ble avsluttet med {{outcomeText}} av {{decidedBy}} {{decidedDate}}. Den første måneden gikk ut {{firstMonthEndDate}}{{#extended}}, og fristen var forlenget med {{extendedMonths}} måneder{{/extended}}.

Etter GDPR art. 12(4) skal den registrerte få beskjed om et avslag, med begrunnelse og opplysning om retten til å klage og gå til søksmål, innen én måned etter at henvendelsen ble mottatt; en forlengelse etter art. 12(3) gir mer tid til å etterkomme en henvendelse, ikke til å avslå den. Den registrerte har nå fått denne beskjeden, og saken er registrert som avslått for sent.

{{> caseFacts}}
Mottatt: {{receivedDate}}
Frist: {{dueDateTime}}

{{> noRequestContent}}

{{> caseInConsole}}

Privacy Desk`,
  partials,
} satisfies MessageTemplate;
