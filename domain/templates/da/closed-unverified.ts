import type { MessageTemplate } from '../render-template.ts';
import partials from './partials.ts';

export default {
  subject: '[{{reference}}] Din {{typeLabel}} er afsluttet',
  body: `Kære {{name}}

Den {{receivedDate}} modtog vi din {{typeLabel}} med sagsnummer {{reference}}. Vi bad dig bekræfte din e-mailadresse, og det er ikke sket inden for {{closeAfterDays}} dage. Vi har derfor lukket sagen uden at foretage os noget: Vi kan ikke behandle en anmodning, medmindre vi ved, at den adresse, den kom fra, er din (databeskyttelsesforordningens artikel 12, stk. 6).

Du er altid velkommen til at sende din anmodning igen. Bekræft i så fald din adresse, når vi beder dig om det.

{{> rightsOfRecourse}}

Hvis det ikke er dig, der har sendt henvendelsen, kan du se bort fra denne e-mail.

{{> signature}}`,
  partials,
} satisfies MessageTemplate;
