import type { MessageTemplate } from '../render-template.ts';
import partials from './staff-partials.ts';

/** `en/escalation-breach-overdue.ts` in Swedish. */
export default {
  subject: '[{{reference}}] Incidentrapport {{overdueBy}} efter tidsfristen',
  body: `Hej,

Möjlig personuppgiftsincident {{reference}}: de 72 timmarna för att anmäla till tillsynsmyndigheten (GDPR art. 33) löpte ut {{dueDateTime}}, för {{overdueBy}} sedan. En försenad anmälan måste ange skälen till förseningen.

Varför du får detta: {{reason}}.

{{> caseFacts}}
Mottaget: {{receivedDateTime}}

Den här varningen upprepas med {{repeatHours}} timmars mellanrum så länge incidenten är öppen. Den innehåller inget av rapportens innehåll.

{{> caseInConsole}}

Privacy Desk`,
  partials,
} satisfies MessageTemplate;
