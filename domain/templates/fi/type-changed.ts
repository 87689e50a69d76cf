import type { MessageTemplate } from '../render-template.ts';
import partials from './partials.ts';

export default {
  subject: '[{{reference}}] Uusi vastauspäivä: {{typeLabel}}',
  body: `Hei {{name}},

Vastaanotimme viestisi {{receivedDate}} (asianumero {{reference}}). Viestisi luettuamme olemme kirjanneet sen seuraavasti: {{typeLabel}}. Vastauksemme määräaika lasketaan siitä päivästä, jona vastaanotimme viestisi, tämäntyyppisiä asioita koskevien sääntöjen mukaan. Vastaamme siksi viimeistään {{targetDate}}. Aiemmin ilmoittamamme päivä oli {{previousDueDate}}.

Jos sinulla on kysyttävää, voit vastata tähän viestiin.

{{> signature}}

{{> staffText}}`,
  partials,
} satisfies MessageTemplate;
