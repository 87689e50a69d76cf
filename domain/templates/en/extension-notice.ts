import type { MessageTemplate } from '../render-template.ts';
import partials from './partials.ts';

/** GDPR Art. 12(3): the requester is told of the extension, with the reasons, within the first month. */
export default {
  subject: '[{{reference}}] We need more time for your {{typeLabel}}',
  body: `Dear {{name}},

We received your {{typeLabel}} (case {{reference}}) on {{receivedDate}}. We had to answer it by {{originalDueDate}}; under Article 12(3) of the General Data Protection Regulation we are extending this period by {{months}} {{monthsLabel}}. We will answer by {{targetDate}} at the latest.

The reason for the extension:
{{reason}}

You can reply to this email with any questions. {{> complaintRights}}

{{> signature}}

{{> staffText}}`,
  partials,
} satisfies MessageTemplate;
