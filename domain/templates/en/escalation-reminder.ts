import type { MessageTemplate } from '../render-template.ts';
import partials from './partials.ts';

export default {
  subject: '[{{reference}}] Reminder: {{typeLabel}} due {{targetDate}}',
  body: `Hello,

{{#toManager}}
Case {{reference}} has no assignee, so this reminder comes to you as the team's manager. Please assign it or take it on.
{{/toManager}}
Case {{reference}} is to be answered by {{targetDate}}. The legal limit is {{dueDateTime}}: {{timeLeft}} left.

Why you receive this: {{reason}}.

{{> caseFacts}}
Received: {{receivedDate}}
Due: {{dueDateTime}}
First response sent: {{firstResponse}}

{{> noRequestContent}} Open the case in the desk to work on it.

{{> caseInConsole}}

Privacy Desk`,
  partials,
} satisfies MessageTemplate;
