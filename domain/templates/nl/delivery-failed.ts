import type { MessageTemplate } from '../render-template.ts';
import partials from './partials.ts';
import staffPartials from './staff-partials.ts';

/** `en/delivery-failed.ts` in Dutch. */
export default {
  subject: '[{{reference}}] {{headline}}: {{failedWhat}} aan {{failedRecipient}}',
  body: `Hallo,

{{^isComplaint}}
Een e-mail over zaak {{reference}} kon niet worden afgeleverd: {{failedWhat}}, verstuurd {{failedSentAt}} aan {{failedRecipient}}. Het mailsysteem meldde: {{problem}}.
{{/isComplaint}}
{{#isComplaint}}
Over een e-mail in zaak {{reference}} is geklaagd: {{failedWhat}}, verstuurd {{failedSentAt}} aan {{failedRecipient}}, is als spam gemarkeerd. De desk behandelt de e-mail als niet ontvangen.
{{/isComplaint}}

{{#toRequester}}
De aanvrager weet mogelijk niet wat we hebben gestuurd. Controleer het adres in de zaak en neem zo mogelijk op een andere manier contact op met de aanvrager. Ga er tot die tijd van uit dat de aanvrager de e-mail niet heeft ontvangen.
{{/toRequester}}
{{^toRequester}}
De ontvanger weet mogelijk niet van de zaak. Controleer het adres in de configuratie van de desk.
{{/toRequester}}

Zaak: {{reference}}
Type: {{typeLabel}}
Team: {{teamName}}
Behandelaar: {{assigneeName}}
Termijn: {{dueDateTime}} ({{timeLeftOrOverdue}})

{{> noRequestContent}}

{{> caseInConsole}}

Privacy Desk`,
  partials: { ...partials, ...staffPartials },
} satisfies MessageTemplate;
