import type { MessageTemplate } from '../render-template.ts';
import partials from './staff-partials.ts';

/** `en/escalation-dpo-overdue.ts` in Norwegian (Bokmål). */
export default {
  subject: '[{{reference}}] {{overdueBy}} over fristen: {{typeLabel}}',
  body: `Hei,

Sak {{reference}} har passert fristen {{dueDateTime}} og er {{overdueBy}} over fristen.

Hvorfor du får dette: {{reason}}.

Sak: {{reference}}
Type: {{typeLabel}}
Team: {{teamName}} (leder: {{managerName}})
Saksbehandler: {{assigneeName}}
Status: {{statusLabel}}
Mottatt: {{receivedDate}}
Første svar sendt: {{firstResponse}}

Du får dette som personvernombud, og på nytt med {{repeatHours}} timers mellomrom så lenge fristen er oversittet.
{{> noRequestContent}}

{{> caseInConsole}}

Privacy Desk`,
  partials,
} satisfies MessageTemplate;
