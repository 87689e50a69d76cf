import type { MessageTemplate } from '../render-template.ts';
import partials from './partials.ts';

export default {
  subject: '[{{reference}}] Din {{typeLabel}} har avslutats',
  body: `Hej {{name}},

Vi har avslutat din {{typeLabel}} (ärende {{reference}}), som vi tog emot den {{receivedDate}}. Resultat: {{outcomeLabel}}.

Om du anser att vi inte har hanterat ditt ärende på rätt sätt kan du svara på det här mejlet. {{> complaintRights}}

{{> signature}}

{{> staffText}}`,
  partials,
} satisfies MessageTemplate;
