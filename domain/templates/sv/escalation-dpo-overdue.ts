import type { MessageTemplate } from '../render-template.ts';
import partials from './staff-partials.ts';

/** `en/escalation-dpo-overdue.ts` in Swedish. */
export default {
  subject: '[{{reference}}] {{overdueBy}} efter tidsfristen: {{typeLabel}}',
  body: `Hej,

Ärende {{reference}} har passerat tidsfristen {{dueDateTime}} och är försenat med {{overdueBy}}.

Varför du får detta: {{reason}}.

Ärende: {{reference}}
Typ: {{typeLabel}}
Team: {{teamName}} (chef: {{managerName}})
Handläggare: {{assigneeName}}
Status: {{statusLabel}}
Mottaget: {{receivedDate}}
Första svar skickat: {{firstResponse}}

Du får detta som dataskyddsombud, och på nytt med {{repeatHours}} timmars mellanrum så länge ärendet är försenat.
{{> noRequestContent}}

{{> caseInConsole}}

Privacy Desk`,
  partials,
} satisfies MessageTemplate;
