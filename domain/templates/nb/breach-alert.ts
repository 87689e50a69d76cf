import type { MessageTemplate } from '../render-template.ts';
import partials from './staff-partials.ts';

/** `en/breach-alert.ts` in Norwegian (Bokmål). */
export default {
  subject: '[{{reference}}] Avviksmelding: de 72 timene går ut {{dueDateTime}}',
  body: `Hei {{recipientName}},

Et mulig brudd på personopplysningssikkerheten er meldt via personvernskjemaet. Er det et brudd, må tilsynsmyndigheten varsles innen 72 timer etter at vi ble kjent med det (GDPR art. 33). Desken regner timene fra mottak: de går ut {{dueDateTime}}.

{{#memberName}}
Saken er tildelt {{memberName}} ({{teamName}}).
{{/memberName}}
{{^memberName}}
Ingen i {{teamName}} kan ta saken: den ligger hos teamlederen.
{{/memberName}}

Referanse: {{reference}}
Mottatt: {{receivedDateTime}}

{{^contentInConsole}}
Fra melderen
{{> requesterDetails}}
{{/contentInConsole}}
{{> contentInConsole}}

Slik svarer du: svar på denne e-posten. Svaret ditt registreres i saken.

{{> personalDataWarning}}`,
  partials,
} satisfies MessageTemplate;
