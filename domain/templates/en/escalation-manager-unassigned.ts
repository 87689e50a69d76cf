import type { MessageTemplate } from '../render-template.ts';
import partials from './partials.ts';

export default {
  subject: '[{{reference}}] Unassigned for {{unassignedFor}}: {{typeLabel}}',
  body: `Hello,

Case {{reference}} of your team has had no assignee for {{unassignedFor}}. No member could take it, or routing has not finished.

Why you receive this: {{reason}}.

Case: {{reference}}
Type: {{typeLabel}}
Team: {{teamName}}
Status: {{statusLabel}}
Received: {{receivedDate}}
Due: {{dueDateTime}} ({{timeLeftOrOverdue}})

Please assign the case to a member of the team, or take it on yourself.
{{> noRequestContent}}

{{> caseInConsole}}

Privacy Desk`,
  partials,
} satisfies MessageTemplate;
