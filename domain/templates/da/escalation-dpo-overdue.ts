import type { MessageTemplate } from '../render-template.ts';
import partials from './staff-partials.ts';

/** `en/escalation-dpo-overdue.ts` in Danish. */
export default {
  subject: '[{{reference}}] {{overdueBy}} over fristen: {{typeLabel}}',
  body: `Hej,

Sag {{reference}} har overskredet fristen {{dueDateTime}} og er {{overdueBy}} over fristen.

Hvorfor du får denne besked: {{reason}}.

Sag: {{reference}}
Type: {{typeLabel}}
Team: {{teamName}} (leder: {{managerName}})
Sagsbehandler: {{assigneeName}}
Status: {{statusLabel}}
Modtaget: {{receivedDate}}
Første svar sendt: {{firstResponse}}

Du modtager dette som databeskyttelsesrådgiver og igen med {{repeatHours}} timers mellemrum, så længe fristen er overskredet.
{{> noRequestContent}}

{{> caseInConsole}}

Privacy Desk`,
  partials,
} satisfies MessageTemplate;
