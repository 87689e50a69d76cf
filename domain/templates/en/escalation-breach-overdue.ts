import type { MessageTemplate } from '../render-template.ts';
import partials from './partials.ts';

export default {
  subject: '[{{reference}}] Breach report overdue by {{overdueBy}}',
  body: `Hello,

Possible data breach {{reference}}: the 72 hours to notify the supervisory authority (GDPR Art. 33) ended at {{dueDateTime}}, {{overdueBy}} ago. A late notification must give the reasons for the delay.

Why you receive this: {{reason}}.

{{> caseFacts}}
Received: {{receivedDateTime}}

This alert repeats every {{repeatHours}} hour(s) while the report stays open. It carries no content of the report.

{{> caseInConsole}}

Privacy Desk`,
  partials,
} satisfies MessageTemplate;
