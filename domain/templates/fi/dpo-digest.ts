import type { MessageTemplate } from '../render-template.ts';

/** `en/dpo-digest.ts` in Finnish. */
export default {
  subject: 'Privacy Desk viikkokatsaus {{digestDate}}: {{overdueCount}} myöhässä, {{refusedCount}} hylätty',
  body: `Hei {{dpoName}},

Konsernin pyynnöt {{digestDate}}, kaikki tiimit: avoinna {{openCount}}, tällä viikolla erääntyviä {{dueThisWeekCount}}, myöhässä {{overdueCount}}, määräaikaa pidennetty {{extendedCount}}; hylätty {{refusedCount}} aikavälillä {{sinceDate}}–{{untilDate}}.

Tiimeittäin (avoinna / erääntyy tällä viikolla / myöhässä / pidennetty / hylätty):
{{teamLines}}

”Erääntyy tällä viikolla” laskee avoimet asiat, joiden määräaika päättyy seitsemän päivän kuluessa tästä päivästä ja jotka eivät vielä ole myöhässä; ”pidennetty” laskee avoimet asiat, joiden määräaikaa on pidennetty (GDPR art. 12(3)); ”hylätty” laskee pyynnöt, jotka on suljettu hylättyinä viimeisten seitsemän päivän aikana. Kukin tiimin esihenkilö saa tiiminsä asiat viitteineen päivittäisessä katsauksessa. Tämä katsaus sisältää vain lukumääriä, ei mitään pyyntöjen sisällöstä.

{{#consoleUrl}}
Asiat käsittelijänäkymässä: {{consoleUrl}}
{{/consoleUrl}}

Privacy Desk`,
} satisfies MessageTemplate;
