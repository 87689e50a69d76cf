import type { MessageTemplate } from '../render-template.ts';
import partials from './partials.ts';
import staffPartials from './staff-partials.ts';

/** `en/escalation-dpo-overdue.ts` in Dutch. */
export default {
  subject: '[{{reference}}] {{overdueBy}} over de termijn: {{typeLabel}}',
  body: `Hallo,

Zaak {{reference}} heeft de termijn van {{dueDateTime}} overschreden en is {{overdueBy}} te laat.

Waarom u dit ontvangt: {{reason}}.

Zaak: {{reference}}
Type: {{typeLabel}}
Team: {{teamName}} (manager: {{managerName}})
Behandelaar: {{assigneeName}}
Status: {{statusLabel}}
Ontvangen: {{receivedDate}}
Eerste reactie verstuurd: {{firstResponse}}

U ontvangt dit als functionaris gegevensbescherming, en opnieuw elke {{repeatHours}} uur zolang de termijn overschreden blijft.
{{> noRequestContent}}

{{> caseInConsole}}

Privacy Desk`,
  partials: { ...partials, ...staffPartials },
} satisfies MessageTemplate;
