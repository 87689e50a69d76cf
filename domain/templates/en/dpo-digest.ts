import type { MessageTemplate } from '../render-template.ts';

export default {
  subject:
    'Privacy Desk weekly overview, week of {{digestDate}}: {{overdueCount}} overdue, {{refusedCount}} refused',
  body: `Hello {{dpoName}},

The group's requests on {{digestDate}}, all teams: {{openCount}} open, {{dueThisWeekCount}} due this week, {{overdueCount}} overdue, {{extendedCount}} extended; {{refusedCount}} refused from {{sinceDate}} to {{untilDate}}.

Per team (open / due this week / overdue / extended / refused):
{{teamLines}}

"Due this week" counts open cases due within seven days from today, not yet overdue; "extended" counts open cases whose deadline was extended (Art. 12(3) GDPR); "refused" counts requests closed as refused in the past seven days. Each team manager receives the team's cases by reference in the daily overview. This overview carries counts only, no content of the requests.

{{#consoleUrl}}
The cases in the staff console: {{consoleUrl}}
{{/consoleUrl}}

Privacy Desk`,
} satisfies MessageTemplate;
