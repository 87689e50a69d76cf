import type { MessageTemplate } from '../render-template.ts';
import partials from './partials.ts';

export default {
  subject: '[{{reference}}] Your {{typeLabel}} has been closed',
  body: `Dear {{name}},

On {{receivedDate}} we received your {{typeLabel}} with reference {{reference}}. We asked you to confirm your email address, and it was not confirmed within {{closeAfterDays}} days. We have therefore closed the request without acting on it.

You are welcome to send the request again at any time; please confirm your address when we ask you to.

If you did not send this request, you can ignore this email.

{{> signature}}`,
  partials,
} satisfies MessageTemplate;
