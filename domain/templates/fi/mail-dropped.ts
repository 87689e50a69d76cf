import type { MessageTemplate } from '../render-template.ts';
import partials from './staff-partials.ts';

/** `en/mail-dropped.ts` in Finnish. */
export default {
  subject: '[{{reference}}] Tähän asiaan osoitettua viestiä ei hyväksytty',
  body: `Asiaan {{reference}} ({{typeLabel}}, määräaika {{dueDate}}) osoitettua viestiä ei hyväksytty: {{reasonText}}

Sen sisältöä ei tallennettu, välitetty eikä käsitelty, eikä lähettäjälle ilmoitettu. Sisältö ei ole tässä viestissä.

Jos odotat vastausta tässä asiassa, lähettäjän tulee vastata deskin omaan asiaa koskevaan viestiin siitä osoitteesta, johon desk kirjoittaa. Postia verkkotunnuksesta, joka ei todenna postiaan (ei DMARCia), hyväksytään vain rekisteröidyltä vastauksena deskin hänelle lähettämään viestiin.

Ylläpitäjälle: SES-viestitunnus {{sesMessageId}} (alkuperäinen viesti säilyy postisäilössä 30 päivää), syy {{reason}}, tunnistettu: {{identifiedBy}}. Muut tähän asiaan osoitetut viestit, joita ei hyväksytä tunnin sisällä, kirjataan vain asian tarkastuslokiin.

{{> caseInConsole}}`,
  partials,
} satisfies MessageTemplate;
