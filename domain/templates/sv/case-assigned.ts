import type { MessageTemplate } from '../render-template.ts';
import partials from './staff-partials.ts';

/** `en/case-assigned.ts` in Swedish. */
export default {
  subject:
    '[{{reference}}] {{#noEligibleMember}}Kräver din uppmärksamhet: ingen i {{teamName}} kan ta det här ärendet ({{typeLabel}}){{/noEligibleMember}}{{^noEligibleMember}}Nytt ärende till dig: {{typeLabel}}{{/noEligibleMember}}',
  body: `Hej {{recipientName}},

{{#noEligibleMember}}
Ingen aktiv medlem i {{teamName}} talar den registrerades språk ({{languageName}}), så ärendet ligger hos dig som teamchef. Besvara det själv eller lämna det till någon som kan.
{{/noEligibleMember}}
{{^noEligibleMember}}
Du har tilldelats ett nytt ärende i {{teamName}}.
{{/noEligibleMember}}

Referens: {{reference}}
Begäran: {{typeLabel}}
Mottaget: {{receivedDate}}
Svar senast: {{#isBreach}}{{dueDateTime}} (72 timmar från mottagandet){{/isBreach}}{{^isBreach}}{{targetDate}} (lagstadgad tidsfrist {{dueDate}}){{/isBreach}}
Den registrerades språk: {{languageName}}

{{^contentInConsole}}
Från den registrerade
{{> requesterDetails}}
{{/contentInConsole}}
{{> contentInConsole}}

{{#controllerIsCustomer}}
Biträdesärende: för {{serviceName}} behandlar vi personuppgifter för vår kunds räkning; kunden är personuppgiftsansvarig och beslutar om begäran. Den registrerade har fått veta detta. Skicka begäran vidare till kunden och hjälp kunden att besvara den.
{{/controllerIsCustomer}}

{{#isComplaint}}
Detta är ett klagomål: ditt svar måste upplysa den registrerade om att hen kan lämna in ett klagomål till en tillsynsmyndighet.
{{/isComplaint}}

{{#isBreach}}
Incidentrapport: dataskyddsombudet har också larmats.
{{/isBreach}}

Så svarar du: svara på det här meddelandet. Ditt svar går till desken, som registrerar det i ärendet och skickar det vidare till den registrerade; skriv inte direkt till den registrerades adress.

{{> personalDataWarning}}`,
  partials,
} satisfies MessageTemplate;
