import type { MessageTemplate } from '../render-template.ts';
import partials from './partials.ts';
import staffPartials from './staff-partials.ts';

/** `en/escalation-breach-deadline.ts` in Dutch. */
export default {
  subject: '[{{reference}}] Melding datalek: nog {{timeLeft}} om de toezichthouder te informeren',
  body: `Hallo,

Mogelijk datalek {{reference}}: de 72 uur om de toezichthoudende autoriteit te informeren (art. 33 AVG) eindigen op {{dueDateTime}}, over {{timeLeft}}.

Waarom u dit ontvangt: {{reason}}.

{{> caseFacts}}
Ontvangen: {{receivedDateTime}}

Deze waarschuwing gaat naar de functionaris gegevensbescherming en de manager van het team, en bevat niets van de inhoud van de melding.

{{> caseInConsole}}

Privacy Desk`,
  partials: { ...partials, ...staffPartials },
} satisfies MessageTemplate;
