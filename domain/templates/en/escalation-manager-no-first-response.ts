import type { MessageTemplate } from '../render-template.ts';

export default {
  subject: '[{{reference}}] No first response yet, due {{dueDate}} ({{timeLeft}} left)',
  body: `Hello,

Case {{reference}} of your team is due on {{dueDate}} ({{timeLeft}} left) and the requester has not had a first response yet.

Why you receive this: {{reason}}.

Case: {{reference}}
Type: {{typeLabel}}
Team: {{teamName}}
Assigned to: {{assigneeName}}
Status: {{statusLabel}}
Received: {{receivedDate}}
Due: {{dueDateTime}}

Please check with the assignee, or reassign the case.
This alert carries no content of the request.

Privacy Desk`,
} satisfies MessageTemplate;
