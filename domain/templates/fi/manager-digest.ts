import type { MessageTemplate } from '../render-template.ts';

/** `en/manager-digest.ts` in Finnish. */
export default {
  subject:
    'Privacy Desk päivittäinen katsaus {{teamName}}, {{digestDate}}: {{overdueCount}} myöhässä, {{dueThisWeekCount}} erääntyy tällä viikolla',
  body: `Hei {{managerName}},

Tiimin {{teamName}} avoimet asiat {{digestDate}}: {{overdueCount}} myöhässä, {{dueThisWeekCount}} erääntyy tällä viikolla, {{laterCount}} erääntyy myöhemmin (avoinna yhteensä {{totalCount}}).

Myöhässä ({{overdueCount}}):
{{overdueLines}}

Erääntyy tällä viikolla ({{dueThisWeekCount}}):
{{dueThisWeekLines}}

Erääntyy myöhemmin ({{laterCount}}):
{{laterLines}}

Jokainen rivi: viite, tyyppi, tila, vastaanotettu, määräaika. Tämä katsaus ei sisällä mitään pyyntöjen sisällöstä.

{{#consoleUrl}}
Asiat käsittelijänäkymässä: {{consoleUrl}}
{{/consoleUrl}}

Privacy Desk`,
} satisfies MessageTemplate;
