import type { MessageTemplate } from '../render-template.ts';
import partials from './partials.ts';

/**
 * To the assignee (or the team manager) of a case an email was aimed at and not accepted. Ids and
 * the reason only: never the dropped text, its attachments or the address it claimed to be from.
 */
export default {
  subject: '[{{reference}}] An email to this case was not accepted',
  body: `An email aimed at case {{reference}} ({{typeLabel}}, due {{dueDate}}) was not accepted: {{reasonText}}

Nothing in it was filed, forwarded or acted on, and its sender was not told. Its content is not in this email.

If you are waiting for a reply on this case, the sender should answer the desk's own email about the case from the address the desk writes to. Mail from a domain that does not authenticate its mail (no DMARC) is accepted only from the requester, as an answer to the desk's email to her.

For the administrator: SES message id {{sesMessageId}} (the raw message stays in the mail bucket for 30 days), reason {{reason}}, matched by {{identifiedBy}}. Further emails to this case that are not accepted within the hour are only recorded in its audit trail.

{{> caseInConsole}}`,
  partials,
} satisfies MessageTemplate;
