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
  personalDataWarning:
    '{{^contentInConsole}}Det här meddelandet innehåller personuppgifter: vidarebefordra det inte.{{/contentInConsole}}',
  caseFacts: `Ärende: {{reference}}
Typ: {{typeLabel}}
Team: {{teamName}}
Handläggare: {{assigneeName}}
Status: {{statusLabel}}`,
  noRequestContent: 'Den här varningen innehåller inget av innehållet i begäran.',
  /** `notifications.staffEmailContent: "link"`: said where a staff email would carry the case's content. */
  contentInConsole:
    '{{#contentInConsole}}\nDesken håller ärendenas innehåll utanför e-posten: den registrerades uppgifter, meddelanden och bilagor finns i handläggarkonsolen. Öppna ärendet där: {{consoleCaseUrl}}\n{{/contentInConsole}}',
  /** `link` mode: the case page of the console, in the alerts. */
  caseInConsole: '{{#consoleCaseUrl}}\nÄrendet i handläggarkonsolen: {{consoleCaseUrl}}\n{{/consoleCaseUrl}}',
} as const satisfies Partials;
