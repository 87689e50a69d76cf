import type { MessageTemplate } from '../render-template.ts';
import partials from './staff-partials.ts';

/** `en/breach-alert.ts` in Swedish. */
export default {
  subject: '[{{reference}}] Incidentrapport: de 72 timmarna löper ut {{dueDateTime}}',
  body: `Hej {{recipientName}},

En möjlig personuppgiftsincident har rapporterats via integritetsformuläret. Om det är en personuppgiftsincident måste den anmälas till tillsynsmyndigheten inom 72 timmar från att vi fick kännedom om den (GDPR art. 33). Desken räknar timmarna från mottagandet: de löper ut {{dueDateTime}}.

{{#memberName}}
Ärendet är tilldelat {{memberName}} ({{teamName}}).
{{/memberName}}
{{^memberName}}
Ingen i {{teamName}} kan ta ärendet: det ligger hos teamchefen.
{{/memberName}}

Referens: {{reference}}
Mottaget: {{receivedDateTime}}

{{^contentInConsole}}
Från anmälaren
{{> requesterDetails}}
{{/contentInConsole}}
{{> contentInConsole}}

Så svarar du: svara på det här meddelandet. Ditt svar registreras i ärendet.

{{> personalDataWarning}}`,
  partials,
} satisfies MessageTemplate;
