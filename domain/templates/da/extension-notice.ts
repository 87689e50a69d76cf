import type { MessageTemplate } from '../render-template.ts';
import partials from './partials.ts';

/** Databeskyttelsesforordningens artikel 12, stk. 3: the extension, with its reasons, within the first month. */
export default {
  subject: '[{{reference}}] Vi har brug for mere tid til din {{typeLabel}}',
  body: `Kære {{name}}

Vi modtog din {{typeLabel}} (sag {{reference}}) den {{receivedDate}}. Fristen for vores svar var den {{originalDueDate}}. I medfør af databeskyttelsesforordningens artikel 12, stk. 3, forlænger vi denne frist med {{months}} {{monthsLabel}}. Du får svar fra os senest den {{targetDate}}.

Begrundelsen for forlængelsen:
{{reason}}

Hvis du har spørgsmål, kan du svare på denne e-mail. {{> complaintRights}}

{{> signature}}

{{> staffText}}`,
  partials,
} satisfies MessageTemplate;
