import type { MessageTemplate } from '../render-template.ts';
import partials from './staff-partials.ts';

/** `en/escalation-manager-no-first-response.ts` in Norwegian (Bokmål). */
export default {
  subject: '[{{reference}}] Ikke noe første svar ennå, frist {{dueDate}} ({{timeLeft}} igjen)',
  body: `Hei,

Sak {{reference}} i teamet ditt har frist {{dueDate}} ({{timeLeft}} igjen), og den registrerte har ikke fått noe første svar ennå.

Hvorfor du får dette: {{reason}}.

{{> caseFacts}}
Mottatt: {{receivedDate}}
Frist: {{dueDateTime}}

Snakk med saksbehandleren, eller tildel saken til en annen.
{{> noRequestContent}}

{{> caseInConsole}}

Privacy Desk`,
  partials,
} satisfies MessageTemplate;
