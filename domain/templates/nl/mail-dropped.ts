import type { MessageTemplate } from '../render-template.ts';
import partials from './staff-partials.ts';

/** `en/mail-dropped.ts` in Dutch. */
export default {
  subject: '[{{reference}}] Een e-mail voor deze zaak is niet aanvaard',
  body: `Een e-mail voor zaak {{reference}} ({{typeLabel}}, termijn {{dueDate}}) is niet aanvaard: {{reasonText}}

Niets ervan is vastgelegd, doorgestuurd of uitgevoerd, en de afzender is niet ingelicht. De inhoud staat niet in deze e-mail.

Wacht u op een antwoord in deze zaak, dan moet de afzender de e-mail van de desk over de zaak beantwoorden vanaf het adres waarnaar de desk schrijft. Mail van een domein dat zijn mail niet authenticeert (geen DMARC) wordt alleen van de aanvrager aanvaard, als antwoord op de e-mail van de desk aan de aanvrager.

Voor de beheerder: SES-bericht-id {{sesMessageId}} (het ruwe bericht blijft 30 dagen in de mailbucket), reden {{reason}}, herkend aan {{identifiedBy}}. Volgende e-mails voor deze zaak die binnen het uur niet worden aanvaard, worden alleen in het auditlog van de zaak vastgelegd.

{{> caseInConsole}}`,
  partials,
} satisfies MessageTemplate;
