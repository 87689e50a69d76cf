import type { MessageTemplate } from '../render-template.ts';

/** `en/command-error.ts` in Danish. */
export default {
  subject: '[{{reference}}] Dit svar blev ikke gennemført',
  body: `{{^textFiled}}
Dit svar i sag {{reference}} blev ikke gennemført: intet blev ændret, og intet blev sendt til den registrerede.
{{/textFiled}}
{{#textFiled}}
Kommandoerne i din e-mail i sag {{reference}} blev ikke udført. Din tekst blev journaliseret i sagen, men ikke sendt til den registrerede.
{{/textFiled}}

{{errorList}}

Kommandoer skrives øverst i svaret, én pr. linje, før teksten til den registrerede:
{{usage}}

Ret kommandoerne, og besvar denne e-mail igen: svaradressen er din for denne sag.`,
} satisfies MessageTemplate;
