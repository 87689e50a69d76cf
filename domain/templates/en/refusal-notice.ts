import type { MessageTemplate } from '../render-template.ts';
import partials from './partials.ts';

/**
 * GDPR Art. 12(4): when the desk does not act on a request, or acts on it only in part, the
 * requester is told why, and that they may lodge a complaint with a supervisory authority and seek
 * a judicial remedy.
 */
export default {
  subject: '[{{reference}}] Our decision on your {{typeLabel}}',
  body: `Dear {{name}},

{{#partlyFulfilled}}We have carried out your {{typeLabel}} (case {{reference}}), received on {{receivedDate}}, in part only.{{/partlyFulfilled}}{{^partlyFulfilled}}We have decided not to act on your {{typeLabel}} (case {{reference}}), received on {{receivedDate}}.{{/partlyFulfilled}}

{{#partlyFulfilled}}What we have not done, and why:{{/partlyFulfilled}}{{^partlyFulfilled}}The reasons:{{/partlyFulfilled}}
{{reason}}

{{> rightsOfRecourse}}

You can reply to this email if you have any questions about this decision.

{{> signature}}

{{> staffText}}`,
  partials,
} satisfies MessageTemplate;
