import type { MessageTemplate } from '../render-template.ts';
import partials from './staff-partials.ts';

/** `en/escalation-manager-no-first-response.ts` in Finnish. */
export default {
  subject:
    '[{{reference}}] Ei vielä ensimmäistä vastausta, määräaika {{dueDate}} (aikaa jäljellä {{timeLeft}})',
  body: `Hei,

Tiimisi asian {{reference}} määräaika on {{dueDate}} (aikaa jäljellä {{timeLeft}}), eikä rekisteröity ole vielä saanut ensimmäistä vastausta.

Miksi saat tämän: {{reason}}.

{{> caseFacts}}
Vastaanotettu: {{receivedDate}}
Määräaika: {{dueDateTime}}

Tarkista tilanne käsittelijältä tai osoita asia toiselle.
{{> noRequestContent}}

{{> caseInConsole}}

Privacy Desk`,
  partials,
} satisfies MessageTemplate;
