import type { DeadlineRuleCode } from '../deadlines/index.ts';

/*
 * Why a staff command was refused, as a stable code with the names of its parameters. The staff
 * API answers with the English `message`; the command-error email renders the code in the staff
 * member's language (notifications/command-error-lines). Parameters are command words, counts and
 * dates, never what the staff member wrote after the command (it may be personal data).
 */
export const COMMAND_ERROR_PARAMS = {
  // The command as written (staff-commands.ts).
  no_command_name: [],
  unknown_command: [],
  only_one_per_reply: ['command'],
  note_needs_text: [],
  refuse_needs_reason: [],
  pause_needs_reason: [],
  resume_takes_no_arguments: [],
  close_takes_one_outcome: [],
  close_unknown_outcome: [],
  close_needs_reason: ['outcome'],
  extend_needs_months_and_reason: [],
  extend_months: [],
  extend_needs_reason: [],
  assign_takes_one_address: [],
  assign_not_an_address: [],
  type_takes_one_type: [],
  type_unknown: [],
  breach_needs_decision: [],
  breach_needs_date: ['decision'],
  breach_needs_reason: ['decision'],
  breach_needs_action: [],
  // The commands of one reply together, and the case as it stands (staff-command-checks.ts).
  too_many_commands: ['max'],
  close_and_refuse: [],
  cannot_combine_with_closing: ['command'],
  case_closed: [],
  opt_out_closes_itself: [],
  assign_not_verified: [],
  assign_no_active_member: [],
  assign_already_assignee: [],
  breach_not_a_breach_report: [],
  breach_only_one: ['decision'],
  breach_contradiction: ['earlier', 'decision'],
  breach_date_in_future: [],
  // The deadline clock (clock-commands.ts) and the deadline rules it applies.
  extend_with_clock_commands: [],
  extend_while_paused: [],
  type_unchanged: ['type'],
  pauses_not_enabled: [],
  pause_not_verified: [],
  already_paused: [],
  breach_cannot_pause: [],
  pause_and_resume: [],
  not_paused: [],
  deadline_not_extendable: [],
  deadline_already_extended: [],
  deadline_first_month_over: ['date'],
  deadline_clock_not_started: [],
  deadline_pauses_not_applicable: [],
  deadline_other: ['rule'],
  // Commands in mail that reached the case without its reply address (commands-without-token.ts).
  needs_token: [],
} as const satisfies Readonly<Record<string, readonly string[]>>;

export type CommandErrorCode = keyof typeof COMMAND_ERROR_PARAMS;

export const COMMAND_ERROR_CODES = Object.keys(COMMAND_ERROR_PARAMS) as readonly CommandErrorCode[];

/** Parameters whose value is an instant or a date: rendered as a date of the recipient's language. */
export const DATE_PARAMS: ReadonlySet<string> = new Set(['date']);

type ParamsOf<C extends CommandErrorCode> = {
  readonly [P in (typeof COMMAND_ERROR_PARAMS)[C][number]]: string | number;
};

/** A code with exactly the parameters it names (none: no `params`). */
export type CommandErrorReason = {
  [C in CommandErrorCode]: (typeof COMMAND_ERROR_PARAMS)[C] extends readonly []
    ? { readonly code: C; readonly params?: undefined }
    : { readonly code: C; readonly params: ParamsOf<C> };
}[CommandErrorCode];

/** The deadline rules a command can break, each with its own line; the others share one. */
export function deadlineRuleReason(rule: DeadlineRuleCode, at: string | undefined): CommandErrorReason {
  switch (rule) {
    case 'not_extendable':
      return { code: 'deadline_not_extendable' };
    case 'already_extended':
      return { code: 'deadline_already_extended' };
    case 'first_month_over':
      return at === undefined
        ? { code: 'deadline_other', params: { rule } }
        : { code: 'deadline_first_month_over', params: { date: at } };
    case 'clock_not_started':
      return { code: 'deadline_clock_not_started' };
    case 'pauses_not_applicable':
      return { code: 'deadline_pauses_not_applicable' };
    case 'pauses_disabled':
      return { code: 'pauses_not_enabled' };
    default:
      return { code: 'deadline_other', params: { rule } };
  }
}
