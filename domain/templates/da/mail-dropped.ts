import type { MessageTemplate } from '../render-template.ts';
import partials from './staff-partials.ts';

/** `en/mail-dropped.ts` in Danish. */
export default {
  subject: '[{{reference}}] En e-mail til denne sag blev ikke modtaget',
  body: `En e-mail til sag {{reference}} ({{typeLabel}}, frist {{dueDate}}) blev ikke modtaget: {{reasonText}}

Intet i den er journaliseret, videresendt eller fulgt op, og afsenderen har ikke fået besked. Indholdet står ikke i denne e-mail.

Venter du på svar i sagen, skal afsenderen svare på deskens egen e-mail om sagen fra den adresse, desken skriver til. Mail fra et domæne, der ikke autentificerer sin mail (ingen DMARC), modtages kun fra den registrerede som svar på deskens e-mail til vedkommende.

Til administratoren: SES-meddelelses-id {{sesMessageId}} (den oprindelige meddelelse ligger i mail-bucketen i 30 dage), årsag {{reason}}, identificeret via {{identifiedBy}}. Yderligere e-mails til sagen, der ikke modtages inden for en time, registreres kun i sagens revisionsspor.

{{> caseInConsole}}`,
  partials,
} satisfies MessageTemplate;
