import type { MessageTemplate } from '../render-template.ts';
import partials from './partials.ts';

export default {
  subject: '[{{reference}}] Din {{typeLabel}} har avslutats',
  body: `Hej {{name}},

Den {{receivedDate}} tog vi emot din {{typeLabel}} med ärendenummer {{reference}}. Vi bad dig bekräfta din e-postadress, och den bekräftades inte inom {{closeAfterDays}} dagar. Vi har därför avslutat ärendet utan att vidta några åtgärder: Vi kan inte handlägga en begäran utan att veta att adressen den kom från är din (artikel 12.6 i dataskyddsförordningen).

Du är alltid välkommen att skicka in din begäran igen. Bekräfta då din adress när vi ber dig om det.

{{> rightsOfRecourse}}

Om det inte är du som har skickat in ärendet kan du bortse från det här mejlet.

{{> signature}}`,
  partials,
} satisfies MessageTemplate;
