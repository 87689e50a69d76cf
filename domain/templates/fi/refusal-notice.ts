import type { MessageTemplate } from '../render-template.ts';
import partials from './partials.ts';

/** Tietosuoja-asetuksen 12 artiklan 4 kohta: why, and the right to complain and to go to court. */
export default {
  subject: '[{{reference}}] Päätöksemme asiassasi: {{typeLabel}}',
  body: `Hei {{name}},

{{#partlyFulfilled}}Olemme toteuttaneet pyyntösi vain osittain (asia: {{typeLabel}}, asianumero {{reference}}, vastaanotettu {{receivedDate}}).{{/partlyFulfilled}}{{^partlyFulfilled}}Olemme päättäneet olla ryhtymättä toimenpiteisiin pyyntösi perusteella (asia: {{typeLabel}}, asianumero {{reference}}, vastaanotettu {{receivedDate}}).{{/partlyFulfilled}}

{{#partlyFulfilled}}Mitä jätimme tekemättä ja miksi:{{/partlyFulfilled}}{{^partlyFulfilled}}Perustelut:{{/partlyFulfilled}}
{{reason}}

{{> rightsOfRecourse}}

Jos sinulla on kysyttävää tästä päätöksestä, voit vastata tähän viestiin.

{{> signature}}

{{> staffText}}`,
  partials,
} satisfies MessageTemplate;
