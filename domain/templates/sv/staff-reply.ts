import type { MessageTemplate } from '../render-template.ts';
import partials from './partials.ts';

export default {
  subject: '[{{reference}}] SV: din {{typeLabel}}',
  body: `{{staffText}}

{{#attachmentList}}
Filer som skickades med det här meddelandet och som sparas i ditt ärende: {{attachmentList}}.
{{/attachmentList}}

---
Ärendenummer {{reference}}. Du kan svara direkt på det här mejlet; låt ärendenumret stå kvar i ämnesraden.

{{> controllerFooter}}`,
  partials,
} satisfies MessageTemplate;
