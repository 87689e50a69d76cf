import type { MessageTemplate } from '../render-template.ts';
import partials from './staff-partials.ts';

/** `en/case-assigned.ts` in Finnish. */
export default {
  subject:
    '[{{reference}}] {{#noEligibleMember}}Vaatii huomiotasi: kukaan tiimistä {{teamName}} ei voi ottaa tätä asiaa ({{typeLabel}}){{/noEligibleMember}}{{^noEligibleMember}}Uusi asia sinulle: {{typeLabel}}{{/noEligibleMember}}',
  body: `Hei {{recipientName}},

{{#noEligibleMember}}
Kukaan tiimin {{teamName}} aktiivisista jäsenistä ei puhu rekisteröidyn kieltä ({{languageName}}), joten asia on sinulla tiimin esihenkilönä. Vastaa itse tai anna asia jollekulle, joka osaa kieltä.
{{/noEligibleMember}}
{{^noEligibleMember}}
Sinulle on osoitettu uusi asia tiimissä {{teamName}}.
{{/noEligibleMember}}

Viite: {{reference}}
Pyyntö: {{typeLabel}}
Vastaanotettu: {{receivedDate}}
Vastattava viimeistään: {{#isBreach}}{{dueDateTime}} (72 tuntia vastaanotosta){{/isBreach}}{{^isBreach}}{{targetDate}} (lakisääteinen määräaika {{dueDate}}){{/isBreach}}
Rekisteröidyn kieli: {{languageName}}

{{^contentInConsole}}
Rekisteröidyltä
{{> requesterDetails}}
{{/contentInConsole}}
{{> contentInConsole}}

{{#controllerIsCustomer}}
Käsittelijän asia: palvelussa {{serviceName}} käsittelemme henkilötietoja asiakkaamme lukuun; asiakas on rekisterinpitäjä ja päättää pyynnöstä. Rekisteröidylle on kerrottu tästä. Välitä pyyntö asiakkaalle ja auta asiakasta vastaamaan siihen.
{{/controllerIsCustomer}}

{{#isComplaint}}
Tämä on valitus: vastauksessasi on kerrottava rekisteröidylle, että hän voi tehdä valituksen valvontaviranomaiselle.
{{/isComplaint}}

{{#isBreach}}
Tietoturvaloukkausilmoitus: myös tietosuojavastaavalle on ilmoitettu.
{{/isBreach}}

Näin vastaat: vastaa tähän viestiin. Vastauksesi menee deskiin, joka kirjaa sen asiaan ja välittää sen rekisteröidylle; älä kirjoita suoraan rekisteröidyn osoitteeseen.

{{> personalDataWarning}}`,
  partials,
} satisfies MessageTemplate;
