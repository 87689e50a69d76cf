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
  personalDataWarning:
    '{{^contentInConsole}}Denne e-mail indeholder personoplysninger: videresend den ikke.{{/contentInConsole}}',
  caseFacts: `Sag: {{reference}}
Type: {{typeLabel}}
Team: {{teamName}}
Sagsbehandler: {{assigneeName}}
Status: {{statusLabel}}`,
  noRequestContent: 'Denne advarsel indeholder intet af anmodningens indhold.',
  /** `notifications.staffEmailContent: "link"`: said where a staff email would carry the case's content. */
  contentInConsole:
    '{{#contentInConsole}}\nDesken holder sagernes indhold ude af e-mail: den registreredes oplysninger, beskeder og bilag ligger i sagsbehandlerkonsollen. Åbn sagen der: {{consoleCaseUrl}}\n{{/contentInConsole}}',
  /** `link` mode: the case page of the console, in the alerts. */
  caseInConsole:
    '{{#consoleCaseUrl}}\nSagen i sagsbehandlerkonsollen: {{consoleCaseUrl}}\n{{/consoleCaseUrl}}',
} as const satisfies Partials;
