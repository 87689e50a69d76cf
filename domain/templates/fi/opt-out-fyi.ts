import type { MessageTemplate } from '../render-template.ts';
import partials from './staff-partials.ts';

/** `en/opt-out-fyi.ts` in Finnish. */
export default {
  subject: '[{{reference}}] Tiedoksi: suoramarkkinointikielto käsitelty',
  body: `Hei {{recipientName}},

Tiedoksi: desk on käsitellyt suoramarkkinointikiellon itse. Rekisteröidyn sähköpostiosoite on deskin markkinoinnin estolistalla (avaimella laskettuna tiivisteenä), rekisteröity on saanut vahvistuksen, ja asia on suljettu toteutettuna. Deskissä ei tarvitse tehdä mitään.

Desk on lisännyt osoitteen estojonoon, jota markkinointijärjestelmät lukevat. Varmista, että myös ne markkinointijärjestelmät, jotka eivät lue jonoa eivätkä deskin listaa, lopettavat postituksen tähän osoitteeseen.

Viite: {{reference}}
Vastaanotettu: {{receivedDate}}{{^contentInConsole}}
Nimi: {{name}}
Sähköposti: {{email}}
{{#company}}
Yritys: {{company}}
{{/company}}

Viesti:
{{message}}{{/contentInConsole}}

{{> contentInConsole}}

Jos jokin ei täsmää, vastaa tähän viestiin.

{{> personalDataWarning}}`,
  partials,
} satisfies MessageTemplate;
