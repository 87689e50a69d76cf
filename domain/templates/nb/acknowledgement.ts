import type { MessageTemplate } from '../render-template.ts';
import partials from './partials.ts';

export default {
  subject: '[{{reference}}] Vi har mottatt din {{typeLabel}}',
  body: `Hei {{name}},

Takk for at du kontaktet oss. Vi mottok din {{typeLabel}} den {{receivedDate}}. Saksnummeret ditt er {{reference}}. Oppgi det når du skriver til oss om denne saken.

{{#verificationUrl}}
Før vi kan begynne, må du bekrefte at denne e-postadressen er din. Det gjør du ved å åpne denne lenken:
{{verificationUrl}}
Vi begynner ikke å behandle saken før du har bekreftet adressen. Hvis det ikke var du som sendte denne henvendelsen, kan du se bort fra denne e-posten.
{{/verificationUrl}}

{{#isBreach}}
Personvernombudet vårt er varslet og vil se på meldingen din med høyeste prioritet.
{{/isBreach}}
{{^isBreach}}
{{^controllerIsCustomer}}
{{#isOptOut}}
Vi registrerer reservasjonen din med én gang. Du får en egen e-post som bekrefter hva vi har gjort, og fra når det gjelder.
{{/isOptOut}}
{{^isOptOut}}
En av våre medarbeidere vil ta kontakt med deg. Du får svar fra oss senest {{targetDate}}.
{{/isOptOut}}
{{/controllerIsCustomer}}
{{/isBreach}}

{{#controllerIsCustomer}}
Merk: For {{serviceName}} behandler vi personopplysninger på vegne av kunden vår, det vil si virksomheten som bruker tjenesten (for eksempel arbeidsgiveren din). Kunden er behandlingsansvarlig for opplysningene dine: Det er kunden som tar stilling til anmodningen din og besvarer den. Vi sender anmodningen din videre til kunden uten ugrunnet opphold og hjelper kunden med å svare. Fordi det er kunden som avgjør saken, kan vi ikke love deg en dato for svaret. Du kan også kontakte kunden direkte.
{{/controllerIsCustomer}}

{{#trustCentreUrl}}
Den oppdaterte oversikten over våre underdatabehandlere finner du i vårt Trust Centre:
{{trustCentreUrl}}
{{/trustCentreUrl}}

{{#isComplaint}}
{{> complaintRights}}
{{/isComplaint}}

Du kan følge saken din her:
{{statusUrl}}

{{> signature}}`,
  partials,
} satisfies MessageTemplate;
