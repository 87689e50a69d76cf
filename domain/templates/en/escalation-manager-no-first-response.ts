import type { MessageTemplate } from '../render-template.ts';
import partials from './partials.ts';

export default {
  subject: '[{{reference}}] No first response yet, due {{dueDate}} ({{timeLeft}} left)',
  body: `Hello,

Case {{reference}} of your team is due on {{dueDate}} ({{timeLeft}} left) and the requester has not had a first response yet.

Why you receive this: {{reason}}.

{{> caseFacts}}
Received: {{receivedDate}}
Due: {{dueDateTime}}

Please check with the assignee, or reassign the case.
{{> noRequestContent}}

{{> caseInConsole}}

Privacy Desk`,
  partials,
} satisfies MessageTemplate;
