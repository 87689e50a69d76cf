import type { MessageTemplate } from '../render-template.ts';
import partials from './partials.ts';

export default {
  subject: '[{{reference}}] Din {{typeLabel}} er afsluttet',
  body: `Kære {{name}}

Vi har afsluttet din {{typeLabel}} (sag {{reference}}), som vi modtog den {{receivedDate}}. Resultat: {{outcomeLabel}}.

Hvis du mener, at vi ikke har behandlet din sag korrekt, kan du svare på denne e-mail. {{> complaintRights}}

{{> signature}}

{{> staffText}}`,
  partials,
} satisfies MessageTemplate;
