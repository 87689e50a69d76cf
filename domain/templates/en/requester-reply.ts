import type { MessageTemplate } from '../render-template.ts';

/** The requester's reply, forwarded to the representative (or the team manager) of the case. */
export default {
  subject: '[{{reference}}] The requester replied ({{typeLabel}})',
  body: `{{name}} replied on case {{reference}} ({{typeLabel}}, due {{dueDate}}):

{{requesterText}}

{{#attachmentList}}
Attachments, kept encrypted with the case: {{attachmentList}}.
{{/attachmentList}}

---
Reply to this email to answer the requester. Commands at the top of your reply, one per line, are applied and not forwarded:
{{usage}}`,
} satisfies MessageTemplate;
