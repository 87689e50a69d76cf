import type { MessageTemplate } from '../render-template.ts';
import partials from './partials.ts';

/** Artikel 12.3 i dataskyddsförordningen: the extension, with its reasons, within the first month. */
export default {
  subject: '[{{reference}}] Vi behöver mer tid för din {{typeLabel}}',
  body: `Hej {{name}},

Vi tog emot din {{typeLabel}} (ärende {{reference}}) den {{receivedDate}}. Vi skulle ha svarat dig senast den {{originalDueDate}}. Med stöd av artikel 12.3 i dataskyddsförordningen förlänger vi den tidsfristen med {{months}} {{monthsLabel}}. Du får svar från oss senast den {{targetDate}}.

Skälen till förlängningen:
{{reason}}

Om du har frågor kan du svara på det här mejlet. {{> complaintRights}}

{{> signature}}

{{> staffText}}`,
  partials,
} satisfies MessageTemplate;
