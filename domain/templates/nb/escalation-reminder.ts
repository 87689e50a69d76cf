import type { MessageTemplate } from '../render-template.ts';
import partials from './staff-partials.ts';

/** `en/escalation-reminder.ts` in Norwegian (Bokmål). */
export default {
  subject: '[{{reference}}] Påminnelse: {{typeLabel}}, svar innen {{targetDate}}',
  body: `Hei,

{{#toManager}}
Sak {{reference}} har ingen saksbehandler, derfor går denne påminnelsen til deg som teamleder. Tildel den, eller ta den selv.
{{/toManager}}
Sak {{reference}} skal besvares innen {{targetDate}}. Den lovbestemte fristen er {{dueDateTime}}: {{timeLeft}} igjen.

Hvorfor du får dette: {{reason}}.

{{> caseFacts}}
Mottatt: {{receivedDate}}
Frist: {{dueDateTime}}
Første svar sendt: {{firstResponse}}

{{> noRequestContent}} Åpne saken i desken for å jobbe med den.

{{> caseInConsole}}

Privacy Desk`,
  partials,
} satisfies MessageTemplate;
