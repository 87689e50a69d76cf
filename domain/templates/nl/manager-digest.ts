import type { MessageTemplate } from '../render-template.ts';

/** `en/manager-digest.ts` in Dutch. */
export default {
  subject:
    'Privacy Desk dagoverzicht {{teamName}}, {{digestDate}}: {{overdueCount}} over de termijn, {{dueThisWeekCount}} met termijn deze week',
  body: `Beste {{managerName}},

De openstaande zaken van {{teamName}} op {{digestDate}}: {{overdueCount}} over de termijn, {{dueThisWeekCount}} met een termijn die deze week afloopt, {{laterCount}} met een latere termijn ({{totalCount}} open).

Over de termijn ({{overdueCount}}):
{{overdueLines}}

Termijn loopt deze week af ({{dueThisWeekCount}}):
{{dueThisWeekLines}}

Latere termijn ({{laterCount}}):
{{laterLines}}

Elke regel: kenmerk, type, status, ontvangen, termijn. Dit overzicht bevat niets van de inhoud van de verzoeken.

{{#consoleUrl}}
De zaken in de medewerkersconsole: {{consoleUrl}}
{{/consoleUrl}}

Privacy Desk`,
} satisfies MessageTemplate;
