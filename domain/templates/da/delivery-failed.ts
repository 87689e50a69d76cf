import type { MessageTemplate } from '../render-template.ts';
import partials from './staff-partials.ts';

/** `en/delivery-failed.ts` in Danish. */
export default {
  subject: '[{{reference}}] {{headline}}: {{failedWhat}} til {{failedRecipient}}',
  body: `Hej,

{{^isComplaint}}
En e-mail om sag {{reference}} kunne ikke leveres: {{failedWhat}}, sendt {{failedSentAt}} til {{failedRecipient}}. Mailsystemet meldte: {{problem}}.
{{/isComplaint}}
{{#isComplaint}}
Der er klaget over en e-mail om sag {{reference}}: {{failedWhat}}, sendt {{failedSentAt}} til {{failedRecipient}}, blev markeret som spam. Desken behandler den som ikke modtaget.
{{/isComplaint}}

{{#toRequester}}
Den registrerede ved måske ikke, hvad vi har sendt. Kontrollér adressen i sagen, og kontakt den registrerede på anden vis, hvis du kan. Gå indtil da ud fra, at den registrerede ikke har modtaget den.
{{/toRequester}}
{{^toRequester}}
Modtageren kender måske ikke til sagen. Kontrollér adressen i deskens konfiguration.
{{/toRequester}}

Sag: {{reference}}
Type: {{typeLabel}}
Team: {{teamName}}
Sagsbehandler: {{assigneeName}}
Frist: {{dueDateTime}} ({{timeLeftOrOverdue}})

{{> noRequestContent}}

{{> caseInConsole}}

Privacy Desk`,
  partials,
} satisfies MessageTemplate;
