import type { MessageTemplate } from '../render-template.ts';
import partials from './staff-partials.ts';

/** `en/requester-reply.ts` in Dutch. */
export default {
  subject:
    '[{{reference}}] De aanvrager heeft gereageerd{{#unauthenticated}}, afzender niet geverifieerd{{/unauthenticated}} ({{typeLabel}})',
  body: `{{#unauthenticated}}
WAARSCHUWING: de desk kon niet vaststellen dat deze e-mail van de aanvrager komt. Hij is gestuurd naar het eigen antwoordadres van de aanvrager voor deze zaak, maar de mailprovider van de aanvrager authenticeert zijn mail niet (DMARC {{dmarc}}), dus iedereen kan hem op naam van de aanvrager hebben geschreven. Handel er niet naar (gegevens naar een ander adres sturen, het verzoek wijzigen of intrekken) voordat u het bij de aanvrager hebt nagegaan.

{{/unauthenticated}}
{{^contentInConsole}}
{{name}} heeft gereageerd in zaak {{reference}} ({{typeLabel}}, termijn {{dueDate}}):

{{requesterText}}

{{#attachmentList}}
Bijlagen, versleuteld bewaard bij de zaak: {{attachmentList}}.
{{/attachmentList}}
{{/contentInConsole}}
{{#contentInConsole}}
De aanvrager heeft gereageerd in zaak {{reference}} ({{typeLabel}}, termijn {{dueDate}}).

{{> contentInConsole}}
{{/contentInConsole}}

---
Beantwoord deze e-mail om de aanvrager te antwoorden. Opdrachten bovenaan uw antwoord, één per regel, worden uitgevoerd en niet doorgestuurd:
{{usage}}`,
  partials,
} satisfies MessageTemplate;
