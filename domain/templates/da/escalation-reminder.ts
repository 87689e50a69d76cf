import type { MessageTemplate } from '../render-template.ts';
import partials from './staff-partials.ts';

/** `en/escalation-reminder.ts` in Danish. */
export default {
  subject: '[{{reference}}] Påmindelse: {{typeLabel}}, svar senest {{targetDate}}',
  body: `Hej,

{{#toManager}}
Sag {{reference}} har ingen sagsbehandler, så denne påmindelse går til dig som teamleder. Tildel den, eller tag den selv.
{{/toManager}}
Sag {{reference}} skal besvares senest den {{targetDate}}. Den lovbestemte frist er {{dueDateTime}}: {{timeLeft}} tilbage.

Hvorfor du får denne besked: {{reason}}.

{{> caseFacts}}
Modtaget: {{receivedDate}}
Frist: {{dueDateTime}}
Første svar sendt: {{firstResponse}}

{{> noRequestContent}} Åbn sagen i desken for at arbejde med den.

{{> caseInConsole}}

Privacy Desk`,
  partials,
} satisfies MessageTemplate;
