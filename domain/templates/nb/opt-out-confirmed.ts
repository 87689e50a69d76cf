import type { MessageTemplate } from '../render-template.ts';
import partials from './partials.ts';

export default {
  subject: '[{{reference}}] Reservasjonen din mot markedsføring er registrert',
  body: `Hei {{name}},

Vi mottok din {{typeLabel}} den {{receivedDate}}. Dette har vi gjort:

- E-postadressen din har stått på sperrelisten vår for markedsføring siden {{suppressedDate}}.
- Vi har sendt reservasjonen din videre til markedsføringssystemene våre. Innen {{marketingSystemsWorkingDays}} arbeidsdager, senest {{dueDate}}, slutter de å sende deg markedsføring på e-post og å bruke opplysningene dine til profilering for markedsføringsformål. En markedsføringsmelding som allerede var på vei, kan likevel nå deg fram til da.

Meldinger om en tjeneste du bruker eller en avtale du har med oss, er ikke markedsføring og kan fortsatt bli sendt til deg.

Saksnummeret ditt er {{reference}}. Hvis du ikke har bedt om dette, eller hvis du har spørsmål, kan du bare svare på denne e-posten.

{{> signature}}`,
  partials,
} satisfies MessageTemplate;
