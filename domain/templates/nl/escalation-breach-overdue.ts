import type { MessageTemplate } from '../render-template.ts';
import partials from './partials.ts';
import staffPartials from './staff-partials.ts';

/** `en/escalation-breach-overdue.ts` in Dutch. */
export default {
  subject: '[{{reference}}] Melding datalek {{overdueBy}} over de termijn',
  body: `Hallo,

Mogelijk datalek {{reference}}: de 72 uur om de toezichthoudende autoriteit te informeren (art. 33 AVG) eindigden op {{dueDateTime}}, {{overdueBy}} geleden. Een melding na de termijn moet de redenen voor de vertraging vermelden.

Waarom u dit ontvangt: {{reason}}.

{{> caseFacts}}
Ontvangen: {{receivedDateTime}}

Deze waarschuwing wordt elke {{repeatHours}} uur herhaald zolang de melding openstaat. Ze bevat niets van de inhoud van de melding.

{{> caseInConsole}}

Privacy Desk`,
  partials: { ...partials, ...staffPartials },
} satisfies MessageTemplate;
