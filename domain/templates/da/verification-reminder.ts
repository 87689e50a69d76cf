import type { MessageTemplate } from '../render-template.ts';
import partials from './partials.ts';

export default {
  subject: '[{{reference}}] Bekræft din e-mailadresse vedrørende din {{typeLabel}}',
  body: `Kære {{name}}

Den {{receivedDate}} modtog vi din {{typeLabel}} med sagsnummer {{reference}}. Før vi kan gå i gang med den, skal vi vide, at denne e-mailadresse er din, og du har endnu ikke bekræftet den.

Åbn dette link for at bekræfte adressen:
{{verificationUrl}}

Hvis du ikke har bekræftet adressen senest den {{closeDate}}, lukker vi sagen. Hvis det ikke er dig, der har sendt henvendelsen, kan du se bort fra denne e-mail.

{{> signature}}`,
  partials,
} satisfies MessageTemplate;
