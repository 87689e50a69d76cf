import type { CommandErrorLines } from '../command-error-lines.ts';

/** Why a staff command was not applied, in English. */
export const en: CommandErrorLines = {
  line: 'Line {line}, {command}: {text}',
  texts: {
    no_command_name: 'Write the command name right after #, for example #note.',
    unknown_command: 'Unknown command. The commands are listed below.',
    only_one_per_reply: 'Only one {command} per reply.',
    note_needs_text: '#note needs the text of the note.',
    refuse_needs_reason: '#refuse needs the reason, which the requester is told.',
    pause_needs_reason: '#pause needs the reason the clock stops (kept internal).',
    resume_takes_no_arguments: '#resume takes no arguments.',
    close_takes_one_outcome: '#close takes exactly one outcome.',
    close_unknown_outcome: 'Unknown outcome (see #close below).',
    close_needs_reason: '#close {outcome} needs the reason, which the requester is told (GDPR Art. 12(4)).',
    extend_needs_months_and_reason: '#extend needs the number of months and a reason.',
    extend_months: 'An extension is 1 or 2 months.',
    extend_needs_reason: '#extend needs a reason, which the requester is told.',
    assign_takes_one_address: '#assign takes exactly one email address.',
    assign_not_an_address: 'That is not an email address.',
    type_takes_one_type: '#type takes exactly one request type.',
    type_unknown: 'Unknown request type (see #type below).',
    breach_needs_decision: 'Say what is recorded (see #breach below).',
    breach_needs_date: '#breach {decision} takes the date, as YYYY-MM-DD.',
    breach_needs_reason: '#breach {decision} needs the reason.',
    breach_needs_action: '#breach remedy needs the action taken.',
    too_many_commands: 'At most {max} commands per reply.',
    close_and_refuse: '#refuse closes the case itself: use #close or #refuse, not both.',
    cannot_combine_with_closing: '{command} cannot be combined with closing the case.',
    case_closed: 'The case is closed.',
    opt_out_closes_itself: '#type marketing_opt_out closes the case itself: leave out #close or #refuse.',
    assign_not_verified:
      'The requester has not confirmed their email address yet: the case is assigned once they have.',
    assign_no_active_member: 'No active team member has that address.',
    assign_already_assignee: 'The case is already assigned to that member.',
    breach_not_a_breach_report: '#breach is recorded on breach reports only (#type breach_report first).',
    breach_only_one: 'Only one #breach {decision} per reply.',
    breach_contradiction: '#breach {earlier} and #breach {decision} contradict each other.',
    breach_date_in_future: 'That date is in the future.',
    extend_with_clock_commands:
      '#extend cannot be combined with #type, #pause or #resume: send it in a reply of its own.',
    extend_while_paused: 'The deadline clock is paused: #resume it before extending.',
    type_unchanged: 'The case already is of type {type}.',
    pauses_not_enabled:
      'Pauses of the deadline clock are not enabled for this desk (deadlines.pausesEnabled).',
    pause_not_verified:
      'The requester has not confirmed their email address yet: there is no clock to pause.',
    already_paused: 'The deadline clock is already paused.',
    breach_cannot_pause: 'The 72 hours of a breach report cannot be paused.',
    pause_and_resume: '#pause and #resume cannot be combined.',
    not_paused: 'The deadline clock is not paused.',
    deadline_not_extendable: 'The deadline of this request type cannot be extended.',
    deadline_already_extended: 'The deadline was already extended; it extends only once.',
    deadline_first_month_over: 'An extension must be decided within the first month, which ended on {date}.',
    deadline_clock_not_started:
      'The clock starts when the requester confirms their email address, and they have not yet.',
    deadline_pauses_not_applicable: 'The 72 hours of a breach report cannot be paused.',
    deadline_other: 'The deadline cannot be computed ({rule}): ask the desk’s administrator.',
    needs_token:
      'Commands run only from a reply to the desk’s own email to you (its reply address names the case and you); this email reached the case by its subject or thread.',
  },
};
