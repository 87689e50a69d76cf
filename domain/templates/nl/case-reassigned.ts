import type { MessageTemplate } from '../render-template.ts';

/** `en/case-reassigned.ts` in Dutch. */
export default {
  subject: '[{{reference}}] Zaak aan u toegewezen: {{typeLabel}}',
  body: `{{assignedBy}} heeft zaak {{reference}} aan u toegewezen: {{typeLabel}} van {{name}}, ontvangen op {{receivedDate}}, termijn {{dueDate}}.

Het verzoek:
{{requestMessage}}

---
Beantwoord deze e-mail om de aanvrager te antwoorden. Opdrachten bovenaan uw antwoord, één per regel, worden uitgevoerd en niet doorgestuurd:
{{usage}}`,
} satisfies MessageTemplate;
