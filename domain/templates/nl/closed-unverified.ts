import type { MessageTemplate } from '../render-template.ts';
import partials from './partials.ts';

export default {
  subject: '[{{reference}}] Uw {{typeLabel}} is gesloten',
  body: `Beste {{name}},

Op {{receivedDate}} hebben wij uw {{typeLabel}} ontvangen, met kenmerk {{reference}}. Wij hebben u gevraagd uw e-mailadres te bevestigen, en dat is niet binnen {{closeAfterDays}} dagen gebeurd. Daarom hebben wij het verzoek gesloten zonder er iets mee te doen: wij kunnen een verzoek alleen uitvoeren als wij weten dat het adres waarvan het kwam van u is (artikel 12, lid 6, AVG).

U kunt het verzoek altijd opnieuw indienen; bevestig dan uw adres wanneer wij daarom vragen.

{{> rightsOfRecourse}}

Hebt u dit verzoek niet verstuurd, dan kunt u deze e-mail negeren.

{{> signature}}`,
  partials,
} satisfies MessageTemplate;
