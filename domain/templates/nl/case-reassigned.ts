import type { MessageTemplate } from '../render-template.ts';
import partials from './staff-partials.ts';

/** `en/case-reassigned.ts` in Dutch. */
export default {
  subject: '[{{reference}}] Zaak aan u toegewezen: {{typeLabel}}',
  body: `{{assignedBy}} heeft zaak {{reference}} aan u toegewezen: {{typeLabel}}{{^contentInConsole}} van {{name}}{{/contentInConsole}}, ontvangen op {{receivedDate}}, termijn {{dueDate}}.

{{^contentInConsole}}
Het verzoek:
{{requestMessage}}
{{/contentInConsole}}
{{> contentInConsole}}

---
Beantwoord deze e-mail om de aanvrager te antwoorden. Opdrachten bovenaan uw antwoord, één per regel, worden uitgevoerd en niet doorgestuurd:
{{usage}}`,
  partials,
} satisfies MessageTemplate;
