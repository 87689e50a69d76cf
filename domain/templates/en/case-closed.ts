import type { MessageTemplate } from '../render-template.ts';

/** Sent to the requester when staff close the case with `#close <outcome>`. */
export default {
  subject: '[{{reference}}] Your {{typeLabel}} has been closed',
  body: `Dear {{name}},

We have closed your {{typeLabel}} (case {{reference}}), received on {{receivedDate}}. Outcome: {{outcomeLabel}}.

If you think we have not handled your request correctly, you can reply to this email. You also have the right to lodge a complaint with a data protection authority, in particular in the country where you live or work.

Kind regards,
The privacy team

{{#staffText}}
---
{{staffText}}
{{/staffText}}`,
} satisfies MessageTemplate;
