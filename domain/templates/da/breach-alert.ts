import type { MessageTemplate } from '../render-template.ts';
import partials from './staff-partials.ts';

/** `en/breach-alert.ts` in Danish. */
export default {
  subject: '[{{reference}}] Anmeldelse af brud: de 72 timer udløber {{dueDateTime}}',
  body: `Hej {{recipientName}},

Et muligt brud på persondatasikkerheden er indberettet via privatlivsformularen. Er der tale om et brud, skal det anmeldes til tilsynsmyndigheden inden 72 timer efter, at vi er blevet bekendt med det (GDPR art. 33). Desken tæller timerne fra modtagelsen: de udløber {{dueDateTime}}.

{{#memberName}}
Sagen er tildelt {{memberName}} ({{teamName}}).
{{/memberName}}
{{^memberName}}
Ingen i {{teamName}} kan tage sagen: den ligger hos teamlederen.
{{/memberName}}

Reference: {{reference}}
Modtaget: {{receivedDateTime}}

{{^contentInConsole}}
Fra anmelderen
{{> requesterDetails}}
{{/contentInConsole}}
{{> contentInConsole}}

Sådan svarer du: besvar denne e-mail. Dit svar registreres i sagen.

{{> personalDataWarning}}`,
  partials,
} satisfies MessageTemplate;
