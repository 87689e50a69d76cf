import type { MessageTemplate } from '../render-template.ts';
import partials from './partials.ts';

export default {
  subject: '[{{reference}}] Vi har tagit emot din {{typeLabel}}',
  body: `Hej {{name}},

Tack för att du kontaktade oss. Vi tog emot din {{typeLabel}} den {{receivedDate}}. Ditt ärendenummer är {{reference}}. Ange det när du skriver till oss om ärendet.

{{#verificationUrl}}
Innan vi kan börja behöver vi veta att den här e-postadressen är din. Bekräfta det genom att öppna den här länken:
{{verificationUrl}}
Vi börjar inte handlägga ärendet förrän du har bekräftat adressen. Om det inte är du som har skickat in ärendet kan du bortse från det här mejlet.
{{/verificationUrl}}

{{#isBreach}}
Vårt dataskyddsombud har underrättats och går igenom din anmälan med högsta prioritet.
{{/isBreach}}
{{^isBreach}}
{{^controllerIsCustomer}}
{{#isOptOut}}
Vi registrerar din begäran direkt. Du får ett separat mejl som bekräftar vad vi har gjort och från när det gäller.
{{/isOptOut}}
{{^isOptOut}}
En av våra medarbetare kommer att kontakta dig. Du får svar från oss senast den {{targetDate}}.
{{/isOptOut}}
{{/controllerIsCustomer}}
{{/isBreach}}

{{#controllerIsCustomer}}
Observera: För {{serviceName}} behandlar vi personuppgifter för vår kunds räkning, det vill säga den organisation som använder tjänsten (till exempel din arbetsgivare). Kunden är personuppgiftsansvarig för dina uppgifter: Det är kunden som beslutar om din begäran och besvarar den. Vi skickar din begäran vidare till kunden utan onödigt dröjsmål och hjälper kunden att besvara den. Eftersom det är kunden som beslutar kan vi inte utlova något datum för svaret. Du kan också vända dig direkt till kunden.
{{/controllerIsCustomer}}

{{#trustCentreUrl}}
Den aktuella förteckningen över våra underbiträden finns i vårt Trust Center:
{{trustCentreUrl}}
{{/trustCentreUrl}}

{{#isComplaint}}
{{> complaintRights}}
{{/isComplaint}}

Du kan följa ditt ärende här:
{{statusUrl}}

{{> signature}}`,
  partials,
} satisfies MessageTemplate;
