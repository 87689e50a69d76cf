import type { MessageTemplate } from '../render-template.ts';
import partials from './staff-partials.ts';

/** `en/delivery-failed.ts` in Swedish. */
export default {
  subject: '[{{reference}}] {{headline}}: {{failedWhat}} till {{failedRecipient}}',
  body: `Hej,

{{^isComplaint}}
Ett e-postmeddelande om ärende {{reference}} kunde inte levereras: {{failedWhat}}, skickat {{failedSentAt}} till {{failedRecipient}}. E-postsystemet rapporterade: {{problem}}.
{{/isComplaint}}
{{#isComplaint}}
Ett e-postmeddelande om ärende {{reference}} har fått ett klagomål: {{failedWhat}}, skickat {{failedSentAt}} till {{failedRecipient}}, markerades som skräppost. Desken behandlar det som inte mottaget.
{{/isComplaint}}

{{#toRequester}}
Den registrerade vet kanske inte vad vi har skickat. Kontrollera adressen i ärendet och nå den registrerade på annat sätt om du kan. Utgå till dess från att den registrerade inte har fått meddelandet.
{{/toRequester}}
{{^toRequester}}
Mottagaren känner kanske inte till ärendet. Kontrollera adressen i deskens konfiguration.
{{/toRequester}}

Ärende: {{reference}}
Typ: {{typeLabel}}
Team: {{teamName}}
Handläggare: {{assigneeName}}
Tidsfrist: {{dueDateTime}} ({{timeLeftOrOverdue}})

{{> noRequestContent}}

{{> caseInConsole}}

Privacy Desk`,
  partials,
} satisfies MessageTemplate;
