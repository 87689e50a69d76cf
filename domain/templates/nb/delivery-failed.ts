import type { MessageTemplate } from '../render-template.ts';
import partials from './staff-partials.ts';

/** `en/delivery-failed.ts` in Norwegian (Bokmål). */
export default {
  subject: '[{{reference}}] {{headline}}: {{failedWhat}} til {{failedRecipient}}',
  body: `Hei,

{{^isComplaint}}
En e-post om sak {{reference}} kunne ikke leveres: {{failedWhat}}, sendt {{failedSentAt}} til {{failedRecipient}}. E-postsystemet meldte: {{problem}}.
{{/isComplaint}}
{{#isComplaint}}
En e-post om sak {{reference}} har fått en klage: {{failedWhat}}, sendt {{failedSentAt}} til {{failedRecipient}}, ble merket som søppelpost. Desken behandler den som ikke mottatt.
{{/isComplaint}}

{{#toRequester}}
Den registrerte vet kanskje ikke hva vi har sendt. Kontroller adressen i saken, og nå den registrerte på en annen måte hvis du kan. Inntil da må du gå ut fra at den registrerte ikke har mottatt e-posten.
{{/toRequester}}
{{^toRequester}}
Mottakeren vet kanskje ikke om saken. Kontroller adressen i deskens konfigurasjon.
{{/toRequester}}

Sak: {{reference}}
Type: {{typeLabel}}
Team: {{teamName}}
Saksbehandler: {{assigneeName}}
Frist: {{dueDateTime}} ({{timeLeftOrOverdue}})

{{> noRequestContent}}

{{> caseInConsole}}

Privacy Desk`,
  partials,
} satisfies MessageTemplate;
