import type { MessageTemplate } from '../render-template.ts';
import partials from './partials.ts';

export default {
  subject: '[{{reference}}] Bekräfta din e-postadress för din {{typeLabel}}',
  body: `Hej {{name}},

Den {{receivedDate}} tog vi emot din {{typeLabel}} med ärendenummer {{reference}}. Innan vi kan börja handlägga ärendet behöver vi veta att den här e-postadressen är din, och du har ännu inte bekräftat den.

Öppna den här länken för att bekräfta adressen:
{{verificationUrl}}

Om du inte har bekräftat adressen senast den {{closeDate}} avslutar vi ärendet. Om det inte är du som har skickat in ärendet kan du bortse från det här mejlet.

{{> signature}}`,
  partials,
} satisfies MessageTemplate;
