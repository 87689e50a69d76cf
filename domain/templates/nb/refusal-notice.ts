import type { MessageTemplate } from '../render-template.ts';
import partials from './partials.ts';

/** Personvernforordningen artikkel 12 nr. 4: why, and the right to complain and to go to court. */
export default {
  subject: '[{{reference}}] Vår avgjørelse om din {{typeLabel}}',
  body: `Hei {{name}},

{{#partlyFulfilled}}Vi har bare delvis etterkommet din {{typeLabel}} (sak {{reference}}), som vi mottok den {{receivedDate}}.{{/partlyFulfilled}}{{^partlyFulfilled}}Vi har besluttet ikke å iverksette tiltak på bakgrunn av din {{typeLabel}} (sak {{reference}}), som vi mottok den {{receivedDate}}.{{/partlyFulfilled}}

{{#partlyFulfilled}}Dette har vi ikke gjort, og begrunnelsen for det:{{/partlyFulfilled}}{{^partlyFulfilled}}Begrunnelsen:{{/partlyFulfilled}}
{{reason}}

{{> rightsOfRecourse}}

Hvis du har spørsmål om avgjørelsen, kan du svare på denne e-posten.

{{> signature}}

{{> staffText}}`,
  partials,
} satisfies MessageTemplate;
