import type { MessageTemplate } from '../render-template.ts';
import partials from './partials.ts';

export default {
  subject: '[{{reference}}] Wij hebben meer tijd nodig voor uw {{typeLabel}}',
  body: `Beste {{name}},

Wij hebben uw {{typeLabel}} (zaak {{reference}}) ontvangen op {{receivedDate}}. Wij moesten uiterlijk op {{originalDueDate}} antwoorden; op grond van artikel 12, lid 3, van de Algemene verordening gegevensbescherming verlengen wij deze termijn met {{months}} {{monthsLabel}}. Wij antwoorden uiterlijk op {{targetDate}}.

De reden voor de verlenging:
{{reason}}

Met vragen kunt u op deze e-mail reageren. {{> complaintRights}}

{{> signature}}

{{> staffText}}`,
  partials,
} satisfies MessageTemplate;
