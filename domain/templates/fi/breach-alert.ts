import type { MessageTemplate } from '../render-template.ts';
import partials from './staff-partials.ts';

/** `en/breach-alert.ts` in Finnish. */
export default {
  subject: '[{{reference}}] Tietoturvaloukkausilmoitus: 72 tuntia päättyy {{dueDateTime}}',
  body: `Hei {{recipientName}},

Tietosuojalomakkeella on ilmoitettu mahdollisesta henkilötietojen tietoturvaloukkauksesta. Jos kyse on tietoturvaloukkauksesta, siitä on ilmoitettava valvontaviranomaiselle 72 tunnin kuluessa siitä, kun se tuli tietoomme (GDPR art. 33). Desk laskee tunnit vastaanotosta: ne päättyvät {{dueDateTime}}.

{{#memberName}}
Asia on osoitettu käsittelijälle {{memberName}} ({{teamName}}).
{{/memberName}}
{{^memberName}}
Kukaan tiimistä {{teamName}} ei voi ottaa asiaa: se on tiimin esihenkilöllä.
{{/memberName}}

Viite: {{reference}}
Vastaanotettu: {{receivedDateTime}}

{{^contentInConsole}}
Ilmoittajalta
{{> requesterDetails}}
{{/contentInConsole}}
{{> contentInConsole}}

Näin vastaat: vastaa tähän viestiin. Vastauksesi kirjataan asiaan.

{{> personalDataWarning}}`,
  partials,
} satisfies MessageTemplate;
