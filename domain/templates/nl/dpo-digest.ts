import type { MessageTemplate } from '../render-template.ts';

export default {
  subject:
    'Privacy Desk weekoverzicht, week van {{digestDate}}: {{overdueCount}} te laat, {{refusedCount}} geweigerd',
  body: `Beste {{dpoName}},

De verzoeken van de groep op {{digestDate}}, alle teams samen: {{openCount}} in behandeling, {{dueThisWeekCount}} met een termijn die deze week afloopt, {{overdueCount}} over de termijn, {{extendedCount}} verlengd; {{refusedCount}} geweigerd van {{sinceDate}} tot en met {{untilDate}}.

Per team (in behandeling / termijn loopt deze week af / over de termijn / verlengd / geweigerd):
{{teamLines}}

"Termijn loopt deze week af" telt de zaken in behandeling waarvan de termijn binnen zeven dagen vanaf vandaag afloopt en nog niet is verstreken; "verlengd" telt de zaken in behandeling waarvan de termijn is verlengd (art. 12 lid 3 AVG); "geweigerd" telt de verzoeken die de afgelopen zeven dagen zijn afgesloten met een weigering. Elke teammanager ontvangt de zaken van het eigen team met kenmerk in het dagelijkse overzicht. Dit overzicht bevat alleen aantallen, geen inhoud van de verzoeken.

{{#consoleUrl}}
De zaken in de medewerkersconsole: {{consoleUrl}}
{{/consoleUrl}}

Privacy Desk`,
} satisfies MessageTemplate;
