import type { MessageTemplate } from '../render-template.ts';
import partials from './partials.ts';

export default {
  subject: '[{{reference}}] Vi har modtaget din {{typeLabel}}',
  body: `Kære {{name}}

Tak, fordi du har kontaktet os. Vi modtog din {{typeLabel}} den {{receivedDate}}. Dit sagsnummer er {{reference}}. Oplys det venligst, når du skriver til os om sagen.

{{#verificationUrl}}
Før vi kan gå i gang, skal du bekræfte, at denne e-mailadresse er din. Det gør du ved at åbne dette link:
{{verificationUrl}}
Vi begynder ikke at behandle sagen, før du har bekræftet adressen. Hvis det ikke er dig, der har sendt henvendelsen, kan du se bort fra denne e-mail.
{{/verificationUrl}}

{{#isBreach}}
Vores databeskyttelsesrådgiver er underrettet og vil behandle din henvendelse med højeste prioritet.
{{/isBreach}}
{{^isBreach}}
{{^controllerIsCustomer}}
{{#isOptOut}}
Vi registrerer din afmelding med det samme. Du modtager en separat e-mail, der bekræfter, hvad vi har gjort, og fra hvornår det gælder.
{{/isOptOut}}
{{^isOptOut}}
En af vores medarbejdere vil kontakte dig. Du får svar fra os senest den {{targetDate}}.
{{/isOptOut}}
{{/controllerIsCustomer}}
{{/isBreach}}

{{#controllerIsCustomer}}
Bemærk: For {{serviceName}} behandler vi personoplysninger på vegne af vores kunde, dvs. den organisation, der bruger tjenesten (for eksempel din arbejdsgiver). Kunden er dataansvarlig for dine oplysninger: Det er kunden, der træffer afgørelse om din anmodning og besvarer den. Vi sender din anmodning videre til kunden uden unødig forsinkelse og hjælper kunden med at besvare den. Da det er kunden, der træffer afgørelsen, kan vi ikke love dig en dato for svaret. Du kan også henvende dig direkte til kunden.
{{/controllerIsCustomer}}

{{#trustCentreUrl}}
Den aktuelle oversigt over vores underdatabehandlere findes i vores Trust Center:
{{trustCentreUrl}}
{{/trustCentreUrl}}

{{#isComplaint}}
{{> complaintRights}}
{{/isComplaint}}

Du kan følge din sag her:
{{statusUrl}}

{{> signature}}`,
  partials,
} satisfies MessageTemplate;
