import type { MessageTemplate } from '../render-template.ts';
import partials from './partials.ts';

export default {
  subject: '[{{reference}}] Din {{typeLabel}} er avsluttet',
  body: `Hei {{name}},

Vi har avsluttet din {{typeLabel}} (sak {{reference}}), som vi mottok den {{receivedDate}}. Resultat: {{outcomeLabel}}.

Hvis du mener at vi ikke har behandlet henvendelsen din riktig, kan du svare på denne e-posten. {{> complaintRights}}

{{> signature}}

{{> staffText}}`,
  partials,
} satisfies MessageTemplate;
