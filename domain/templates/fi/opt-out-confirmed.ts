import type { MessageTemplate } from '../render-template.ts';
import partials from './partials.ts';

export default {
  subject: '[{{reference}}] Markkinointikieltosi on kirjattu',
  body: `Hei {{name}},

Vastaanotimme ilmoituksesi {{receivedDate}} (asia: {{typeLabel}}). Olemme tehneet seuraavaa:

- Sähköpostiosoitteesi on ollut markkinoinnin estolistallamme {{suppressedDate}} alkaen.
- Olemme välittäneet kieltosi markkinointijärjestelmillemme. Ne lopettavat {{marketingSystemsWorkingDays}} arkipäivän kuluessa, viimeistään {{dueDate}}, markkinointisähköpostien lähettämisen sinulle ja tietojesi käyttämisen markkinointiin liittyvään profilointiin. Jo matkalla ollut markkinointiviesti voi vielä tavoittaa sinut siihen asti.

Viestit, jotka koskevat käyttämääsi palvelua tai kanssamme tekemääsi sopimusta, eivät ole markkinointia, ja voit saada niitä edelleen.

Asianumerosi on {{reference}}. Jos et ole pyytänyt tätä tai sinulla on kysyttävää, vastaa vain tähän viestiin.

{{> signature}}`,
  partials,
} satisfies MessageTemplate;
