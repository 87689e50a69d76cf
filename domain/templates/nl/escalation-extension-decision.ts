import type { MessageTemplate } from '../render-template.ts';
import partials from './partials.ts';
import staffPartials from './staff-partials.ts';

/** `en/escalation-extension-decision.ts` in Dutch. */
export default {
  subject: '[{{reference}}] Beslis vóór {{firstMonthEndDate}} over verlenging',
  body: `Hallo,

De eerste maand van zaak {{reference}} eindigt op {{firstMonthEndDate}} (nog {{firstMonthLeft}}), en het verzoek staat nog open (een tussenbericht is geen antwoord).

Heeft het verzoek meer tijd nodig omdat het complex is of omdat er veel verzoeken zijn, dan mag de termijn met ten hoogste twee maanden worden verlengd (art. 12 lid 3 AVG). De aanvrager moet vóór het einde van de eerste maand over de verlenging worden geïnformeerd, met de redenen. Na die datum is verlenging niet meer mogelijk.

{{> caseFacts}}
Ontvangen: {{receivedDate}}
Termijn: {{dueDateTime}}

{{#toManager}}
De zaak heeft geen behandelaar, daarom komt dit bij u als manager van het team.
{{/toManager}}
{{> noRequestContent}} Open de zaak in de desk om eraan te werken.

{{> caseInConsole}}

Privacy Desk`,
  partials: { ...partials, ...staffPartials },
} satisfies MessageTemplate;
