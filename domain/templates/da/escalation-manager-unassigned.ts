import type { MessageTemplate } from '../render-template.ts';
import partials from './staff-partials.ts';

/** `en/escalation-manager-unassigned.ts` in Danish. */
export default {
  subject: '[{{reference}}] Uden sagsbehandler i {{unassignedFor}}: {{typeLabel}}',
  body: `Hej,

Sag {{reference}} i dit team har været uden sagsbehandler i {{unassignedFor}}. Ingen i teamet kunne tage den, eller fordelingen er ikke afsluttet.

Hvorfor du får denne besked: {{reason}}.

Sag: {{reference}}
Type: {{typeLabel}}
Team: {{teamName}}
Status: {{statusLabel}}
Modtaget: {{receivedDate}}
Frist: {{dueDateTime}} ({{timeLeftOrOverdue}})

Tildel sagen til en i teamet, eller tag den selv.
{{> noRequestContent}}

{{> caseInConsole}}

Privacy Desk`,
  partials,
} satisfies MessageTemplate;
