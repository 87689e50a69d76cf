import type { Partials } from '../render-template.ts';

/**
 * The paragraphs Swedish staff templates share, by `{{> name}}`: the staff names of
 * `en/partials.ts`. The requester side keeps its own in `sv/partials.ts`.
 */
export default {
  requesterDetails: `Namn: {{name}}
E-post: {{email}}
{{#phone}}
Telefon: {{phone}}
{{/phone}}
{{#company}}
Företag: {{company}}
{{/company}}

Meddelande:
{{message}}`,
  personalDataWarning: 'Det här meddelandet innehåller personuppgifter: vidarebefordra det inte.',
  caseFacts: `Ärende: {{reference}}
Typ: {{typeLabel}}
Team: {{teamName}}
Handläggare: {{assigneeName}}
Status: {{statusLabel}}`,
  noRequestContent: 'Den här varningen innehåller inget av innehållet i begäran.',
} as const satisfies Partials;
