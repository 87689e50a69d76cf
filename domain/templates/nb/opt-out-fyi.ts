import type { MessageTemplate } from '../render-template.ts';
import partials from './staff-partials.ts';

/** `en/opt-out-fyi.ts` in Norwegian (Bokmål). */
export default {
  subject: '[{{reference}}] Til orientering: reservasjon mot markedsføring behandlet',
  body: `Hei {{recipientName}},

Til orientering: desken har selv behandlet en reservasjon mot markedsføring. E-postadressen til den registrerte står på deskens sperreliste for markedsføring (som nøkkelbasert hash), den registrerte har fått en bekreftelse, og saken er avsluttet som innvilget. Det er ingenting mer å gjøre i desken.

Desken har lagt adressen i sperrekøen som markedsføringssystemene leser. Sørg for at markedsføringssystemer som verken leser den køen eller deskens liste, også slutter å sende e-post til denne adressen.

Referanse: {{reference}}
Mottatt: {{receivedDate}}{{^contentInConsole}}
Navn: {{name}}
E-post: {{email}}
{{#company}}
Firma: {{company}}
{{/company}}

Melding:
{{message}}{{/contentInConsole}}

{{> contentInConsole}}

Hvis noe ikke stemmer, svar på denne e-posten.

{{> personalDataWarning}}`,
  partials,
} satisfies MessageTemplate;
