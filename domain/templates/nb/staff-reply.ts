import type { MessageTemplate } from '../render-template.ts';
import partials from './partials.ts';

export default {
  subject: '[{{reference}}] SV: din {{typeLabel}}',
  body: `{{staffText}}

{{#attachmentList}}
Filer sendt med denne meldingen, lagret i saken din: {{attachmentList}}.
{{/attachmentList}}

---
Saksnummer {{reference}}. Du kan svare direkte på denne e-posten; la saksnummeret stå i emnefeltet.

{{> controllerFooter}}`,
  partials,
} satisfies MessageTemplate;
