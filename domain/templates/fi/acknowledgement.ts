import type { MessageTemplate } from '../render-template.ts';
import partials from './partials.ts';

export default {
  subject: '[{{reference}}] Yhteydenottosi on vastaanotettu: {{typeLabel}}',
  body: `Hei {{name}},

Kiitos yhteydenotostasi. Olemme vastaanottaneet sen {{receivedDate}}.

Asia: {{typeLabel}}
Asianumero: {{reference}}

Mainitsethan asianumeron aina, kun olet meihin yhteydessä tässä asiassa.

{{#verificationUrl}}
Ennen kuin voimme aloittaa, pyydämme sinua vahvistamaan, että tämä sähköpostiosoite on sinun. Vahvista osoite avaamalla tämä linkki:
{{verificationUrl}}
Emme ryhdy käsittelemään asiaa ennen kuin olet vahvistanut osoitteen. Jos et ole lähettänyt tätä viestiä, voit jättää tämän sähköpostin huomiotta.
{{/verificationUrl}}

{{#isBreach}}
Tietosuojavastaavallemme on ilmoitettu asiasta, ja ilmoituksesi käsitellään kiireellisimpänä.
{{/isBreach}}
{{^isBreach}}
{{^controllerIsCustomer}}
{{#isOptOut}}
Kirjaamme markkinointikieltosi heti. Saat erillisen sähköpostiviestin, jossa vahvistamme, mitä olemme tehneet ja mistä alkaen kielto on voimassa.
{{/isOptOut}}
{{^isOptOut}}
Edustajamme on sinuun yhteydessä. Vastaamme sinulle viimeistään {{targetDate}}.
{{/isOptOut}}
{{/controllerIsCustomer}}
{{/isBreach}}

{{#controllerIsCustomer}}
Huomaathan, että {{serviceName}} -palvelussa käsittelemme henkilötietoja asiakkaamme lukuun. Asiakkaamme on palvelua käyttävä organisaatio (esimerkiksi työnantajasi), ja se on tietojesi rekisterinpitäjä: asiakas päättää pyynnöstäsi ja vastaa siihen. Välitämme pyyntösi asiakkaalle viipymättä ja autamme sitä vastaamaan. Koska päätöksen tekee asiakas, emme voi luvata sinulle päivämäärää, jolloin saat vastauksen. Voit olla yhteydessä myös suoraan asiakkaaseen.
{{/controllerIsCustomer}}

{{#trustCentreUrl}}
Ajantasainen luettelo alikäsittelijöistämme on julkaistu Trust Centre -sivustollamme:
{{trustCentreUrl}}
{{/trustCentreUrl}}

{{#isComplaint}}
{{> complaintRights}}
{{/isComplaint}}

Voit seurata asiasi käsittelyä täällä:
{{statusUrl}}

{{> signature}}`,
  partials,
} satisfies MessageTemplate;
