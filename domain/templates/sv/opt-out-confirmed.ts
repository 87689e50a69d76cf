import type { MessageTemplate } from '../render-template.ts';
import partials from './partials.ts';

export default {
  subject: '[{{reference}}] Vi har registrerat att du inte vill få marknadsföring',
  body: `Hej {{name}},

Vi tog emot din {{typeLabel}} den {{receivedDate}}. Så här har vi gjort:

- Din e-postadress finns sedan den {{suppressedDate}} på vår spärrlista för marknadsföring.
- Vi har skickat din begäran vidare till våra marknadsföringssystem. Inom {{marketingSystemsWorkingDays}} arbetsdagar, senast den {{dueDate}}, slutar de att skicka marknadsföring till dig via e-post och att använda dina uppgifter för profilering i marknadsföringssyfte. Ett marknadsföringsutskick som redan var på väg kan fortfarande nå dig fram till dess.

Meddelanden om en tjänst du använder eller ett avtal du har med oss är inte marknadsföring och kan fortfarande skickas till dig.

Ditt ärendenummer är {{reference}}. Om du inte har bett om detta, eller om du har frågor, kan du helt enkelt svara på det här mejlet.

{{> signature}}`,
  partials,
} satisfies MessageTemplate;
