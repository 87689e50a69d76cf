import type { MessageTemplate } from '../render-template.ts';
import partials from './partials.ts';

export default {
  subject: '[{{reference}}] Ny dato for svaret på din {{typeLabel}}',
  body: `Kære {{name}}

Vi modtog din henvendelse (sag {{reference}}) den {{receivedDate}}. Vi har læst den og behandler den som din {{typeLabel}}. Fristen for vores svar regnes fra den dag, vi modtog din henvendelse, efter reglerne for denne type sager. Du får derfor svar fra os senest den {{targetDate}} i stedet for den {{previousDueDate}}, som vi skrev tidligere.

Hvis du har spørgsmål, kan du svare på denne e-mail.

{{> signature}}

{{> staffText}}`,
  partials,
} satisfies MessageTemplate;
