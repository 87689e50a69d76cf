import type { MessageTemplate } from '../render-template.ts';
import partials from './partials.ts';

/** To the representative who gets a case, or to the team's manager when no member can take it. */
export default {
  subject:
    '[{{reference}}] {{#noEligibleMember}}Needs your attention: nobody in {{teamName}} can take this {{typeLabel}}{{/noEligibleMember}}{{^noEligibleMember}}New case for you: {{typeLabel}}{{/noEligibleMember}}',
  body: `Dear {{recipientName}},

{{#noEligibleMember}}
No active member of {{teamName}} speaks the requester's language ({{languageName}}), so this case is with you as the team's manager. Please answer it yourself or hand it to someone who can.
{{/noEligibleMember}}
{{^noEligibleMember}}
A new case has been assigned to you in {{teamName}}.
{{/noEligibleMember}}

Reference: {{reference}}
Request: {{typeLabel}}
Received: {{receivedDate}}
Answer due by: {{#isBreach}}{{dueDateTime}} (72 hours from receipt){{/isBreach}}{{^isBreach}}{{targetDate}} (legal limit {{dueDate}}){{/isBreach}}
Language of the requester: {{languageName}}

{{^contentInConsole}}
From the requester
{{> requesterDetails}}
{{/contentInConsole}}
{{> contentInConsole}}

{{#controllerIsCustomer}}
Processor case: for {{serviceName}} we process personal data on behalf of our customer, who is the controller and decides on the request. The requester has been told so. Pass the request on to the customer and help them answer it.
{{/controllerIsCustomer}}

{{#isComplaint}}
This is a complaint: your answer must tell the requester that they may lodge a complaint with a data protection authority.
{{/isComplaint}}

{{#isBreach}}
Breach report: the Data Protection Officer has been alerted as well.
{{/isBreach}}

How to answer: reply to this email. Your reply goes to the desk, which records it in the case and sends it on to the requester; please do not write to the requester's address directly.

{{> personalDataWarning}}`,
  partials,
} satisfies MessageTemplate;
