import type { MessageTemplate } from '../render-template.ts';
import partials from './partials.ts';

export default {
  subject: '[{{reference}}] Overdue by {{overdueBy}}: {{typeLabel}}',
  body: `Hello,

Case {{reference}} passed its deadline of {{dueDateTime}} and is overdue by {{overdueBy}}.

Why you receive this: {{reason}}.

Case: {{reference}}
Type: {{typeLabel}}
Team: {{teamName}} (manager: {{managerName}})
Assigned to: {{assigneeName}}
Status: {{statusLabel}}
Received: {{receivedDate}}
First response sent: {{firstResponse}}

You receive this as the Data Protection Officer, and again every {{repeatHours}} hours while the case stays overdue.
{{> noRequestContent}}

{{> caseInConsole}}

Privacy Desk`,
  partials,
} satisfies MessageTemplate;
