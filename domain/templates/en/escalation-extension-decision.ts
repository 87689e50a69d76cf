import type { MessageTemplate } from '../render-template.ts';
import partials from './partials.ts';

export default {
  subject: '[{{reference}}] Decide on an extension before {{firstMonthEndDate}}',
  body: `Hello,

The first month of case {{reference}} ends on {{firstMonthEndDate}} ({{firstMonthLeft}} left), and the request is still open (a holding reply does not answer it).

If the request needs more time because it is complex or one of many, the deadline may be extended by up to two further months (GDPR Art. 12(3)). The requester must be told of the extension, with the reasons, before the first month ends. After that date an extension is no longer possible.

{{> caseFacts}}
Received: {{receivedDate}}
Due: {{dueDateTime}}

{{#toManager}}
The case has no assignee, so this comes to you as the team's manager.
{{/toManager}}
{{> noRequestContent}} Open the case in the desk to work on it.

{{> caseInConsole}}

Privacy Desk`,
  partials,
} satisfies MessageTemplate;
