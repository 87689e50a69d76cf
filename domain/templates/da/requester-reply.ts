import type { MessageTemplate } from '../render-template.ts';
import partials from './staff-partials.ts';

/** `en/requester-reply.ts` in Danish. */
export default {
  subject:
    '[{{reference}}] Den registrerede har svaret{{#unauthenticated}}, afsender ikke verificeret{{/unauthenticated}} ({{typeLabel}})',
  body: `{{#unauthenticated}}
ADVARSEL: desken kunne ikke bekræfte, at denne e-mail kommer fra den registrerede. Den blev sendt til den registreredes egen svaradresse for sagen, men vedkommendes mailudbyder autentificerer ikke sin mail (DMARC {{dmarc}}), så hvem som helst kan have skrevet den i vedkommendes navn. Handl ikke på den (sende oplysninger til en anden adresse, ændre eller trække anmodningen tilbage), før du har bekræftet det med den registrerede.

{{/unauthenticated}}
{{^contentInConsole}}
{{name}} har svaret i sag {{reference}} ({{typeLabel}}, frist {{dueDate}}):

{{requesterText}}

{{#attachmentList}}
Vedhæftede filer, opbevaret krypteret i sagen: {{attachmentList}}.
{{/attachmentList}}
{{/contentInConsole}}
{{#contentInConsole}}
Den registrerede har svaret i sag {{reference}} ({{typeLabel}}, frist {{dueDate}}).

{{> contentInConsole}}
{{/contentInConsole}}

---
Besvar denne e-mail for at svare den registrerede. Kommandoer øverst i dit svar, én pr. linje, udføres og videresendes ikke:
{{usage}}`,
  partials,
} satisfies MessageTemplate;
