import type { MessageTemplate } from '../render-template.ts';
import partials from './staff-partials.ts';

/** `en/escalation-reminder.ts` in Swedish. */
export default {
  subject: '[{{reference}}] Påminnelse: {{typeLabel}}, svar senast {{targetDate}}',
  body: `Hej,

{{#toManager}}
Ärende {{reference}} saknar handläggare, därför går den här påminnelsen till dig som teamchef. Tilldela det eller ta det själv.
{{/toManager}}
Ärende {{reference}} ska besvaras senast den {{targetDate}}. Den lagstadgade tidsfristen är {{dueDateTime}}: {{timeLeft}} kvar.

Varför du får detta: {{reason}}.

{{> caseFacts}}
Mottaget: {{receivedDate}}
Tidsfrist: {{dueDateTime}}
Första svar skickat: {{firstResponse}}

{{> noRequestContent}} Öppna ärendet i desken för att arbeta med det.

{{> caseInConsole}}

Privacy Desk`,
  partials,
} satisfies MessageTemplate;
