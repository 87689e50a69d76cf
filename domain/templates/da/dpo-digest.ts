import type { MessageTemplate } from '../render-template.ts';

/** `en/dpo-digest.ts` in Danish. */
export default {
  subject: 'Privacy Desk ugeoversigt {{digestDate}}: {{overdueCount}} over fristen, {{refusedCount}} afslået',
  body: `Hej {{dpoName}},

Koncernens anmodninger pr. {{digestDate}}, alle teams: {{openCount}} åbne, {{dueThisWeekCount}} med frist i denne uge, {{overdueCount}} over fristen, {{extendedCount}} forlænget; {{refusedCount}} afslået fra {{sinceDate}} til {{untilDate}}.

Pr. team (åbne / frist i denne uge / over fristen / forlænget / afslået):
{{teamLines}}

"Frist i denne uge" tæller åbne sager med frist inden for syv dage fra i dag, som endnu ikke er over fristen; "forlænget" tæller åbne sager, hvor fristen er forlænget (GDPR art. 12(3)); "afslået" tæller anmodninger, der er afsluttet med afslag inden for de seneste syv dage. Hver teamleder får teamets sager med reference i den daglige oversigt. Denne oversigt indeholder kun antal, intet af anmodningernes indhold.

{{#consoleUrl}}
Sagerne i sagsbehandlerkonsollen: {{consoleUrl}}
{{/consoleUrl}}

Privacy Desk`,
} satisfies MessageTemplate;
