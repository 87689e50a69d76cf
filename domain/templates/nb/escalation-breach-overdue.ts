import type { MessageTemplate } from '../render-template.ts';
import partials from './staff-partials.ts';

/** `en/escalation-breach-overdue.ts` in Norwegian (Bokmål). */
export default {
  subject: '[{{reference}}] Avviksmelding {{overdueBy}} over fristen',
  body: `Hei,

Mulig brudd på personopplysningssikkerheten {{reference}}: de 72 timene til å varsle tilsynsmyndigheten (GDPR art. 33) gikk ut {{dueDateTime}}, for {{overdueBy}} siden. Et forsinket varsel må begrunne forsinkelsen.

Hvorfor du får dette: {{reason}}.

{{> caseFacts}}
Mottatt: {{receivedDateTime}}

Dette varselet gjentas med {{repeatHours}} timers mellomrom så lenge meldingen er åpen. Det inneholder ikke noe av innholdet i meldingen.

{{> caseInConsole}}

Privacy Desk`,
  partials,
} satisfies MessageTemplate;
