import type { MessageTemplate } from '../render-template.ts';
import partials from './staff-partials.ts';

/** `en/escalation-extension-decision.ts` in Finnish. */
export default {
  subject: '[{{reference}}] Päätä määräajan pidentämisestä ennen {{firstMonthEndDate}}',
  body: `Hei,

Asian {{reference}} ensimmäinen kuukausi päättyy {{firstMonthEndDate}} (aikaa jäljellä {{firstMonthLeft}}), ja pyyntö on yhä auki (väliaikainen vastaus ei ole vastaus pyyntöön).

Jos pyyntö vaatii enemmän aikaa, koska se on monimutkainen tai pyyntöjä on paljon, määräaikaa voidaan pidentää enintään kahdella lisäkuukaudella (GDPR art. 12(3)). Rekisteröidylle on ilmoitettava pidentämisestä ja sen syistä ennen ensimmäisen kuukauden päättymistä. Sen jälkeen määräaikaa ei voi enää pidentää.

{{> caseFacts}}
Vastaanotettu: {{receivedDate}}
Määräaika: {{dueDateTime}}

{{#toManager}}
Asialla ei ole käsittelijää, joten tämä tulee sinulle tiimin esihenkilönä.
{{/toManager}}
{{> noRequestContent}} Avaa asia deskissä käsitelläksesi sitä.

{{> caseInConsole}}

Privacy Desk`,
  partials,
} satisfies MessageTemplate;
