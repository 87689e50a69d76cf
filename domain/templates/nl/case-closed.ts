import type { MessageTemplate } from '../render-template.ts';

export default {
  subject: '[{{reference}}] Uw {{typeLabel}} is afgesloten',
  body: `Beste {{name}},

Wij hebben uw {{typeLabel}} (zaak {{reference}}), ontvangen op {{receivedDate}}, afgesloten. Uitkomst: {{outcomeLabel}}.

Vindt u dat wij uw verzoek niet goed hebben behandeld, dan kunt u op deze e-mail reageren. U hebt ook het recht een klacht in te dienen bij een toezichthoudende autoriteit, zoals de Autoriteit Persoonsgegevens.

Met vriendelijke groet,
Het privacyteam

{{#staffText}}
---
{{staffText}}
{{/staffText}}`,
} satisfies MessageTemplate;
