import type { Partials } from '../render-template.ts';

/**
 * The staff paragraphs of Dutch templates that `nl/partials.ts` (the requester side) does not hold:
 * the case facts and the no-content line of the alerts. Staff templates merge both.
 */
export default {
  caseFacts: `Zaak: {{reference}}
Type: {{typeLabel}}
Team: {{teamName}}
Behandelaar: {{assigneeName}}
Status: {{statusLabel}}`,
  noRequestContent: 'Deze waarschuwing bevat niets van de inhoud van het verzoek.',
  /** `notifications.staffEmailContent: "link"`: said where a staff email would carry the case's content. */
  contentInConsole:
    '{{#contentInConsole}}\nDeze desk houdt de inhoud van zaken buiten de e-mail: de gegevens van de aanvrager, de berichten en de bijlagen staan in de medewerkersconsole. Open de zaak daar: {{consoleCaseUrl}}\n{{/contentInConsole}}',
  /** `link` mode: the case page of the console, in the alerts. */
  caseInConsole:
    '{{#consoleCaseUrl}}\nDe zaak in de medewerkersconsole: {{consoleCaseUrl}}\n{{/consoleCaseUrl}}',
} as const satisfies Partials;
