import type { MessageTemplate } from '../render-template.ts';
import partials from './partials.ts';

/** Staff read the request as another type (`#type`), and that moved the date of the answer. */
export default {
  subject: '[{{reference}}] Nieuwe datum voor het antwoord op uw {{typeLabel}}',
  body: `Beste {{name}},

Wij hebben uw bericht (zaak {{reference}}) ontvangen op {{receivedDate}}. Na lezing behandelen wij het als uw {{typeLabel}}. De termijn voor ons antwoord loopt vanaf de dag waarop wij uw bericht ontvingen, volgens de regels voor dit soort verzoeken. Wij antwoorden daarom uiterlijk op {{targetDate}}, in plaats van {{previousDueDate}} zoals wij eerder schreven.

Met vragen kunt u op deze e-mail reageren.

{{> signature}}

{{> staffText}}`,
  partials,
} satisfies MessageTemplate;
