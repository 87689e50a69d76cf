import type { MessageTemplate } from '../render-template.ts';
import partials from './partials.ts';

/** Aan de aanvrager: de uitschrijving voor marketing is uitgevoerd. */
export default {
  subject: '[{{reference}}] U ontvangt geen marketing meer van ons',
  body: `Beste {{name}},

Wij hebben uw {{typeLabel}} ontvangen op {{receivedDate}} en uitgevoerd: uw e-mailadres staat op onze lijst van uitgeschreven adressen. Wij sturen u geen marketingberichten meer en gebruiken uw gegevens niet meer voor marketingprofilering. Het kenmerk van uw zaak is {{reference}}.

Berichten over een dienst die u gebruikt of een overeenkomst die u met ons hebt, zijn geen marketing en kunnen u nog wel bereiken.

Hebt u hier niet om gevraagd, of hebt u een vraag, beantwoord dan gewoon deze e-mail.

{{> signature}}`,
  partials,
} satisfies MessageTemplate;
