import type { MessageTemplate } from '../render-template.ts';
import partials from './partials.ts';
import staffPartials from './staff-partials.ts';

/** `en/escalation-reminder.ts` in Dutch. */
export default {
  subject: '[{{reference}}] Herinnering: {{typeLabel}}, antwoord uiterlijk {{targetDate}}',
  body: `Hallo,

{{#toManager}}
Zaak {{reference}} heeft geen behandelaar, daarom komt deze herinnering bij u als manager van het team. Wijs haar toe of neem haar zelf op u.
{{/toManager}}
Zaak {{reference}} moet uiterlijk {{targetDate}} worden beantwoord. De wettelijke termijn loopt tot {{dueDateTime}}: nog {{timeLeft}}.

Waarom u dit ontvangt: {{reason}}.

{{> caseFacts}}
Ontvangen: {{receivedDate}}
Termijn: {{dueDateTime}}
Eerste reactie verstuurd: {{firstResponse}}

{{> noRequestContent}} Open de zaak in de desk om eraan te werken.

{{> caseInConsole}}

Privacy Desk`,
  partials: { ...partials, ...staffPartials },
} satisfies MessageTemplate;
