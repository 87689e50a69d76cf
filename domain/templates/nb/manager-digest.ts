import type { MessageTemplate } from '../render-template.ts';

/** `en/manager-digest.ts` in Norwegian (Bokmål). */
export default {
  subject:
    'Privacy Desk daglig oversikt {{teamName}}, {{digestDate}}: {{overdueCount}} over fristen, {{dueThisWeekCount}} med frist denne uken',
  body: `Hei {{managerName}},

Åpne saker i {{teamName}} per {{digestDate}}: {{overdueCount}} over fristen, {{dueThisWeekCount}} med frist denne uken, {{laterCount}} med senere frist ({{totalCount}} åpne).

Over fristen ({{overdueCount}}):
{{overdueLines}}

Frist denne uken ({{dueThisWeekCount}}):
{{dueThisWeekLines}}

Senere frist ({{laterCount}}):
{{laterLines}}

Hver linje: referanse, type, status, mottatt, frist. Denne oversikten inneholder ikke noe av innholdet i henvendelsene.

{{#consoleUrl}}
Sakene i saksbehandlerkonsollen: {{consoleUrl}}
{{/consoleUrl}}

Privacy Desk`,
} satisfies MessageTemplate;
