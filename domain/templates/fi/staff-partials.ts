import type { Partials } from '../render-template.ts';

/**
 * The paragraphs Finnish staff templates share, by `{{> name}}`: the staff names of
 * `en/partials.ts`. The requester side keeps its own in `fi/partials.ts`.
 */
export default {
  requesterDetails: `Nimi: {{name}}
Sähköposti: {{email}}
{{#phone}}
Puhelin: {{phone}}
{{/phone}}
{{#company}}
Yritys: {{company}}
{{/company}}

Viesti:
{{message}}`,
  personalDataWarning: 'Tämä viesti sisältää henkilötietoja: älä välitä sitä eteenpäin.',
  caseFacts: `Asia: {{reference}}
Tyyppi: {{typeLabel}}
Tiimi: {{teamName}}
Käsittelijä: {{assigneeName}}
Tila: {{statusLabel}}`,
  noRequestContent: 'Tämä hälytys ei sisällä mitään pyynnön sisällöstä.',
} as const satisfies Partials;
