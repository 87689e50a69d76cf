import type { MessageTemplate } from '../render-template.ts';
import partials from './staff-partials.ts';

/** `en/late-refusal.ts` in Finnish. */
export default {
  subject: '[{{reference}}] Kieltäytymisestä ilmoitettiin ensimmäisen kuukauden jälkeen',
  body: `Hei,

Asia {{reference}} suljettiin ({{outcomeText}}) {{decidedDate}}, päätöksen teki {{decidedBy}}. Ensimmäinen kuukausi päättyi {{firstMonthEndDate}}{{#extended}}, ja määräaikaa oli pidennetty {{extendedMonths}} kuukaudella{{/extended}}.

GDPR art. 12(4) edellyttää, että rekisteröidylle ilmoitetaan kieltäytymisestä, sen syistä ja oikeussuojakeinoista kuukauden kuluessa pyynnön vastaanottamisesta; määräajan pidentäminen (art. 12(3)) antaa lisäaikaa pyynnön johdosta toteutettaville toimenpiteille, ei kieltäytymiselle. Rekisteröity on nyt saanut tämän ilmoituksen, ja asia on kirjattu myöhässä hylätyksi.

{{> caseFacts}}
Vastaanotettu: {{receivedDate}}
Määräaika: {{dueDateTime}}

{{> noRequestContent}}

{{> caseInConsole}}

Privacy Desk`,
  partials,
} satisfies MessageTemplate;
