import type { MessageTemplate } from '../render-template.ts';
import partials from './partials.ts';

/** To the DPO and the handling team's manager, at once, for every breach report. */
export default {
  subject: '[{{reference}}] Breach report: the 72 hours end {{dueDateTime}}',
  body: `Dear {{recipientName}},

A possible personal data breach has been reported through the privacy form. If it is a breach, the supervisory authority must be notified within 72 hours of becoming aware of it (GDPR Art. 33). The desk counts those hours from receipt: they end {{dueDateTime}}.

{{#memberName}}
The case is assigned to {{memberName}} ({{teamName}}).
{{/memberName}}
{{^memberName}}
No member of {{teamName}} can take the case: it is with the team's manager.
{{/memberName}}

Reference: {{reference}}
Received: {{receivedDateTime}}

{{^contentInConsole}}
From the reporter
{{> requesterDetails}}
{{/contentInConsole}}
{{> contentInConsole}}

How to answer: reply to this email. Your reply is recorded in the case.

{{> personalDataWarning}}`,
  partials,
} satisfies MessageTemplate;
