import type { MessageTemplate } from '../render-template.ts';
import partials from './partials.ts';

export default {
  subject: '[{{reference}}] Asiasi on suljettu: {{typeLabel}}',
  body: `Hei {{name}},

Vastaanotimme yhteydenottosi {{receivedDate}} (asia: {{typeLabel}}, asianumero {{reference}}). Pyysimme sinua vahvistamaan sähköpostiosoitteesi, mutta osoitetta ei vahvistettu {{closeAfterDays}} päivän kuluessa. Olemme siksi sulkeneet asian ryhtymättä toimenpiteisiin: emme voi käsitellä pyyntöä, ellemme tiedä, että osoite, josta se lähetettiin, on sinun (tietosuoja-asetuksen 12 artiklan 6 kohta).

Voit lähettää pyyntösi uudelleen milloin tahansa. Vahvistathan silloin osoitteesi, kun pyydämme sitä.

{{> rightsOfRecourse}}

Jos et ole lähettänyt tätä viestiä, voit jättää tämän sähköpostin huomiotta.

{{> signature}}`,
  partials,
} satisfies MessageTemplate;
