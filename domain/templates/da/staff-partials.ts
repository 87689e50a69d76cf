import type { Partials } from '../render-template.ts';

/**
 * The paragraphs Danish staff templates share, by `{{> name}}`: the staff names of
 * `en/partials.ts`. The requester side keeps its own in `da/partials.ts`.
 */
export default {
  requesterDetails: `Navn: {{name}}
E-mail: {{email}}
{{#phone}}
Telefon: {{phone}}
{{/phone}}
{{#company}}
Virksomhed: {{company}}
{{/company}}

Besked:
{{message}}`,
  personalDataWarning: 'Denne e-mail indeholder personoplysninger: videresend den ikke.',
  caseFacts: `Sag: {{reference}}
Type: {{typeLabel}}
Team: {{teamName}}
Sagsbehandler: {{assigneeName}}
Status: {{statusLabel}}`,
  noRequestContent: 'Denne advarsel indeholder intet af anmodningens indhold.',
} as const satisfies Partials;
