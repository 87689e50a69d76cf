import type { MessageTemplate } from '../render-template.ts';
import partials from './staff-partials.ts';

/** `en/escalation-manager-unassigned.ts` in Norwegian (Bokmål). */
export default {
  subject: '[{{reference}}] Uten saksbehandler i {{unassignedFor}}: {{typeLabel}}',
  body: `Hei,

Sak {{reference}} i teamet ditt har vært uten saksbehandler i {{unassignedFor}}. Ingen i teamet kunne ta den, eller fordelingen er ikke ferdig.

Hvorfor du får dette: {{reason}}.

Sak: {{reference}}
Type: {{typeLabel}}
Team: {{teamName}}
Status: {{statusLabel}}
Mottatt: {{receivedDate}}
Frist: {{dueDateTime}} ({{timeLeftOrOverdue}})

Tildel saken til noen i teamet, eller ta den selv.
{{> noRequestContent}}

{{> caseInConsole}}

Privacy Desk`,
  partials,
} satisfies MessageTemplate;
