import type { MessageTemplate } from '../render-template.ts';
import partials from './partials.ts';

export default {
  subject: '[{{reference}}] Uw {{typeLabel}} is gesloten',
  body: `Beste {{name}},

Op {{receivedDate}} hebben wij uw {{typeLabel}} ontvangen, met kenmerk {{reference}}. Wij hebben u gevraagd uw e-mailadres te bevestigen, en dat is niet binnen {{closeAfterDays}} dagen gebeurd. Daarom hebben wij het verzoek gesloten zonder er iets mee te doen.

U kunt het verzoek altijd opnieuw indienen; bevestig dan uw adres wanneer wij daarom vragen.

Hebt u dit verzoek niet verstuurd, dan kunt u deze e-mail negeren.

{{> signature}}`,
  partials,
} satisfies MessageTemplate;
