import type { MessageTemplate } from '../render-template.ts';
import partials from './partials.ts';

/** Personvernforordningen artikkel 12 nr. 3: the extension, with its reasons, within the first month. */
export default {
  subject: '[{{reference}}] Vi trenger mer tid til å behandle din {{typeLabel}}',
  body: `Hei {{name}},

Vi mottok din {{typeLabel}} (sak {{reference}}) den {{receivedDate}}. Fristen for å svare deg var {{originalDueDate}}. Etter personvernforordningen artikkel 12 nr. 3 forlenger vi denne fristen med {{months}} {{monthsLabel}}. Du får svar fra oss senest {{targetDate}}.

Begrunnelsen for forlengelsen:
{{reason}}

Hvis du har spørsmål, kan du svare på denne e-posten. {{> complaintRights}}

{{> signature}}

{{> staffText}}`,
  partials,
} satisfies MessageTemplate;
