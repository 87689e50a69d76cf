import type { MessageTemplate } from '../render-template.ts';
import partials from './partials.ts';

export default {
  subject: '[{{reference}}] Din afmelding af markedsføring er registreret',
  body: `Kære {{name}}

Vi modtog din {{typeLabel}} den {{receivedDate}}. Vi har gjort følgende:

- Din e-mailadresse har siden den {{suppressedDate}} stået på vores spærreliste for markedsføring.
- Vi har givet din afmelding videre til vores markedsføringssystemer. Inden for {{marketingSystemsWorkingDays}} arbejdsdage, senest den {{dueDate}}, holder de op med at sende dig markedsføring pr. e-mail og med at bruge dine oplysninger til profilering til markedsføringsformål. En markedsføringsmail, der allerede var undervejs, kan stadig nå frem til dig indtil da.

Meddelelser om en tjeneste, du bruger, eller en aftale, du har med os, er ikke markedsføring og kan stadig blive sendt til dig.

Dit sagsnummer er {{reference}}. Hvis du ikke har bedt om dette, eller hvis du har spørgsmål, kan du blot svare på denne e-mail.

{{> signature}}`,
  partials,
} satisfies MessageTemplate;
