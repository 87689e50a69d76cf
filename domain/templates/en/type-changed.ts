import type { MessageTemplate } from '../render-template.ts';
import partials from './partials.ts';

/** Staff read the request as another type (`#type`), and that moved the date of the answer. */
export default {
  subject: '[{{reference}}] New date for the answer to your {{typeLabel}}',
  body: `Dear {{name}},

We received your message (case {{reference}}) on {{receivedDate}}. Having read it, we are handling it as your {{typeLabel}}. The period for our answer is counted from the day we received your message, under the rules for this kind of request. We will therefore answer by {{targetDate}} at the latest, instead of {{previousDueDate}} as we wrote before.

You can reply to this email with any questions.

{{> signature}}

{{> staffText}}`,
  partials,
} satisfies MessageTemplate;
