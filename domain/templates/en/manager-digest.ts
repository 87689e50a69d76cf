import type { MessageTemplate } from '../render-template.ts';

export default {
  subject:
    'Privacy Desk daily overview {{teamName}}, {{digestDate}}: {{overdueCount}} overdue, {{dueThisWeekCount}} due this week',
  body: `Hello {{managerName}},

The open cases of {{teamName}} on {{digestDate}}: {{overdueCount}} overdue, {{dueThisWeekCount}} due this week, {{laterCount}} due later ({{totalCount}} open).

Overdue ({{overdueCount}}):
{{overdueLines}}

Due this week ({{dueThisWeekCount}}):
{{dueThisWeekLines}}

Due later ({{laterCount}}):
{{laterLines}}

Each line: reference, type, status, received, due. This overview carries no content of the requests.

{{#consoleUrl}}
The cases in the staff console: {{consoleUrl}}
{{/consoleUrl}}

Privacy Desk`,
} satisfies MessageTemplate;
