import type { MessageTemplate } from '../render-template.ts';
import partials from './staff-partials.ts';

/** `en/escalation-extension-decision.ts` in Norwegian (Bokmål). */
export default {
  subject: '[{{reference}}] Ta stilling til forlengelse før {{firstMonthEndDate}}',
  body: `Hei,

Den første måneden i sak {{reference}} går ut {{firstMonthEndDate}} ({{firstMonthLeft}} igjen), og henvendelsen er fortsatt åpen (et foreløpig svar besvarer den ikke).

Trenger henvendelsen mer tid fordi den er kompleks eller én av mange, kan fristen forlenges med inntil to måneder til (GDPR art. 12(3)). Den registrerte må få beskjed om forlengelsen, med begrunnelse, før den første måneden er ute. Etter den datoen er forlengelse ikke lenger mulig.

{{> caseFacts}}
Mottatt: {{receivedDate}}
Frist: {{dueDateTime}}

{{#toManager}}
Saken har ingen saksbehandler, derfor går dette til deg som teamleder.
{{/toManager}}
{{> noRequestContent}} Åpne saken i desken for å jobbe med den.

{{> caseInConsole}}

Privacy Desk`,
  partials,
} satisfies MessageTemplate;
