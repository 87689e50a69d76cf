import type { CaseDeadline, CaseRecord } from '../case-model.ts';
import { memberByEmail } from '../config/member-lookups.ts';
import { DeadlineRuleError } from '../deadlines/index.ts';
import { participantActor, participantRecipient, type StaffParticipant } from './authorize-sender.ts';
import {
  type ClockDecision,
  deadlineRuleKind,
  decideClockCommands,
  extendedDeadline,
} from './clock-commands.ts';
import { deadlineRuleReason } from './command-error-codes.ts';
import {
  commandError,
  commandErrorsSecret,
  MAX_COMMANDS_PER_REPLY,
  type PlacedCommand,
  type ReplyInput,
  type ReplyPlan,
} from './reply-plan.ts';
import type { CommandError, StaffCommand } from './staff-commands.ts';

/**
 * Where staff commands came from: a reply by email (filed as mail, errors mailed back), or the
 * staff API (the caller answers the errors; the audit says `via: api`).
 */
export type StaffCommandOrigin = 'email' | 'api';

type Placed<K extends StaffCommand['kind']> = { command: Extract<StaffCommand, { kind: K }>; line: number };

/** The commands of one reply by kind: the first of each (every `#breach`). */
export interface FoundCommands {
  readonly close: Placed<'close'> | undefined;
  readonly refuse: Placed<'refuse'> | undefined;
  readonly extend: Placed<'extend'> | undefined;
  readonly assign: Placed<'assign'> | undefined;
  readonly typeChange: Placed<'type'> | undefined;
  readonly pause: Placed<'pause'> | undefined;
  readonly resume: Placed<'resume'> | undefined;
  /** `#refuse` or `#close`, whichever closes the case. */
  readonly closing: Placed<'refuse'> | Placed<'close'> | undefined;
  readonly breach: readonly Placed<'breach'>[];
}

/** The commands of one reply with what checking them decided. */
export interface CheckedStaffCommands {
  readonly errors: readonly CommandError[];
  readonly found: FoundCommands;
  readonly clock: ClockDecision;
  readonly optOut: boolean;
  /** The extended deadline of an `#extend` that the rules allow. */
  readonly deadline: CaseDeadline | undefined;
  readonly newAssignee: ReturnType<typeof memberByEmail>;
}

/** Every reason to refuse the commands of one reply as a whole, found before anything is planned. */
export function checkStaffCommands(
  input: ReplyInput,
  commands: readonly PlacedCommand[],
  parseErrors: readonly CommandError[],
): CheckedStaffCommands {
  const { record, config } = input;
  const errors: CommandError[] = [...parseErrors];
  if (commands.length + parseErrors.length > MAX_COMMANDS_PER_REPLY) {
    errors.push({
      line: commands[MAX_COMMANDS_PER_REPLY]?.line ?? 1,
      command: '#',
      code: 'too_many_commands',
      params: { max: MAX_COMMANDS_PER_REPLY },
      message: `At most ${MAX_COMMANDS_PER_REPLY} commands per reply.`,
    });
  }
  const found = findCommands(commands);
  const { close, refuse, extend, assign, typeChange, pause, resume, closing, breach } = found;
  errors.push(...breachCommandErrors(breach, record, input.now));

  if (close && refuse) {
    errors.push(
      commandError(
        refuse,
        { code: 'close_and_refuse' },
        '#refuse closes the case itself: use #close or #refuse, not both.',
      ),
    );
  }
  for (const placed of [extend, assign]) {
    if (placed && closing) {
      errors.push(
        commandError(
          placed,
          { code: 'cannot_combine_with_closing', params: { command: `#${placed.command.kind}` } },
          `#${placed.command.kind} cannot be combined with closing the case.`,
        ),
      );
    }
  }
  if (record.status === 'closed') {
    for (const placed of [close, refuse, extend, assign]) {
      if (placed)
        errors.push(commandError(placed, { code: 'case_closed' }, 'The case is closed.', 'case_state'));
    }
  }
  const clock = decideClockCommands(
    record,
    {
      ...(typeChange ? { type: typeChange } : {}),
      ...(pause ? { pause } : {}),
      ...(resume ? { resume } : {}),
      ...(closing ? { closing } : {}),
      ...(extend ? { extend } : {}),
    },
    input,
  );
  errors.push(...clock.errors);
  const optOut = typeChange?.command.type === 'marketing_opt_out';
  if (optOut && typeChange && closing) {
    errors.push(
      commandError(
        closing,
        { code: 'opt_out_closes_itself' },
        '#type marketing_opt_out closes the case itself: leave out the closing.',
      ),
    );
  }

  let deadline: CaseDeadline | undefined;
  if (extend && record.status !== 'closed') {
    try {
      deadline = extendedDeadline(record, extend.command.months, extend.command.reason, input);
    } catch (error) {
      if (!(error instanceof DeadlineRuleError)) throw error;
      errors.push(
        commandError(
          extend,
          deadlineRuleReason(error.code, error.at),
          `${error.message}.`,
          deadlineRuleKind(error),
        ),
      );
    }
  }
  const newAssignee = assign ? memberByEmail(config, assign.command.email) : undefined;
  if (assign && record.status !== 'closed') {
    // Decided: refused, not assigned. Assigning would take the case out of its verification wait
    // (no reminder, never closed as unverified) and the router would assign it again once verified;
    // the router assigns it when the requester confirms, and staff can reassign it then.
    if (record.status === 'awaiting_verification') {
      errors.push(
        commandError(
          assign,
          { code: 'assign_not_verified' },
          'The requester has not confirmed their email address yet: the case is assigned once they have.',
          'case_state',
        ),
      );
    } else if (!newAssignee?.active) {
      errors.push(
        commandError(assign, { code: 'assign_no_active_member' }, 'No active team member has that address.'),
      );
    } else if (newAssignee.id === record.assigneeId) {
      errors.push(
        commandError(
          assign,
          { code: 'assign_already_assignee' },
          'The case is already assigned to that member.',
          'case_state',
        ),
      );
    }
  }
  return { errors, found, clock, optOut, deadline, newAssignee };
}

function findCommands(commands: readonly PlacedCommand[]): FoundCommands {
  const find = <K extends StaffCommand['kind']>(kind: K) =>
    commands.find((placed) => placed.command.kind === kind) as Placed<K> | undefined;
  const close = find('close');
  const refuse = find('refuse');
  return {
    close,
    refuse,
    extend: find('extend'),
    assign: find('assign'),
    typeChange: find('type'),
    pause: find('pause'),
    resume: find('resume'),
    closing: refuse ?? close,
    breach: commands.filter((placed): placed is Placed<'breach'> => placed.command.kind === 'breach'),
  };
}

/** Nothing is done: the errors, sorted by line, go back to the staff member and into the audit. */
export function rejectedCommandsPlan(
  input: ReplyInput,
  participant: StaffParticipant,
  errors: readonly CommandError[],
  origin: StaffCommandOrigin,
): ReplyPlan {
  const sorted = [...errors].sort((a, b) => a.line - b.line);
  return {
    kind: 'rejected',
    actor: participantActor(participant),
    errors: sorted,
    notifications: [
      {
        template: 'command-error',
        ...participantRecipient(participant),
        secrets: commandErrorsSecret(sorted),
      },
    ],
    audit: [
      {
        action: origin === 'email' ? 'mail.command_rejected' : 'case.action_rejected',
        detail: {
          identifiedBy: input.identifiedBy,
          errors: sorted.length,
          commands: [...new Set(sorted.map((error) => error.command.toLowerCase()))].join(' '),
        },
      },
    ],
  };
}

/**
 * `#breach` only on a breach report, each decision once, not both sides of one question in a reply,
 * and no date after today (in UTC).
 */
function breachCommandErrors(
  breach: readonly Placed<'breach'>[],
  record: CaseRecord,
  now: Date,
): CommandError[] {
  const errors: CommandError[] = [];
  const seen = new Map<string, string>();
  const question = (decision: string) => decision.replace(/^not-/, '');
  for (const placed of breach) {
    const { decision, date } = placed.command;
    if (record.type !== 'breach_report') {
      errors.push(
        commandError(
          placed,
          { code: 'breach_not_a_breach_report' },
          '#breach is recorded on breach reports only (#type breach_report first).',
        ),
      );
      continue;
    }
    const earlier = seen.get(question(decision));
    if (earlier !== undefined) {
      errors.push(
        earlier === decision
          ? commandError(
              placed,
              { code: 'breach_only_one', params: { decision } },
              `Only one #breach ${decision} per reply.`,
            )
          : commandError(
              placed,
              { code: 'breach_contradiction', params: { earlier, decision } },
              `#breach ${earlier} and #breach ${decision} contradict each other.`,
            ),
      );
    }
    seen.set(question(decision), decision);
    if (date !== undefined && date > now.toISOString().slice(0, 10)) {
      errors.push(commandError(placed, { code: 'breach_date_in_future' }, 'That date is in the future.'));
    }
  }
  return errors;
}
