import type { MessageTemplate } from '../render-template.ts';

/** `en/manager-digest.ts` in Danish. */
export default {
  subject:
    'Privacy Desk daglig oversigt {{teamName}}, {{digestDate}}: {{overdueCount}} over fristen, {{dueThisWeekCount}} med frist i denne uge',
  body: `Hej {{managerName}},

Åbne sager i {{teamName}} pr. {{digestDate}}: {{overdueCount}} over fristen, {{dueThisWeekCount}} med frist i denne uge, {{laterCount}} med senere frist ({{totalCount}} åbne).

Over fristen ({{overdueCount}}):
{{overdueLines}}

Frist i denne uge ({{dueThisWeekCount}}):
{{dueThisWeekLines}}

Senere frist ({{laterCount}}):
{{laterLines}}

Hver linje: reference, type, status, modtaget, frist. Denne oversigt indeholder intet af henvendelsernes indhold.

{{#consoleUrl}}
Sagerne i sagsbehandlerkonsollen: {{consoleUrl}}
{{/consoleUrl}}

Privacy Desk`,
} satisfies MessageTemplate;
