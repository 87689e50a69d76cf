import type { MessageTemplate } from '../render-template.ts';
import partials from './staff-partials.ts';

/** `en/mail-dropped.ts` in Swedish. */
export default {
  subject: '[{{reference}}] Ett e-postmeddelande till det här ärendet togs inte emot',
  body: `Ett e-postmeddelande till ärende {{reference}} ({{typeLabel}}, tidsfrist {{dueDate}}) togs inte emot: {{reasonText}}

Ingenting i det har sparats, vidarebefordrats eller åtgärdats, och avsändaren har inte underrättats. Innehållet finns inte i det här meddelandet.

Om du väntar på svar i ärendet bör avsändaren svara på deskens eget meddelande om ärendet från den adress desken skriver till. E-post från en domän som inte autentiserar sin e-post (ingen DMARC) tas bara emot från den registrerade, som svar på deskens meddelande till hen.

För administratören: SES-meddelande-id {{sesMessageId}} (originalmeddelandet ligger kvar i e-postbucketen i 30 dagar), orsak {{reason}}, identifierat via {{identifiedBy}}. Fler meddelanden till ärendet som inte tas emot inom en timme registreras bara i ärendets granskningslogg.

{{> caseInConsole}}`,
  partials,
} satisfies MessageTemplate;
