import type { MessageTemplate } from '../render-template.ts';
import partials from './partials.ts';

/**
 * The requester's reply, forwarded to the representative (or the team manager) of the case; with a
 * warning on top when DMARC did not authenticate it.
 */
export default {
  subject:
    '[{{reference}}] The requester replied{{#unauthenticated}}, sender not verified{{/unauthenticated}} ({{typeLabel}})',
  body: `{{#unauthenticated}}
WARNING: the desk could not verify that this email comes from the requester. It was sent to her own reply address for this case, but her mail provider does not authenticate its mail (DMARC {{dmarc}}), so anyone could have written it in her name. Do not act on it (sending data to another address, changing or withdrawing the request) before you have confirmed it with the requester.

{{/unauthenticated}}
{{^contentInConsole}}
{{name}} replied on case {{reference}} ({{typeLabel}}, due {{dueDate}}):

{{requesterText}}

{{#attachmentList}}
Attachments, kept encrypted with the case: {{attachmentList}}.
{{/attachmentList}}
{{/contentInConsole}}
{{#contentInConsole}}
The requester replied on case {{reference}} ({{typeLabel}}, due {{dueDate}}).

{{> contentInConsole}}
{{/contentInConsole}}

---
Reply to this email to answer the requester. Commands at the top of your reply, one per line, are applied and not forwarded:
{{usage}}`,
  partials,
} satisfies MessageTemplate;
