import type { MessageTemplate } from '../render-template.ts';
import partials from './staff-partials.ts';

/** `en/escalation-extension-decision.ts` in Swedish. */
export default {
  subject: '[{{reference}}] Besluta om förlängning före {{firstMonthEndDate}}',
  body: `Hej,

Den första månaden i ärende {{reference}} löper ut den {{firstMonthEndDate}} ({{firstMonthLeft}} kvar), och begäran är fortfarande öppen (ett preliminärt svar besvarar den inte).

Behöver begäran mer tid för att den är komplicerad eller en av många, får tidsfristen förlängas med högst två månader till (GDPR art. 12(3)). Den registrerade måste underrättas om förlängningen, med skälen, innan den första månaden har gått ut. Efter det datumet går det inte längre att förlänga.

{{> caseFacts}}
Mottaget: {{receivedDate}}
Tidsfrist: {{dueDateTime}}

{{#toManager}}
Ärendet saknar handläggare, därför går detta till dig som teamchef.
{{/toManager}}
{{> noRequestContent}} Öppna ärendet i desken för att arbeta med det.

{{> caseInConsole}}

Privacy Desk`,
  partials,
} satisfies MessageTemplate;
