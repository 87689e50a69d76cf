import type { MessageTemplate } from '../render-template.ts';
import partials from './staff-partials.ts';

/** `en/escalation-breach-overdue.ts` in Danish. */
export default {
  subject: '[{{reference}}] Anmeldelse af brud {{overdueBy}} over fristen',
  body: `Hej,

Muligt brud på persondatasikkerheden {{reference}}: de 72 timer til at anmelde bruddet til tilsynsmyndigheden (GDPR art. 33) udløb {{dueDateTime}}, for {{overdueBy}} siden. En forsinket anmeldelse skal begrunde forsinkelsen.

Hvorfor du får denne besked: {{reason}}.

{{> caseFacts}}
Modtaget: {{receivedDateTime}}

Denne advarsel gentages med {{repeatHours}} timers mellemrum, så længe sagen er åben. Den indeholder intet af indberetningens indhold.

{{> caseInConsole}}

Privacy Desk`,
  partials,
} satisfies MessageTemplate;
