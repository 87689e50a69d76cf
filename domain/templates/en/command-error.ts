import type { MessageTemplate } from '../render-template.ts';

/** Back to the staff member whose reply had a command the desk could not apply. */
export default {
  subject: '[{{reference}}] Your reply was not applied',
  body: `{{^textFiled}}
Your reply on case {{reference}} was not applied: nothing was changed and nothing was sent to the requester.
{{/textFiled}}
{{#textFiled}}
The commands in your email on case {{reference}} were not run. Your text was filed in the case, but it was not sent to the requester.
{{/textFiled}}

{{errorList}}

Commands go at the top of the reply, one per line, before the text for the requester:
{{usage}}

Correct the commands and reply to this email again: its reply address is yours for this case.`,
} satisfies MessageTemplate;
