import type { MessageTemplate } from '../render-template.ts';
import partials from './staff-partials.ts';

/** `en/requester-reply.ts` in Finnish. */
export default {
  subject:
    '[{{reference}}] Rekisteröity vastasi{{#unauthenticated}}, lähettäjää ei varmennettu{{/unauthenticated}} ({{typeLabel}})',
  body: `{{#unauthenticated}}
VAROITUS: desk ei voinut varmistaa, että tämä viesti on rekisteröidyltä. Se lähetettiin rekisteröidyn omaan vastausosoitteeseen tässä asiassa, mutta hänen sähköpostipalvelunsa ei todenna lähettämäänsä postia (DMARC {{dmarc}}), joten kuka tahansa on voinut kirjoittaa sen hänen nimissään. Älä toimi sen perusteella (tietojen lähettäminen toiseen osoitteeseen, pyynnön muuttaminen tai peruminen) ennen kuin olet varmistanut asian rekisteröidyltä.

{{/unauthenticated}}
{{^contentInConsole}}
{{name}} vastasi asiassa {{reference}} ({{typeLabel}}, määräaika {{dueDate}}):

{{requesterText}}

{{#attachmentList}}
Liitteet, tallennettu salattuina asian yhteyteen: {{attachmentList}}.
{{/attachmentList}}
{{/contentInConsole}}
{{#contentInConsole}}
Rekisteröity vastasi asiassa {{reference}} ({{typeLabel}}, määräaika {{dueDate}}).

{{> contentInConsole}}
{{/contentInConsole}}

---
Vastaa tähän viestiin, niin vastauksesi välitetään rekisteröidylle. Vastauksen alkuun kirjoitetut komennot, yksi riviä kohden, suoritetaan eikä niitä välitetä eteenpäin:
{{usage}}`,
  partials,
} satisfies MessageTemplate;
