import type { MessageTemplate } from '../render-template.ts';
import partials from './partials.ts';

export default {
  subject: '[{{reference}}] Please confirm your email address for your {{typeLabel}}',
  body: `Dear {{name}},

On {{receivedDate}} we received your {{typeLabel}} with reference {{reference}}. Before we can start on it, we need to know that this email address is yours, and you have not confirmed it yet.

Please open this link to confirm it:
{{verificationUrl}}

If you do not confirm your address by {{closeDate}}, we will close the request. If you did not send this request, you can ignore this email.

{{> signature}}`,
  partials,
} satisfies MessageTemplate;
