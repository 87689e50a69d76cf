import type { MessageTemplate } from '../render-template.ts';
import partials from './partials.ts';

export default {
  subject: '[{{reference}}] Uw {{typeLabel}} is afgesloten',
  body: `Beste {{name}},

Wij hebben uw {{typeLabel}} (zaak {{reference}}), ontvangen op {{receivedDate}}, afgesloten. Uitkomst: {{outcomeLabel}}.

Vindt u dat wij uw verzoek niet goed hebben behandeld, dan kunt u op deze e-mail reageren. {{> complaintRights}}

{{> signature}}

{{> staffText}}`,
  partials,
} satisfies MessageTemplate;
