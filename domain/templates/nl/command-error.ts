import type { MessageTemplate } from '../render-template.ts';

/** `en/command-error.ts` in Dutch. */
export default {
  subject: '[{{reference}}] Uw antwoord is niet verwerkt',
  body: `{{^textFiled}}
Uw antwoord in zaak {{reference}} is niet verwerkt: er is niets gewijzigd en niets naar de aanvrager gestuurd.
{{/textFiled}}
{{#textFiled}}
De opdrachten in uw e-mail in zaak {{reference}} zijn niet uitgevoerd. Uw tekst is in de zaak vastgelegd, maar niet naar de aanvrager gestuurd.
{{/textFiled}}

{{errorList}}

Opdrachten staan bovenaan het antwoord, één per regel, vóór de tekst voor de aanvrager:
{{usage}}

Verbeter de opdrachten en beantwoord deze e-mail opnieuw: het antwoordadres is dat van u voor deze zaak.`,
} satisfies MessageTemplate;
