import type { MessageTemplate } from '../render-template.ts';
import partials from './partials.ts';

export default {
  subject: '[{{reference}}] Din {{typeLabel}} er avsluttet',
  body: `Hei {{name}},

Den {{receivedDate}} mottok vi din {{typeLabel}} med saksnummer {{reference}}. Vi ba deg bekrefte e-postadressen din, og den ble ikke bekreftet innen {{closeAfterDays}} dager. Vi har derfor avsluttet saken uten å gjøre noe med den: Vi kan ikke etterkomme en anmodning uten å vite at adressen den kom fra, er din (personvernforordningen artikkel 12 nr. 6).

Du er velkommen til å sende anmodningen på nytt når som helst. Bekreft da adressen din når vi ber deg om det.

{{> rightsOfRecourse}}

Hvis det ikke var du som sendte denne henvendelsen, kan du se bort fra denne e-posten.

{{> signature}}`,
  partials,
} satisfies MessageTemplate;
