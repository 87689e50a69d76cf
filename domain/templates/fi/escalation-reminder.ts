import type { MessageTemplate } from '../render-template.ts';
import partials from './staff-partials.ts';

/** `en/escalation-reminder.ts` in Finnish. */
export default {
  subject: '[{{reference}}] Muistutus: {{typeLabel}}, vastaus viimeistään {{targetDate}}',
  body: `Hei,

{{#toManager}}
Asialla {{reference}} ei ole käsittelijää, joten tämä muistutus tulee sinulle tiimin esihenkilönä. Osoita asia käsittelijälle tai ota se itse.
{{/toManager}}
Asiaan {{reference}} on vastattava viimeistään {{targetDate}}. Lakisääteinen määräaika päättyy {{dueDateTime}}: aikaa jäljellä {{timeLeft}}.

Miksi saat tämän: {{reason}}.

{{> caseFacts}}
Vastaanotettu: {{receivedDate}}
Määräaika: {{dueDateTime}}
Ensimmäinen vastaus lähetetty: {{firstResponse}}

{{> noRequestContent}} Avaa asia deskissä käsitelläksesi sitä.

{{> caseInConsole}}

Privacy Desk`,
  partials,
} satisfies MessageTemplate;
