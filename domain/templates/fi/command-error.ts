import type { MessageTemplate } from '../render-template.ts';

/** `en/command-error.ts` in Finnish. */
export default {
  subject: '[{{reference}}] Vastaustasi ei käsitelty',
  body: `{{^textFiled}}
Vastaustasi asiassa {{reference}} ei käsitelty: mitään ei muutettu eikä rekisteröidylle lähetetty mitään.
{{/textFiled}}
{{#textFiled}}
Viestisi komentoja asiassa {{reference}} ei suoritettu. Tekstisi tallennettiin asiaan, mutta sitä ei lähetetty rekisteröidylle.
{{/textFiled}}

{{errorList}}

Komennot kirjoitetaan vastauksen alkuun, yksi riviä kohden, ennen rekisteröidylle tarkoitettua tekstiä:
{{usage}}

Korjaa komennot ja vastaa tähän viestiin uudelleen: sen vastausosoite on sinun tätä asiaa varten.`,
} satisfies MessageTemplate;
