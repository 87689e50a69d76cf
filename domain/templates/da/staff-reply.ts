import type { MessageTemplate } from '../render-template.ts';
import partials from './partials.ts';

export default {
  subject: '[{{reference}}] SV: din {{typeLabel}}',
  body: `{{staffText}}

{{#attachmentList}}
Filer, der er sendt med denne besked og gemt i din sag: {{attachmentList}}.
{{/attachmentList}}

---
Sagsnummer {{reference}}. Du kan svare direkte på denne e-mail; lad sagsnummeret stå i emnefeltet.

{{> controllerFooter}}`,
  partials,
} satisfies MessageTemplate;
