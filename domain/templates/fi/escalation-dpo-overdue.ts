import type { MessageTemplate } from '../render-template.ts';
import partials from './staff-partials.ts';

/** `en/escalation-dpo-overdue.ts` in Finnish. */
export default {
  subject: '[{{reference}}] Myöhässä {{overdueBy}}: {{typeLabel}}',
  body: `Hei,

Asian {{reference}} määräaika {{dueDateTime}} on ylittynyt, ja asia on myöhässä {{overdueBy}}.

Miksi saat tämän: {{reason}}.

Asia: {{reference}}
Tyyppi: {{typeLabel}}
Tiimi: {{teamName}} (esihenkilö: {{managerName}})
Käsittelijä: {{assigneeName}}
Tila: {{statusLabel}}
Vastaanotettu: {{receivedDate}}
Ensimmäinen vastaus lähetetty: {{firstResponse}}

Saat tämän tietosuojavastaavana, ja uudelleen {{repeatHours}} tunnin välein niin kauan kuin asia on myöhässä.
{{> noRequestContent}}

{{> caseInConsole}}

Privacy Desk`,
  partials,
} satisfies MessageTemplate;
