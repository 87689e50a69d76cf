import type { MessageTemplate } from '../render-template.ts';
import partials from './partials.ts';

/**
 * To a representative a case was moved to with `#assign`. Routing's `case-assigned` tells a first
 * assignee much the same; the two may become one template.
 */
export default {
  subject: '[{{reference}}] Case assigned to you: {{typeLabel}}',
  body: `{{assignedBy}} assigned case {{reference}} to you: {{typeLabel}}{{^contentInConsole}} from {{name}}{{/contentInConsole}}, received on {{receivedDate}}, due {{dueDate}}.

{{^contentInConsole}}
The request:
{{requestMessage}}
{{/contentInConsole}}
{{> contentInConsole}}

---
Reply to this email to answer the requester. Commands at the top of your reply, one per line, are applied and not forwarded:
{{usage}}`,
  partials,
} satisfies MessageTemplate;
