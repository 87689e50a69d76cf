import type { MessageTemplate } from '../render-template.ts';
import partials from './partials.ts';

/** A representative's answer, forwarded to the requester from the desk's address. */
export default {
  subject: '[{{reference}}] Re: your {{typeLabel}}',
  body: `{{staffText}}

{{#attachmentList}}
Files sent with this message, kept with your case: {{attachmentList}}.
{{/attachmentList}}

---
Case reference {{reference}}. You can answer by replying to this email; please keep the reference in the subject.

{{> controllerFooter}}`,
  partials,
} satisfies MessageTemplate;
