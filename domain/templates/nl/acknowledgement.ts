import type { MessageTemplate } from '../render-template.ts';
import partials from './partials.ts';

export default {
  subject: '[{{reference}}] Wij hebben uw {{typeLabel}} ontvangen',
  body: `Beste {{name}},

Dank u voor uw bericht. Wij hebben uw {{typeLabel}} ontvangen op {{receivedDate}}. Het kenmerk van uw zaak is {{reference}}; vermeld dit bij alle correspondentie over dit verzoek.

{{#verificationUrl}}
Voordat wij kunnen beginnen, vragen wij u te bevestigen dat dit e-mailadres van u is. Open daarvoor deze link:
{{verificationUrl}}
Wij nemen het verzoek pas in behandeling nadat u het hebt bevestigd. Hebt u dit verzoek niet verstuurd, dan kunt u deze e-mail negeren.
{{/verificationUrl}}

{{#isBreach}}
Onze functionaris voor gegevensbescherming is gewaarschuwd en bekijkt uw melding met de hoogste prioriteit.
{{/isBreach}}
{{^isBreach}}
Onze vertegenwoordiger zal contact met u opnemen. Wij antwoorden uiterlijk op {{targetDate}}.
{{/isBreach}}

{{#controllerIsCustomer}}
Let op: voor {{serviceName}} verwerken wij persoonsgegevens in opdracht van onze klant, uw werkgever of de organisatie die de dienst gebruikt. Die klant is de verwerkingsverantwoordelijke voor uw gegevens en beslist over uw verzoek; wij geven het aan hen door en helpen hen het te beantwoorden.
{{/controllerIsCustomer}}

{{#isComplaint}}
{{> complaintRights}}
{{/isComplaint}}

U kunt uw zaak hier volgen:
{{statusUrl}}

{{> signature}}`,
  partials,
} satisfies MessageTemplate;
