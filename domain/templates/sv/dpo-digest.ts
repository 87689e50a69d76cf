import type { MessageTemplate } from '../render-template.ts';

/** `en/dpo-digest.ts` in Swedish. */
export default {
  subject: 'Privacy Desk veckoöversikt {{digestDate}}: {{overdueCount}} försenade, {{refusedCount}} avslagna',
  body: `Hej {{dpoName}},

Koncernens ärenden per {{digestDate}}, alla team: {{openCount}} öppna, {{dueThisWeekCount}} med tidsfrist denna vecka, {{overdueCount}} försenade, {{extendedCount}} förlängda; {{refusedCount}} avslagna från {{sinceDate}} till {{untilDate}}.

Per team (öppna / tidsfrist denna vecka / försenade / förlängda / avslagna):
{{teamLines}}

”Tidsfrist denna vecka” räknar öppna ärenden med tidsfrist inom sju dagar från i dag som ännu inte är försenade; ”förlängda” räknar öppna ärenden där tidsfristen har förlängts (GDPR art. 12(3)); ”avslagna” räknar begäranden som avslutats med avslag de senaste sju dagarna. Varje teamchef får teamets ärenden med referens i den dagliga översikten. Översikten innehåller bara antal, inget av innehållet i begärandena.

{{#consoleUrl}}
Ärendena i handläggarkonsolen: {{consoleUrl}}
{{/consoleUrl}}

Privacy Desk`,
} satisfies MessageTemplate;
