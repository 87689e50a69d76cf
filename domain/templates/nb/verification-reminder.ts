import type { MessageTemplate } from '../render-template.ts';
import partials from './partials.ts';

export default {
  subject: '[{{reference}}] Bekreft e-postadressen din for din {{typeLabel}}',
  body: `Hei {{name}},

Den {{receivedDate}} mottok vi din {{typeLabel}} med saksnummer {{reference}}. Før vi kan begynne å behandle den, må vi vite at denne e-postadressen er din, og du har ikke bekreftet den ennå.

Åpne denne lenken for å bekrefte adressen:
{{verificationUrl}}

Hvis du ikke har bekreftet adressen senest {{closeDate}}, avslutter vi saken. Hvis det ikke var du som sendte denne henvendelsen, kan du se bort fra denne e-posten.

{{> signature}}`,
  partials,
} satisfies MessageTemplate;
