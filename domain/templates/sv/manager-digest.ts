import type { MessageTemplate } from '../render-template.ts';

/** `en/manager-digest.ts` in Swedish. */
export default {
  subject:
    'Privacy Desk daglig översikt {{teamName}}, {{digestDate}}: {{overdueCount}} försenade, {{dueThisWeekCount}} med tidsfrist denna vecka',
  body: `Hej {{managerName}},

Öppna ärenden i {{teamName}} per {{digestDate}}: {{overdueCount}} försenade, {{dueThisWeekCount}} med tidsfrist denna vecka, {{laterCount}} med senare tidsfrist ({{totalCount}} öppna).

Försenade ({{overdueCount}}):
{{overdueLines}}

Tidsfrist denna vecka ({{dueThisWeekCount}}):
{{dueThisWeekLines}}

Senare tidsfrist ({{laterCount}}):
{{laterLines}}

Varje rad: referens, typ, status, mottaget, tidsfrist. Översikten innehåller inget av innehållet i begärandena.

{{#consoleUrl}}
Ärendena i handläggarkonsolen: {{consoleUrl}}
{{/consoleUrl}}

Privacy Desk`,
} satisfies MessageTemplate;
