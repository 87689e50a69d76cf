import type { MessageTemplate } from '../render-template.ts';
import partials from './partials.ts';
import staffPartials from './staff-partials.ts';

/** Aan de vertegenwoordiger van het marketingteam: een uitschrijving is zonder hen afgehandeld. */
export default {
  subject: '[{{reference}}] Ter informatie: uitschrijving voor marketing afgehandeld',
  body: `Beste {{recipientName}},

Ter informatie: de desk heeft een uitschrijving voor marketing zelf afgehandeld. Het e-mailadres van de aanvrager staat op de lijst van uitgeschreven adressen van de desk (als versleutelde hash), de aanvrager heeft een bevestiging gekregen en de zaak is gesloten als uitgevoerd. In de desk hoeft niets meer te gebeuren.

De desk heeft het adres op de suppressiewachtrij gezet die de marketingsystemen lezen. Zorg er wel voor dat marketingsystemen die die wachtrij en de lijst van de desk niet raadplegen dit adres ook niet meer mailen.

Kenmerk: {{reference}}
Ontvangen: {{receivedDate}}{{^contentInConsole}}
Naam: {{name}}
E-mail: {{email}}
{{#company}}
Bedrijf: {{company}}
{{/company}}

Bericht:
{{message}}{{/contentInConsole}}

{{> contentInConsole}}

Klopt er iets niet, beantwoord dan deze e-mail.

{{> personalDataWarning}}`,
  partials: { ...partials, ...staffPartials },
} satisfies MessageTemplate;
