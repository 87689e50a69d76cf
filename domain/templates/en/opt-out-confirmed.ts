import type { MessageTemplate } from '../render-template.ts';
import partials from './partials.ts';

/**
 * To the requester: the marketing opt-out is recorded. It promises what the desk controls (its own
 * list, at once) and, for the marketing systems that read the suppression queue, the configured
 * working days (deadlines.marketingOptOutWorkingDays, the case's due date): no more.
 */
export default {
  subject: '[{{reference}}] Your marketing opt-out has been recorded',
  body: `Dear {{name}},

We received your {{typeLabel}} on {{receivedDate}}. This is what we have done:

- Your email address has been on our marketing suppression list since {{suppressedDate}}.
- We have passed your opt-out on to our marketing systems. Within {{marketingSystemsWorkingDays}} working days, by {{dueDate}} at the latest, they will stop sending you marketing email and stop using your data for marketing profiling. A marketing message that was already on its way may still reach you until then.

Messages about a service you use or a contract you have with us are not marketing and can still reach you.

Your case reference is {{reference}}. If you did not ask for this, or have a question about it, simply reply to this email.

{{> signature}}`,
  partials,
} satisfies MessageTemplate;
