import type { MessageTemplate } from '../render-template.ts';
import partials from './partials.ts';

export default {
  subject: '[{{reference}}] Ons besluit over uw {{typeLabel}}',
  body: `Beste {{name}},

{{#partlyFulfilled}}Wij hebben uw {{typeLabel}} (zaak {{reference}}), ontvangen op {{receivedDate}}, gedeeltelijk uitgevoerd.{{/partlyFulfilled}}{{^partlyFulfilled}}Wij hebben besloten geen gevolg te geven aan uw {{typeLabel}} (zaak {{reference}}), ontvangen op {{receivedDate}}.{{/partlyFulfilled}}

{{#partlyFulfilled}}Wat wij niet hebben gedaan, en waarom:{{/partlyFulfilled}}{{^partlyFulfilled}}De redenen:{{/partlyFulfilled}}
{{reason}}

{{> rightsOfRecourse}}

Met vragen over dit besluit kunt u op deze e-mail reageren.

{{> signature}}

{{> staffText}}`,
  partials,
} satisfies MessageTemplate;
