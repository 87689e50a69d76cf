import type { MessageTemplate } from '../render-template.ts';
import partials from './staff-partials.ts';

/** `en/escalation-manager-no-first-response.ts` in Danish. */
export default {
  subject: '[{{reference}}] Intet første svar endnu, frist {{dueDate}} ({{timeLeft}} tilbage)',
  body: `Hej,

Sag {{reference}} i dit team har frist den {{dueDate}} ({{timeLeft}} tilbage), og den registrerede har endnu ikke fået et første svar.

Hvorfor du får denne besked: {{reason}}.

{{> caseFacts}}
Modtaget: {{receivedDate}}
Frist: {{dueDateTime}}

Tal med sagsbehandleren, eller fordel sagen til en anden.
{{> noRequestContent}}

{{> caseInConsole}}

Privacy Desk`,
  partials,
} satisfies MessageTemplate;
