import type { MessageTemplate } from '../render-template.ts';
import partials from './staff-partials.ts';

/** `en/requester-reply.ts` in Swedish. */
export default {
  subject:
    '[{{reference}}] Den registrerade har svarat{{#unauthenticated}}, avsändaren inte verifierad{{/unauthenticated}} ({{typeLabel}})',
  body: `{{#unauthenticated}}
VARNING: desken kunde inte kontrollera att det här meddelandet kommer från den registrerade. Det skickades till den registrerades egen svarsadress för ärendet, men hens e-postleverantör autentiserar inte sin e-post (DMARC {{dmarc}}), så vem som helst kan ha skrivit det i hens namn. Agera inte på det (skicka uppgifter till en annan adress, ändra eller återkalla begäran) innan du har stämt av det med den registrerade.

{{/unauthenticated}}
{{^contentInConsole}}
{{name}} har svarat i ärende {{reference}} ({{typeLabel}}, tidsfrist {{dueDate}}):

{{requesterText}}

{{#attachmentList}}
Bilagor, sparade krypterade i ärendet: {{attachmentList}}.
{{/attachmentList}}
{{/contentInConsole}}
{{#contentInConsole}}
Den registrerade har svarat i ärende {{reference}} ({{typeLabel}}, tidsfrist {{dueDate}}).

{{> contentInConsole}}
{{/contentInConsole}}

---
Svara på det här meddelandet för att svara den registrerade. Kommandon överst i svaret, ett per rad, utförs och vidarebefordras inte:
{{usage}}`,
  partials,
} satisfies MessageTemplate;
