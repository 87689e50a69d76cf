import type { MessageTemplate } from '../render-template.ts';
import partials from './partials.ts';

/** Closing without acting is an outcome short of fulfilment: the notice carries the Art. 12(4) rights. */
export default {
  subject: '[{{reference}}] Your {{typeLabel}} has been closed',
  body: `Dear {{name}},

On {{receivedDate}} we received your {{typeLabel}} with reference {{reference}}. We asked you to confirm your email address, and it was not confirmed within {{closeAfterDays}} days. We have therefore closed the request without acting on it: we cannot act on a request unless we know that the address it came from is yours (GDPR Article 12(6)).

You are welcome to send the request again at any time; please confirm your address when we ask you to.

{{> rightsOfRecourse}}

If you did not send this request, you can ignore this email.

{{> signature}}`,
  partials,
} satisfies MessageTemplate;
