import type { MessageTemplate } from '../render-template.ts';
import partials from './partials.ts';

/** Sent to the requester when staff close the case with `#close <outcome>`. */
export default {
  subject: '[{{reference}}] Your {{typeLabel}} has been closed',
  body: `Dear {{name}},

We have closed your {{typeLabel}} (case {{reference}}), received on {{receivedDate}}. Outcome: {{outcomeLabel}}.

If you think we have not handled your request correctly, you can reply to this email. {{> complaintRights}}

{{> signature}}

{{> staffText}}`,
  partials,
} satisfies MessageTemplate;
