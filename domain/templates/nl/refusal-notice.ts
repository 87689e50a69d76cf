import type { MessageTemplate } from '../render-template.ts';
import partials from './partials.ts';

export default {
  subject: '[{{reference}}] Ons besluit over uw {{typeLabel}}',
  body: `Beste {{name}},

Wij hebben besloten geen gevolg te geven aan uw {{typeLabel}} (zaak {{reference}}), ontvangen op {{receivedDate}}.

De redenen:
{{reason}}

U hebt het recht een klacht in te dienen bij een toezichthoudende autoriteit, zoals de Autoriteit Persoonsgegevens of de toezichthouder in het land waar u woont of werkt of waar de vermeende inbreuk plaatsvond, en het recht om beroep in te stellen bij de rechter.

Met vragen over dit besluit kunt u op deze e-mail reageren.

{{> signature}}

{{> staffText}}`,
  partials,
} satisfies MessageTemplate;
