import type { MessageTemplate } from '../render-template.ts';
import partials from './partials.ts';

/**
 * Tietosuoja-asetuksen 12 artiklan 3 kohta: the extension, with its reasons, within the first month.
 * The month word is the adessive the sentence needs ("2 kuukaudella").
 */
export default {
  subject: '[{{reference}}] Tarvitsemme lisäaikaa asiasi käsittelyyn: {{typeLabel}}',
  body: `Hei {{name}},

Vastaanotimme asiasi {{receivedDate}} (asia: {{typeLabel}}, asianumero {{reference}}). Meidän olisi pitänyt vastata sinulle viimeistään {{originalDueDate}}. Jatkamme tietosuoja-asetuksen 12 artiklan 3 kohdan nojalla tätä määräaikaa {{months}} {{monthsLabel}}. Vastaamme sinulle viimeistään {{targetDate}}.

Määräajan jatkamisen syy:
{{reason}}

Jos sinulla on kysyttävää, voit vastata tähän viestiin. {{> complaintRights}}

{{> signature}}

{{> staffText}}`,
  partials,
} satisfies MessageTemplate;
