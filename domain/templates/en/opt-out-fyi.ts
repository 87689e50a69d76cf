import type { MessageTemplate } from '../render-template.ts';
import partials from './partials.ts';

/** To the marketing team's representative: an opt-out was handled without them. */
export default {
  subject: '[{{reference}}] For your information: marketing opt-out handled',
  body: `Dear {{recipientName}},

For your information: the desk has handled a marketing opt-out by itself. The requester's email address is on the desk's marketing suppression list (as a keyed hash), the requester has been sent a confirmation, and the case is closed as fulfilled. Nothing needs to be done in the desk.

The desk has put the address on the suppression queue, which the marketing systems read. Please make sure that marketing systems which read neither that queue nor the desk's list stop mailing this address too.

Reference: {{reference}}
Received: {{receivedDate}}{{^contentInConsole}}
Name: {{name}}
Email: {{email}}
{{#company}}
Company: {{company}}
{{/company}}

Message:
{{message}}{{/contentInConsole}}

{{> contentInConsole}}

If something is not right, reply to this email.

{{> personalDataWarning}}`,
  partials,
} satisfies MessageTemplate;
