import type { MessageTemplate } from '../render-template.ts';
import partials from './staff-partials.ts';

/** `en/opt-out-fyi.ts` in Danish. */
export default {
  subject: '[{{reference}}] Til orientering: framelding af markedsføring håndteret',
  body: `Hej {{recipientName}},

Til orientering: desken har selv håndteret en framelding af markedsføring. Den registreredes e-mailadresse står på deskens spærreliste for markedsføring (som nøglebaseret hash), den registrerede har fået en bekræftelse, og sagen er afsluttet som imødekommet. Der skal ikke gøres mere i desken.

Desken har lagt adressen i spærrekøen, som markedsføringssystemerne læser. Sørg for, at markedsføringssystemer, der hverken læser den kø eller deskens liste, også holder op med at sende e-mails til adressen.

Reference: {{reference}}
Modtaget: {{receivedDate}}{{^contentInConsole}}
Navn: {{name}}
E-mail: {{email}}
{{#company}}
Virksomhed: {{company}}
{{/company}}

Besked:
{{message}}{{/contentInConsole}}

{{> contentInConsole}}

Hvis noget ikke stemmer, så besvar denne e-mail.

{{> personalDataWarning}}`,
  partials,
} satisfies MessageTemplate;
