import type { MessageTemplate } from '../render-template.ts';
import partials from './staff-partials.ts';

/** `en/mail-dropped.ts` in Norwegian (Bokmål). */
export default {
  subject: '[{{reference}}] En e-post til denne saken ble ikke godtatt',
  body: `En e-post til sak {{reference}} ({{typeLabel}}, frist {{dueDate}}) ble ikke godtatt: {{reasonText}}

Ingenting i den ble arkivert, videresendt eller fulgt opp, og avsenderen fikk ikke beskjed. Innholdet står ikke i denne e-posten.

Venter du på svar i denne saken, bør avsenderen svare på deskens egen e-post om saken fra adressen desken skriver til. E-post fra et domene som ikke autentiserer e-posten sin (ingen DMARC), godtas bare fra den registrerte, som svar på deskens e-post til vedkommende.

For administratoren: SES-meldings-ID {{sesMessageId}} (den opprinnelige meldingen ligger i e-postbøtten i 30 dager), årsak {{reason}}, identifisert ved {{identifiedBy}}. Flere e-poster til denne saken som ikke godtas innen en time, registreres bare i sakens revisjonsspor.

{{> caseInConsole}}`,
  partials,
} satisfies MessageTemplate;
