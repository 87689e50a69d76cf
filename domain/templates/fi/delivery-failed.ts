import type { MessageTemplate } from '../render-template.ts';
import partials from './staff-partials.ts';

/** `en/delivery-failed.ts` in Finnish. */
export default {
  subject: '[{{reference}}] {{headline}}: {{failedWhat}}, vastaanottaja {{failedRecipient}}',
  body: `Hei,

{{^isComplaint}}
Asiaa {{reference}} koskevaa viestiä ei voitu toimittaa: {{failedWhat}}, lähetetty {{failedSentAt}}, vastaanottaja {{failedRecipient}}. Postijärjestelmä ilmoitti: {{problem}}.
{{/isComplaint}}
{{#isComplaint}}
Asiaa {{reference}} koskevasta viestistä on tehty valitus: {{failedWhat}}, lähetetty {{failedSentAt}}, vastaanottaja {{failedRecipient}}, merkittiin roskapostiksi. Desk käsittelee sitä vastaanottamattomana.
{{/isComplaint}}

{{#toRequester}}
Rekisteröity ei ehkä tiedä, mitä lähetimme. Tarkista asiaan tallennettu osoite ja tavoita rekisteröity muulla tavoin, jos voit. Oleta siihen asti, ettei rekisteröity ole saanut viestiä.
{{/toRequester}}
{{^toRequester}}
Vastaanottaja ei ehkä tiedä asiasta. Tarkista osoite deskin asetuksista.
{{/toRequester}}

Asia: {{reference}}
Tyyppi: {{typeLabel}}
Tiimi: {{teamName}}
Käsittelijä: {{assigneeName}}
Määräaika: {{dueDateTime}} ({{timeLeftOrOverdue}})

{{> noRequestContent}}

{{> caseInConsole}}

Privacy Desk`,
  partials,
} satisfies MessageTemplate;
