import type { MessageTemplate } from '../render-template.ts';
import partials from './staff-partials.ts';

/** `en/escalation-breach-deadline.ts` in Danish. */
export default {
  subject: '[{{reference}}] Anmeldelse af brud: {{timeLeft}} tilbage til at anmelde til tilsynsmyndigheden',
  body: `Hej,

Muligt brud på persondatasikkerheden {{reference}}: de 72 timer til at anmelde bruddet til tilsynsmyndigheden (GDPR art. 33) udløber {{dueDateTime}}, om {{timeLeft}}.

Hvorfor du får denne besked: {{reason}}.

{{> caseFacts}}
Modtaget: {{receivedDateTime}}

Denne advarsel går til databeskyttelsesrådgiveren og teamlederen og indeholder intet af indberetningens indhold.

{{> caseInConsole}}

Privacy Desk`,
  partials,
} satisfies MessageTemplate;
