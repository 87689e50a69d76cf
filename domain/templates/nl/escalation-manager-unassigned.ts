import type { MessageTemplate } from '../render-template.ts';
import partials from './partials.ts';
import staffPartials from './staff-partials.ts';

/** `en/escalation-manager-unassigned.ts` in Dutch. */
export default {
  subject: '[{{reference}}] Al {{unassignedFor}} zonder behandelaar: {{typeLabel}}',
  body: `Hallo,

Zaak {{reference}} van uw team heeft al {{unassignedFor}} geen behandelaar. Geen teamlid kon haar nemen, of de toewijzing is nog niet afgerond.

Waarom u dit ontvangt: {{reason}}.

Zaak: {{reference}}
Type: {{typeLabel}}
Team: {{teamName}}
Status: {{statusLabel}}
Ontvangen: {{receivedDate}}
Termijn: {{dueDateTime}} ({{timeLeftOrOverdue}})

Wijs de zaak toe aan een lid van het team, of neem haar zelf op u.
{{> noRequestContent}}

{{> caseInConsole}}

Privacy Desk`,
  partials: { ...partials, ...staffPartials },
} satisfies MessageTemplate;
