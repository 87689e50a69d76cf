import type { MessageTemplate } from '../render-template.ts';
import partials from './partials.ts';
import staffPartials from './staff-partials.ts';

/** `en/breach-alert.ts` in Dutch. */
export default {
  subject: '[{{reference}}] Melding datalek: de 72 uur eindigen op {{dueDateTime}}',
  body: `Beste {{recipientName}},

Via het privacyformulier is een mogelijk datalek gemeld. Gaat het om een datalek, dan moet de toezichthoudende autoriteit binnen 72 uur nadat we ervan op de hoogte zijn geraakt worden ingelicht (art. 33 AVG). De desk telt die uren vanaf ontvangst: ze eindigen op {{dueDateTime}}.

{{#memberName}}
De zaak is toegewezen aan {{memberName}} ({{teamName}}).
{{/memberName}}
{{^memberName}}
Geen lid van {{teamName}} kan de zaak behandelen: ze ligt bij de manager van het team.
{{/memberName}}

Kenmerk: {{reference}}
Ontvangen: {{receivedDateTime}}

{{^contentInConsole}}
Van de melder
{{> requesterDetails}}
{{/contentInConsole}}
{{> contentInConsole}}

Zo antwoordt u: beantwoord deze e-mail. Uw antwoord wordt in de zaak vastgelegd.

{{> personalDataWarning}}`,
  partials: { ...partials, ...staffPartials },
} satisfies MessageTemplate;
