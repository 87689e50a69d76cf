import type { MessageTemplate } from '../render-template.ts';
import partials from './partials.ts';

/**
 * GDPR Art. 12(4): when the desk does not act on a request, the requester is told why, and that
 * they may lodge a complaint with a supervisory authority and seek a judicial remedy.
 */
export default {
  subject: '[{{reference}}] Our decision on your {{typeLabel}}',
  body: `Dear {{name}},

We have decided not to act on your {{typeLabel}} (case {{reference}}), received on {{receivedDate}}.

The reasons:
{{reason}}

You have the right to lodge a complaint with a supervisory authority (a data protection authority), in particular in the country where you live or work or where the alleged infringement took place, and the right to seek a judicial remedy before a court.

You can reply to this email if you have any questions about this decision.

{{> signature}}

{{> staffText}}`,
  partials,
} satisfies MessageTemplate;
