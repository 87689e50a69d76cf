import type { MessageTemplate } from '../render-template.ts';
import partials from './partials.ts';

export default {
  subject: '[{{reference}}] Bevestig uw e-mailadres voor uw {{typeLabel}}',
  body: `Beste {{name}},

Op {{receivedDate}} hebben wij uw {{typeLabel}} ontvangen, met kenmerk {{reference}}. Voordat wij ermee kunnen beginnen, moeten wij weten dat dit e-mailadres van u is, en u hebt het nog niet bevestigd.

Open deze link om het te bevestigen:
{{verificationUrl}}

Als u uw adres niet uiterlijk op {{closeDate}} bevestigt, sluiten wij het verzoek. Hebt u dit verzoek niet verstuurd, dan kunt u deze e-mail negeren.

{{> signature}}`,
  partials,
} satisfies MessageTemplate;
