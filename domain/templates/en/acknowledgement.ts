import type { MessageTemplate } from '../render-template.ts';
import partials from './partials.ts';

export default {
  subject: '[{{reference}}] We have received your {{typeLabel}}',
  body: `Dear {{name}},

Thank you for contacting us. We received your {{typeLabel}} on {{receivedDate}}. Your case reference is {{reference}}; please keep it in any correspondence about this request.

{{#verificationUrl}}
Before we can start, please confirm that this email address is yours by opening this link:
{{verificationUrl}}
We will not act on the request until you have confirmed it. If you did not send this request, you can ignore this email.
{{/verificationUrl}}

{{#isBreach}}
Our Data Protection Officer has been alerted and will look at your report with the highest priority.
{{/isBreach}}
{{^isBreach}}
Our representative will contact you. We will answer by {{targetDate}} at the latest.
{{/isBreach}}

{{#controllerIsCustomer}}
Please note: for {{serviceName}} we process personal data on behalf of our customer, your employer or the organisation that uses the service. That customer is the controller of your data and decides about your request; we will pass it on to them and help them answer it.
{{/controllerIsCustomer}}

{{#isComplaint}}
{{> complaintRights}}
{{/isComplaint}}

You can follow your case here:
{{statusUrl}}

{{> signature}}`,
  partials,
} satisfies MessageTemplate;
