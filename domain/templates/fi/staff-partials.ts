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
  personalDataWarning:
    '{{^contentInConsole}}Tämä viesti sisältää henkilötietoja: älä välitä sitä eteenpäin.{{/contentInConsole}}',
  caseFacts: `Asia: {{reference}}
Tyyppi: {{typeLabel}}
Tiimi: {{teamName}}
Käsittelijä: {{assigneeName}}
Tila: {{statusLabel}}`,
  noRequestContent: 'Tämä hälytys ei sisällä mitään pyynnön sisällöstä.',
  /** `notifications.staffEmailContent: "link"`: said where a staff email would carry the case's content. */
  contentInConsole:
    '{{#contentInConsole}}\nDesk ei lähetä asioiden sisältöä sähköpostilla: rekisteröidyn tiedot, viestit ja liitteet ovat käsittelijänäkymässä. Avaa asia siellä: {{consoleCaseUrl}}\n{{/contentInConsole}}',
  /** `link` mode: the case page of the console, in the alerts. */
  caseInConsole: '{{#consoleCaseUrl}}\nAsia käsittelijänäkymässä: {{consoleCaseUrl}}\n{{/consoleCaseUrl}}',
} as const satisfies Partials;
