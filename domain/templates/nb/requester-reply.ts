import type { MessageTemplate } from '../render-template.ts';
import partials from './staff-partials.ts';

/** `en/requester-reply.ts` in Norwegian (Bokmål). */
export default {
  subject:
    '[{{reference}}] Den registrerte har svart{{#unauthenticated}}, avsender ikke verifisert{{/unauthenticated}} ({{typeLabel}})',
  body: `{{#unauthenticated}}
ADVARSEL: desken kunne ikke bekrefte at denne e-posten kommer fra den registrerte. Den ble sendt til den registrertes egen svaradresse for denne saken, men e-postleverandøren til vedkommende autentiserer ikke e-posten sin (DMARC {{dmarc}}), så hvem som helst kan ha skrevet den i vedkommendes navn. Ikke gjør noe på grunnlag av den (sende opplysninger til en annen adresse, endre eller trekke tilbake henvendelsen) før du har bekreftet det med den registrerte.

{{/unauthenticated}}
{{^contentInConsole}}
{{name}} har svart i sak {{reference}} ({{typeLabel}}, frist {{dueDate}}):

{{requesterText}}

{{#attachmentList}}
Vedlegg, lagret kryptert i saken: {{attachmentList}}.
{{/attachmentList}}
{{/contentInConsole}}
{{#contentInConsole}}
Den registrerte har svart i sak {{reference}} ({{typeLabel}}, frist {{dueDate}}).

{{> contentInConsole}}
{{/contentInConsole}}

---
Svar på denne e-posten for å svare den registrerte. Kommandoer øverst i svaret, én per linje, blir utført og ikke videresendt:
{{usage}}`,
  partials,
} satisfies MessageTemplate;
