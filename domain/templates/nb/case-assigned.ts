import type { MessageTemplate } from '../render-template.ts';
import partials from './staff-partials.ts';

/** `en/case-assigned.ts` in Norwegian (Bokmål). */
export default {
  subject:
    '[{{reference}}] {{#noEligibleMember}}Trenger din oppmerksomhet: ingen i {{teamName}} kan ta denne saken ({{typeLabel}}){{/noEligibleMember}}{{^noEligibleMember}}Ny sak til deg: {{typeLabel}}{{/noEligibleMember}}',
  body: `Hei {{recipientName}},

{{#noEligibleMember}}
Ingen aktive medlemmer av {{teamName}} snakker språket til den registrerte ({{languageName}}), så saken ligger hos deg som teamleder. Svar selv, eller gi saken til noen som kan.
{{/noEligibleMember}}
{{^noEligibleMember}}
Du har fått tildelt en ny sak i {{teamName}}.
{{/noEligibleMember}}

Referanse: {{reference}}
Henvendelse: {{typeLabel}}
Mottatt: {{receivedDate}}
Svarfrist: {{#isBreach}}{{dueDateTime}} (72 timer etter mottak){{/isBreach}}{{^isBreach}}{{targetDate}} (lovbestemt frist {{dueDate}}){{/isBreach}}
Språket til den registrerte: {{languageName}}

{{^contentInConsole}}
Fra den registrerte
{{> requesterDetails}}
{{/contentInConsole}}
{{> contentInConsole}}

{{#controllerIsCustomer}}
Databehandlersak: for {{serviceName}} behandler vi personopplysninger på vegne av kunden vår, som er behandlingsansvarlig og avgjør henvendelsen. Den registrerte har fått beskjed om dette. Send henvendelsen videre til kunden, og hjelp kunden med å svare.
{{/controllerIsCustomer}}

{{#isComplaint}}
Dette er en klage: svaret ditt må opplyse den registrerte om at vedkommende kan klage til en tilsynsmyndighet.
{{/isComplaint}}

{{#isBreach}}
Avviksmelding: personvernombudet er også varslet.
{{/isBreach}}

Slik svarer du: svar på denne e-posten. Svaret ditt går til desken, som registrerer det i saken og sender det videre til den registrerte; ikke skriv direkte til adressen til den registrerte.

{{> personalDataWarning}}`,
  partials,
} satisfies MessageTemplate;
