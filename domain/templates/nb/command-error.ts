import type { MessageTemplate } from '../render-template.ts';

/** `en/command-error.ts` in Norwegian (Bokmål). */
export default {
  subject: '[{{reference}}] Svaret ditt ble ikke utført',
  body: `{{^textFiled}}
Svaret ditt i sak {{reference}} ble ikke utført: ingenting ble endret, og ingenting ble sendt til den registrerte.
{{/textFiled}}
{{#textFiled}}
Kommandoene i e-posten din i sak {{reference}} ble ikke utført. Teksten din ble arkivert i saken, men ikke sendt til den registrerte.
{{/textFiled}}

{{errorList}}

Kommandoer skrives øverst i svaret, én per linje, før teksten til den registrerte:
{{usage}}

Rett kommandoene og svar på denne e-posten på nytt: svaradressen er din for denne saken.`,
} satisfies MessageTemplate;
