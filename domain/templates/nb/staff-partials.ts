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
  personalDataWarning:
    '{{^contentInConsole}}Denne e-posten inneholder personopplysninger: ikke videresend den.{{/contentInConsole}}',
  caseFacts: `Sak: {{reference}}
Type: {{typeLabel}}
Team: {{teamName}}
Saksbehandler: {{assigneeName}}
Status: {{statusLabel}}`,
  noRequestContent: 'Dette varselet inneholder ikke noe av innholdet i henvendelsen.',
  /** `notifications.staffEmailContent: "link"`: said where a staff email would carry the case's content. */
  contentInConsole:
    '{{#contentInConsole}}\nDesken holder innholdet i sakene utenfor e-post: opplysningene om den registrerte, meldingene og vedleggene ligger i saksbehandlerkonsollen. Åpne saken der: {{consoleCaseUrl}}\n{{/contentInConsole}}',
  /** `link` mode: the case page of the console, in the alerts. */
  caseInConsole:
    '{{#consoleCaseUrl}}\nSaken i saksbehandlerkonsollen: {{consoleCaseUrl}}\n{{/consoleCaseUrl}}',
} as const satisfies Partials;
