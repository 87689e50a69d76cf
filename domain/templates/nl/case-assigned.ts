import type { MessageTemplate } from '../render-template.ts';
import partials from './partials.ts';
import staffPartials from './staff-partials.ts';

/** Aan de vertegenwoordiger die een zaak krijgt, of aan de manager als geen teamlid haar kan nemen. */
export default {
  subject:
    '[{{reference}}] {{#noEligibleMember}}Vraagt uw aandacht: niemand in {{teamName}} kan deze zaak behandelen ({{typeLabel}}){{/noEligibleMember}}{{^noEligibleMember}}Nieuwe zaak voor u: {{typeLabel}}{{/noEligibleMember}}',
  body: `Beste {{recipientName}},

{{#noEligibleMember}}
Geen actief lid van {{teamName}} spreekt de taal van de aanvrager ({{languageName}}), daarom ligt deze zaak bij u als manager van het team. Beantwoord haar zelf of geef haar aan iemand die dat kan.
{{/noEligibleMember}}
{{^noEligibleMember}}
Er is een nieuwe zaak aan u toegewezen in {{teamName}}.
{{/noEligibleMember}}

Kenmerk: {{reference}}
Verzoek: {{typeLabel}}
Ontvangen: {{receivedDate}}
Antwoord uiterlijk: {{#isBreach}}{{dueDateTime}} (72 uur na ontvangst){{/isBreach}}{{^isBreach}}{{targetDate}} (wettelijke termijn {{dueDate}}){{/isBreach}}
Taal van de aanvrager: {{languageName}}

{{^contentInConsole}}
Van de aanvrager
{{> requesterDetails}}
{{/contentInConsole}}
{{> contentInConsole}}

{{#controllerIsCustomer}}
Verwerkerszaak: voor {{serviceName}} verwerken wij persoonsgegevens in opdracht van onze klant; die is de verwerkingsverantwoordelijke en beslist over het verzoek. De aanvrager is dat verteld. Geef het verzoek door aan de klant en help die het te beantwoorden.
{{/controllerIsCustomer}}

{{#isComplaint}}
Dit is een klacht: uw antwoord moet vermelden dat de aanvrager een klacht kan indienen bij een toezichthoudende autoriteit.
{{/isComplaint}}

{{#isBreach}}
Melding van een datalek: de functionaris voor gegevensbescherming is ook gewaarschuwd.
{{/isBreach}}

Zo antwoordt u: beantwoord deze e-mail. Uw antwoord gaat naar de desk, die het in de zaak vastlegt en doorstuurt naar de aanvrager; schrijf de aanvrager niet rechtstreeks aan.

{{> personalDataWarning}}`,
  partials: { ...partials, ...staffPartials },
} satisfies MessageTemplate;
