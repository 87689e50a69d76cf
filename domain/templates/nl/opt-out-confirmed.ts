import type { MessageTemplate } from '../render-template.ts';
import partials from './partials.ts';

/**
 * Aan de aanvrager: de afmelding voor marketing is vastgelegd. Belooft alleen wat de desk in de hand
 * heeft (de eigen lijst, direct) en voor de marketingsystemen het ingestelde aantal werkdagen.
 */
export default {
  subject: '[{{reference}}] Uw afmelding voor marketing is vastgelegd',
  body: `Beste {{name}},

Wij hebben uw {{typeLabel}} ontvangen op {{receivedDate}}. Dit hebben wij gedaan:

- Uw e-mailadres staat sinds {{suppressedDate}} op onze lijst van adressen die geen marketing meer ontvangen.
- Wij hebben uw afmelding doorgegeven aan onze marketingsystemen. Binnen {{marketingSystemsWorkingDays}} werkdagen, uiterlijk op {{dueDate}}, sturen die u geen marketing-e-mail meer en gebruiken zij uw gegevens niet meer voor marketingprofilering. Een marketingbericht dat al onderweg was, kan u tot dan nog bereiken.

Berichten over een dienst die u gebruikt of een overeenkomst die u met ons hebt, zijn geen marketing en kunnen u nog wel bereiken.

Het kenmerk van uw zaak is {{reference}}. Hebt u hier niet om gevraagd, of hebt u een vraag, beantwoord dan gewoon deze e-mail.

{{> signature}}`,
  partials,
} satisfies MessageTemplate;
