import type { MessageTemplate } from '../render-template.ts';
import partials from './partials.ts';

export default {
  subject: '[{{reference}}] {{headline}}: {{failedWhat}} to {{failedRecipient}}',
  body: `Hello,

{{^isComplaint}}
An email about case {{reference}} could not be delivered: {{failedWhat}}, sent {{failedSentAt}} to {{failedRecipient}}. The mail system reported: {{problem}}.
{{/isComplaint}}
{{#isComplaint}}
An email about case {{reference}} drew a complaint: {{failedWhat}}, sent {{failedSentAt}} to {{failedRecipient}}, was marked as spam. The desk will treat it as not received.
{{/isComplaint}}

{{#toRequester}}
The requester may not know what we sent. Check the address in the case, and reach the requester another way if you can. Until then, assume the requester has not received it.
{{/toRequester}}
{{^toRequester}}
The recipient may not know about the case. Check the address in the desk configuration.
{{/toRequester}}

Case: {{reference}}
Type: {{typeLabel}}
Team: {{teamName}}
Assigned to: {{assigneeName}}
Due: {{dueDateTime}} ({{timeLeftOrOverdue}})

{{> noRequestContent}}

{{> caseInConsole}}

Privacy Desk`,
  partials,
} satisfies MessageTemplate;
