import type { MessageTemplate } from '../render-template.ts';
import partials from './partials.ts';

/** Databeskyttelsesforordningens artikel 12, stk. 4: why, and the right to complain and to go to court. */
export default {
  subject: '[{{reference}}] Vores afgørelse om din {{typeLabel}}',
  body: `Kære {{name}}

{{#partlyFulfilled}}Vi har kun delvis imødekommet din {{typeLabel}} (sag {{reference}}), som vi modtog den {{receivedDate}}.{{/partlyFulfilled}}{{^partlyFulfilled}}Vi har besluttet ikke at træffe foranstaltninger på grundlag af din {{typeLabel}} (sag {{reference}}), som vi modtog den {{receivedDate}}.{{/partlyFulfilled}}

{{#partlyFulfilled}}Følgende har vi ikke gjort, og begrundelsen herfor:{{/partlyFulfilled}}{{^partlyFulfilled}}Begrundelsen:{{/partlyFulfilled}}
{{reason}}

{{> rightsOfRecourse}}

Hvis du har spørgsmål til afgørelsen, kan du svare på denne e-mail.

{{> signature}}

{{> staffText}}`,
  partials,
} satisfies MessageTemplate;
