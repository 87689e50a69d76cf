import type { MessageTemplate } from '../render-template.ts';
import partials from './partials.ts';

export default {
  subject: '[{{reference}}] Asiasi on suljettu: {{typeLabel}}',
  body: `Hei {{name}},

Olemme sulkeneet asiasi, jonka vastaanotimme {{receivedDate}} (asia: {{typeLabel}}, asianumero {{reference}}). Lopputulos: {{outcomeLabel}}.

Jos katsot, ettemme ole käsitelleet asiaasi asianmukaisesti, voit vastata tähän viestiin. {{> complaintRights}}

{{> signature}}

{{> staffText}}`,
  partials,
} satisfies MessageTemplate;
