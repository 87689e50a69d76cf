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
{{^controllerIsCustomer}}
{{#isOptOut}}
We are applying your opt-out straight away. You will receive a separate email confirming what we have done and from when it takes effect.
{{/isOptOut}}
{{^isOptOut}}
Our representative will contact you. We will answer by {{targetDate}} at the latest.
{{/isOptOut}}
{{/controllerIsCustomer}}
{{/isBreach}}

{{#controllerIsCustomer}}
Please note: for {{serviceName}} we process personal data on behalf of our customer, the organisation that uses the service (for example your employer). That customer is the controller of your data: it decides about your request and answers it. We will pass your request on to the customer without delay and help it to answer. Because the customer decides, we cannot promise you a date for its answer; you may also contact the customer directly.
{{/controllerIsCustomer}}

{{#trustCentreUrl}}
The current overview of our subprocessors is published in our Trust Centre:
{{trustCentreUrl}}
{{/trustCentreUrl}}

{{#isComplaint}}
{{> complaintRights}}
{{/isComplaint}}

You can follow your case here:
{{statusUrl}}

{{> signature}}`,
  partials,
} satisfies MessageTemplate;
