import type { Partials } from '../render-template.ts';

/**
 * The paragraphs Norwegian (Bokmål) staff templates share, by `{{> name}}`: the staff names of
 * `en/partials.ts`. The requester side keeps its own in `nb/partials.ts`.
 */
export default {
  requesterDetails: `Navn: {{name}}
E-post: {{email}}
{{#phone}}
Telefon: {{phone}}
{{/phone}}
{{#company}}
Firma: {{company}}
{{/company}}

Melding:
{{message}}`,
  personalDataWarning: 'Denne e-posten inneholder personopplysninger: ikke videresend den.',
  caseFacts: `Sak: {{reference}}
Type: {{typeLabel}}
Team: {{teamName}}
Saksbehandler: {{assigneeName}}
Status: {{statusLabel}}`,
  noRequestContent: 'Dette varselet inneholder ikke noe av innholdet i henvendelsen.',
} as const satisfies Partials;
