import type { MessageTemplate } from '../render-template.ts';

/** `en/dpo-digest.ts` in Norwegian (Bokmål). */
export default {
  subject: 'Privacy Desk ukeoversikt {{digestDate}}: {{overdueCount}} over fristen, {{refusedCount}} avslått',
  body: `Hei {{dpoName}},

Konsernets henvendelser per {{digestDate}}, alle team: {{openCount}} åpne, {{dueThisWeekCount}} med frist denne uken, {{overdueCount}} over fristen, {{extendedCount}} forlenget; {{refusedCount}} avslått fra {{sinceDate}} til {{untilDate}}.

Per team (åpne / frist denne uken / over fristen / forlenget / avslått):
{{teamLines}}

«Frist denne uken» teller åpne saker med frist innen sju dager fra i dag som ennå ikke er over fristen; «forlenget» teller åpne saker der fristen er forlenget (GDPR art. 12(3)); «avslått» teller henvendelser avsluttet med avslag de siste sju dagene. Hver teamleder får teamets saker med referanse i den daglige oversikten. Denne oversikten inneholder bare antall, ikke noe av innholdet i henvendelsene.

{{#consoleUrl}}
Sakene i saksbehandlerkonsollen: {{consoleUrl}}
{{/consoleUrl}}

Privacy Desk`,
} satisfies MessageTemplate;
