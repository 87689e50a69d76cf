import type { MessageTemplate } from '../render-template.ts';
import partials from './partials.ts';

export default {
  subject: '[{{reference}}] VS: {{typeLabel}}',
  body: `{{staffText}}

{{#attachmentList}}
Tämän viestin liitteet, jotka on tallennettu asiasi tietoihin: {{attachmentList}}.
{{/attachmentList}}

---
Asianumero {{reference}}. Voit vastata suoraan tähän viestiin; säilytäthän asianumeron otsikkorivillä.

{{> controllerFooter}}`,
  partials,
} satisfies MessageTemplate;
