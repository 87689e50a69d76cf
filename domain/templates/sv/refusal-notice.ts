import type { MessageTemplate } from '../render-template.ts';
import partials from './partials.ts';

/** Artikel 12.4 i dataskyddsförordningen: why, and the right to complain and to go to court. */
export default {
  subject: '[{{reference}}] Vårt beslut om din {{typeLabel}}',
  body: `Hej {{name}},

{{#partlyFulfilled}}Vi har bara delvis tillmötesgått din {{typeLabel}} (ärende {{reference}}), som vi tog emot den {{receivedDate}}.{{/partlyFulfilled}}{{^partlyFulfilled}}Vi har beslutat att inte vidta några åtgärder med anledning av din {{typeLabel}} (ärende {{reference}}), som vi tog emot den {{receivedDate}}.{{/partlyFulfilled}}

{{#partlyFulfilled}}Det här har vi inte gjort, och skälen till det:{{/partlyFulfilled}}{{^partlyFulfilled}}Skälen till beslutet:{{/partlyFulfilled}}
{{reason}}

{{> rightsOfRecourse}}

Om du har frågor om beslutet kan du svara på det här mejlet.

{{> signature}}

{{> staffText}}`,
  partials,
} satisfies MessageTemplate;
