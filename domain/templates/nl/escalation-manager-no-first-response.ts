import type { MessageTemplate } from '../render-template.ts';
import partials from './partials.ts';
import staffPartials from './staff-partials.ts';

/** `en/escalation-manager-no-first-response.ts` in Dutch. */
export default {
  subject: '[{{reference}}] Nog geen eerste reactie, termijn {{dueDate}} (nog {{timeLeft}})',
  body: `Hallo,

De termijn van zaak {{reference}} van uw team verloopt op {{dueDate}} (nog {{timeLeft}}) en de aanvrager heeft nog geen eerste reactie gehad.

Waarom u dit ontvangt: {{reason}}.

{{> caseFacts}}
Ontvangen: {{receivedDate}}
Termijn: {{dueDateTime}}

Overleg met de behandelaar, of wijs de zaak aan iemand anders toe.
{{> noRequestContent}}

{{> caseInConsole}}

Privacy Desk`,
  partials: { ...partials, ...staffPartials },
} satisfies MessageTemplate;
