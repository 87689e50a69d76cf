import type { MessageTemplate } from '../render-template.ts';
import partials from './partials.ts';

/** To the DPO: a refusal went out after the first month, later than Art. 12(4) allows. */
export default {
  subject: '[{{reference}}] Refusal notified after the first month',
  body: `Hello,

Case {{reference}} was closed as {{outcomeText}} by {{decidedBy}} on {{decidedDate}}. The first month ended on {{firstMonthEndDate}}{{#extended}}, and the case had been extended by {{extendedMonths}} months{{/extended}}.

GDPR Art. 12(4) requires the requester to be told of a refusal, with the reasons and their rights of recourse, within one month of receipt; an extension under Art. 12(3) gives more time to act on a request, not to refuse it. The requester has now received that notice, and the case is recorded as refused late.

{{> caseFacts}}
Received: {{receivedDate}}
Due: {{dueDateTime}}

{{> noRequestContent}}

{{> caseInConsole}}

Privacy Desk`,
  partials,
} satisfies MessageTemplate;
