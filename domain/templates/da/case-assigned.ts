import type { MessageTemplate } from '../render-template.ts';
import partials from './staff-partials.ts';

/** `en/case-assigned.ts` in Danish. */
export default {
  subject:
    '[{{reference}}] {{#noEligibleMember}}Kræver din opmærksomhed: ingen i {{teamName}} kan tage denne sag ({{typeLabel}}){{/noEligibleMember}}{{^noEligibleMember}}Ny sag til dig: {{typeLabel}}{{/noEligibleMember}}',
  body: `Hej {{recipientName}},

{{#noEligibleMember}}
Intet aktivt medlem af {{teamName}} taler den registreredes sprog ({{languageName}}), så sagen ligger hos dig som teamleder. Besvar den selv, eller giv den til en, der kan.
{{/noEligibleMember}}
{{^noEligibleMember}}
Du har fået tildelt en ny sag i {{teamName}}.
{{/noEligibleMember}}

Reference: {{reference}}
Henvendelse: {{typeLabel}}
Modtaget: {{receivedDate}}
Svarfrist: {{#isBreach}}{{dueDateTime}} (72 timer efter modtagelsen){{/isBreach}}{{^isBreach}}{{targetDate}} (lovbestemt frist {{dueDate}}){{/isBreach}}
Den registreredes sprog: {{languageName}}

{{^contentInConsole}}
Fra den registrerede
{{> requesterDetails}}
{{/contentInConsole}}
{{> contentInConsole}}

{{#controllerIsCustomer}}
Databehandlersag: for {{serviceName}} behandler vi personoplysninger på vegne af vores kunde, som er dataansvarlig og træffer afgørelse om anmodningen. Den registrerede har fået det at vide. Send anmodningen videre til kunden, og hjælp kunden med at besvare den.
{{/controllerIsCustomer}}

{{#isComplaint}}
Dette er en klage: dit svar skal oplyse den registrerede om, at vedkommende kan klage til en tilsynsmyndighed.
{{/isComplaint}}

{{#isBreach}}
Anmeldelse af brud: databeskyttelsesrådgiveren er også underrettet.
{{/isBreach}}

Sådan svarer du: besvar denne e-mail. Dit svar går til desken, som registrerer det i sagen og sender det videre til den registrerede; skriv ikke direkte til den registreredes adresse.

{{> personalDataWarning}}`,
  partials,
} satisfies MessageTemplate;
