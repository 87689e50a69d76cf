import type { MessageTemplate } from '../render-template.ts';
import partials from './partials.ts';

export default {
  subject: '[{{reference}}] Ny svarfrist for din {{typeLabel}}',
  body: `Hei {{name}},

Vi mottok meldingen din (sak {{reference}}) den {{receivedDate}}. Etter å ha lest den behandler vi den som din {{typeLabel}}. Fristen for svaret vårt regnes fra den dagen vi mottok meldingen din, etter reglene for denne typen henvendelser. Du får derfor svar fra oss senest {{targetDate}}, i stedet for {{previousDueDate}}, som vi skrev tidligere.

Hvis du har spørsmål, kan du svare på denne e-posten.

{{> signature}}

{{> staffText}}`,
  partials,
} satisfies MessageTemplate;
