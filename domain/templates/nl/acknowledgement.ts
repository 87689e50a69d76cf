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
{{^controllerIsCustomer}}
{{#isOptOut}}
Wij verwerken uw afmelding direct. U ontvangt een aparte e-mail waarin wij bevestigen wat wij hebben gedaan en vanaf wanneer het ingaat.
{{/isOptOut}}
{{^isOptOut}}
Onze vertegenwoordiger zal contact met u opnemen. Wij antwoorden uiterlijk op {{targetDate}}.
{{/isOptOut}}
{{/controllerIsCustomer}}
{{/isBreach}}

{{#controllerIsCustomer}}
Let op: voor {{serviceName}} verwerken wij persoonsgegevens in opdracht van onze klant, de organisatie die de dienst gebruikt (bijvoorbeeld uw werkgever). Die klant is de verwerkingsverantwoordelijke voor uw gegevens: de klant beslist over uw verzoek en beantwoordt het. Wij sturen uw verzoek onverwijld door aan de klant en helpen bij de beantwoording. Omdat de klant beslist, kunnen wij u geen datum voor het antwoord toezeggen; u kunt zich ook rechtstreeks tot de klant wenden.
{{/controllerIsCustomer}}

{{#trustCentreUrl}}
Het actuele overzicht van onze subverwerkers staat in ons Trust Centre:
{{trustCentreUrl}}
{{/trustCentreUrl}}

{{#isComplaint}}
{{> complaintRights}}
{{/isComplaint}}

U kunt uw zaak hier volgen:
{{statusUrl}}

{{> signature}}`,
  partials,
} satisfies MessageTemplate;
