import type { MessageTemplate } from '../render-template.ts';
import partials from './partials.ts';

export default {
  subject: '[{{reference}}] Breach report: {{timeLeft}} left to notify the authority',
  body: `Hello,

Possible data breach {{reference}}: the 72 hours to notify the supervisory authority (GDPR Art. 33) end at {{dueDateTime}}, {{timeLeft}} from now.

Why you receive this: {{reason}}.

{{> caseFacts}}
Received: {{receivedDateTime}}

This alert goes to the Data Protection Officer and the team's manager, and carries no content of the report.

{{> caseInConsole}}

Privacy Desk`,
  partials,
} satisfies MessageTemplate;
