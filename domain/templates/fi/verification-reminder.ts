import type { MessageTemplate } from '../render-template.ts';
import partials from './partials.ts';

export default {
  subject: '[{{reference}}] Vahvistathan sähköpostiosoitteesi: {{typeLabel}}',
  body: `Hei {{name}},

Vastaanotimme yhteydenottosi {{receivedDate}} (asia: {{typeLabel}}, asianumero {{reference}}). Ennen kuin voimme aloittaa sen käsittelyn, meidän on varmistettava, että tämä sähköpostiosoite on sinun. Et ole vielä vahvistanut osoitetta.

Vahvista osoite avaamalla tämä linkki:
{{verificationUrl}}

Jos et vahvista osoitetta viimeistään {{closeDate}}, suljemme asian. Jos et ole lähettänyt tätä viestiä, voit jättää tämän sähköpostin huomiotta.

{{> signature}}`,
  partials,
} satisfies MessageTemplate;
