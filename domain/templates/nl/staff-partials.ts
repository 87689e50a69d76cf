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
} as const satisfies Partials;
