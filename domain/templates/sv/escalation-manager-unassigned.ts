import type { MessageTemplate } from '../render-template.ts';
import partials from './staff-partials.ts';

/** `en/escalation-manager-unassigned.ts` in Swedish. */
export default {
  subject: '[{{reference}}] Utan handläggare i {{unassignedFor}}: {{typeLabel}}',
  body: `Hej,

Ärende {{reference}} i ditt team har saknat handläggare i {{unassignedFor}}. Ingen i teamet kunde ta det, eller fördelningen är inte klar.

Varför du får detta: {{reason}}.

Ärende: {{reference}}
Typ: {{typeLabel}}
Team: {{teamName}}
Status: {{statusLabel}}
Mottaget: {{receivedDate}}
Tidsfrist: {{dueDateTime}} ({{timeLeftOrOverdue}})

Tilldela ärendet till någon i teamet, eller ta det själv.
{{> noRequestContent}}

{{> caseInConsole}}

Privacy Desk`,
  partials,
} satisfies MessageTemplate;
