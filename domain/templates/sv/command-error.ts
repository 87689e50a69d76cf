import type { MessageTemplate } from '../render-template.ts';

/** `en/command-error.ts` in Swedish. */
export default {
  subject: '[{{reference}}] Ditt svar genomfördes inte',
  body: `{{^textFiled}}
Ditt svar i ärende {{reference}} genomfördes inte: ingenting ändrades och ingenting skickades till den registrerade.
{{/textFiled}}
{{#textFiled}}
Kommandona i ditt meddelande i ärende {{reference}} utfördes inte. Din text sparades i ärendet men skickades inte till den registrerade.
{{/textFiled}}

{{errorList}}

Kommandon skrivs överst i svaret, ett per rad, före texten till den registrerade:
{{usage}}

Rätta kommandona och svara på det här meddelandet igen: svarsadressen är din för det här ärendet.`,
} satisfies MessageTemplate;
