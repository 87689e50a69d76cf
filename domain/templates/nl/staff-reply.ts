import type { MessageTemplate } from '../render-template.ts';
import partials from './partials.ts';

export default {
  subject: '[{{reference}}] Re: uw {{typeLabel}}',
  body: `{{staffText}}

{{#attachmentList}}
Bestanden bij dit bericht, bewaard bij uw zaak: {{attachmentList}}.
{{/attachmentList}}

---
Kenmerk van uw zaak: {{reference}}. U kunt antwoorden door op deze e-mail te reageren; laat het kenmerk in het onderwerp staan.

{{> controllerFooter}}`,
  partials,
} satisfies MessageTemplate;
