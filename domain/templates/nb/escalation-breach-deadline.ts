import type { MessageTemplate } from '../render-template.ts';
import partials from './staff-partials.ts';

/** `en/escalation-breach-deadline.ts` in Norwegian (Bokmål). */
export default {
  subject: '[{{reference}}] Avviksmelding: {{timeLeft}} igjen til å varsle tilsynsmyndigheten',
  body: `Hei,

Mulig brudd på personopplysningssikkerheten {{reference}}: de 72 timene til å varsle tilsynsmyndigheten (GDPR art. 33) går ut {{dueDateTime}}, om {{timeLeft}}.

Hvorfor du får dette: {{reason}}.

{{> caseFacts}}
Mottatt: {{receivedDateTime}}

Dette varselet går til personvernombudet og teamlederen, og inneholder ikke noe av innholdet i meldingen.

{{> caseInConsole}}

Privacy Desk`,
  partials,
} satisfies MessageTemplate;
