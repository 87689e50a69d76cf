import type { MessageTemplate } from '../render-template.ts';
import partials from './partials.ts';

/** To the requester: the marketing opt-out is done. */
export default {
  subject: '[{{reference}}] You will no longer receive marketing from us',
  body: `Dear {{name}},

We received your {{typeLabel}} on {{receivedDate}} and have carried it out: your email address is on our marketing suppression list. We will no longer send you marketing messages or use your data for marketing profiling. Your case reference is {{reference}}.

Messages about a service you use or a contract you have with us are not marketing and can still reach you.

If you did not ask for this, or have a question about it, simply reply to this email.

{{> signature}}`,
  partials,
} satisfies MessageTemplate;
