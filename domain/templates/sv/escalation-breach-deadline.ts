import type { MessageTemplate } from '../render-template.ts';
import partials from './staff-partials.ts';

/** `en/escalation-breach-deadline.ts` in Swedish. */
export default {
  subject: '[{{reference}}] Incidentrapport: {{timeLeft}} kvar att anmäla till tillsynsmyndigheten',
  body: `Hej,

Möjlig personuppgiftsincident {{reference}}: de 72 timmarna för att anmäla till tillsynsmyndigheten (GDPR art. 33) löper ut {{dueDateTime}}, om {{timeLeft}}.

Varför du får detta: {{reason}}.

{{> caseFacts}}
Mottaget: {{receivedDateTime}}

Den här varningen går till dataskyddsombudet och teamchefen och innehåller inget av rapportens innehåll.

{{> caseInConsole}}

Privacy Desk`,
  partials,
} satisfies MessageTemplate;
