import type { MessageTemplate } from '../render-template.ts';
import partials from './staff-partials.ts';

/** `en/escalation-manager-unassigned.ts` in Finnish. */
export default {
  subject: '[{{reference}}] Ilman käsittelijää {{unassignedFor}}: {{typeLabel}}',
  body: `Hei,

Tiimisi asia {{reference}} on ollut ilman käsittelijää {{unassignedFor}}. Kukaan tiimistä ei voinut ottaa sitä, tai ohjaus on kesken.

Miksi saat tämän: {{reason}}.

Asia: {{reference}}
Tyyppi: {{typeLabel}}
Tiimi: {{teamName}}
Tila: {{statusLabel}}
Vastaanotettu: {{receivedDate}}
Määräaika: {{dueDateTime}} ({{timeLeftOrOverdue}})

Osoita asia jollekulle tiimistä tai ota se itse.
{{> noRequestContent}}

{{> caseInConsole}}

Privacy Desk`,
  partials,
} satisfies MessageTemplate;
