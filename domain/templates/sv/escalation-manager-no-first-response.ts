import type { MessageTemplate } from '../render-template.ts';
import partials from './staff-partials.ts';

/** `en/escalation-manager-no-first-response.ts` in Swedish. */
export default {
  subject: '[{{reference}}] Inget första svar ännu, tidsfrist {{dueDate}} ({{timeLeft}} kvar)',
  body: `Hej,

Ärende {{reference}} i ditt team har tidsfrist den {{dueDate}} ({{timeLeft}} kvar), och den registrerade har ännu inte fått något första svar.

Varför du får detta: {{reason}}.

{{> caseFacts}}
Mottaget: {{receivedDate}}
Tidsfrist: {{dueDateTime}}

Stäm av med handläggaren eller fördela om ärendet.
{{> noRequestContent}}

{{> caseInConsole}}

Privacy Desk`,
  partials,
} satisfies MessageTemplate;
