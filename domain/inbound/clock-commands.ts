import { recomputeDeadline } from '../case-deadline.ts';
import type { CaseDeadline, CaseRecord } from '../case-model.ts';
import { DeadlineRuleError, extendDueDate } from '../deadlines/index.ts';
import type { RequestType } from '../request-types.ts';
import { type CommandErrorReason, deadlineRuleReason } from './command-error-codes.ts';
import { commandError, type PlacedCommand, type ReplyInput } from './reply-plan.ts';
import type { CommandError, CommandErrorKind, StaffCommand } from './staff-commands.ts';

/*
 * The commands that move a case's deadline: `#extend` (extendedDeadline), and `#type` (another
 * request type, counted again from the original receipt), `#pause` and `#resume` (where the clock
 * policy allows pauses). Checked together, because a type change and a resume make one deadline.
 */

type Placed<K extends StaffCommand['kind']> = {
  readonly command: Extract<StaffCommand, { kind: K }>;
  readonly line: number;
};

export interface ClockCommands {
  readonly type?: Placed<'type'>;
  readonly pause?: Placed<'pause'>;
  readonly resume?: Placed<'resume'>;
  /** A command that closes the case (`#close`, `#refuse`) or extends it, for the combinations refused. */
  readonly closing?: PlacedCommand;
  readonly extend?: PlacedCommand;
}

export interface ClockDecision {
  readonly errors: CommandError[];
  /** The deadline after `#type` and/or `#resume`; undefined when neither is given (or on errors). */
  readonly deadline?: CaseDeadline;
}

export function decideClockCommands(
  record: CaseRecord,
  commands: ClockCommands,
  input: Pick<ReplyInput, 'deadlinePolicy' | 'now'>,
): ClockDecision {
  const { type, pause, resume, closing, extend } = commands;
  const errors: CommandError[] = [];
  const fail = (
    placed: PlacedCommand,
    reason: CommandErrorReason,
    message: string,
    kind: CommandErrorKind = 'request',
  ) => errors.push(commandError(placed, reason, message, kind));
  const notEnabled = { code: 'pauses_not_enabled' } as const;
  const notEnabledMessage =
    'Pauses of the deadline clock are not enabled for this desk (deadlines.pausesEnabled).';
  const pausesEnabled = input.deadlinePolicy.pausesEnabled;

  if (record.status === 'closed') {
    for (const placed of [type, pause, resume])
      if (placed) fail(placed, { code: 'case_closed' }, 'The case is closed.', 'case_state');
    return { errors };
  }
  for (const placed of [type, pause, resume]) {
    if (placed && closing) {
      const command = `#${placed.command.kind}`;
      fail(
        placed,
        { code: 'cannot_combine_with_closing', params: { command } },
        `${command} cannot be combined with closing the case.`,
      );
    }
  }
  if (extend && (type || pause || resume)) {
    fail(
      extend,
      { code: 'extend_with_clock_commands' },
      '#extend cannot be combined with #type, #pause or #resume: send it in a reply of its own.',
    );
  }
  if (extend && !resume && record.pausedAt !== undefined) {
    fail(
      extend,
      { code: 'extend_while_paused' },
      'The deadline clock is paused: #resume it before extending.',
      'case_state',
    );
  }
  if (type && type.command.type === record.type) {
    fail(
      type,
      { code: 'type_unchanged', params: { type: record.type } },
      `The case already is of type ${record.type}.`,
      'case_state',
    );
  }
  if (pause) {
    if (!pausesEnabled) {
      fail(pause, notEnabled, notEnabledMessage);
    } else if (record.status === 'awaiting_verification') {
      fail(
        pause,
        { code: 'pause_not_verified' },
        'The requester has not confirmed their email address yet: there is no clock to pause.',
        'case_state',
      );
    } else if (record.pausedAt !== undefined) {
      fail(pause, { code: 'already_paused' }, 'The deadline clock is already paused.', 'case_state');
    } else if ((type?.command.type ?? record.type) === 'breach_report') {
      fail(
        pause,
        { code: 'breach_cannot_pause' },
        'The 72 hours of a breach report cannot be paused.',
        'case_state',
      );
    }
    if (resume) fail(resume, { code: 'pause_and_resume' }, '#pause and #resume cannot be combined.');
  } else if (resume && record.pausedAt === undefined) {
    if (pausesEnabled)
      fail(resume, { code: 'not_paused' }, 'The deadline clock is not paused.', 'case_state');
    else fail(resume, notEnabled, notEnabledMessage);
  }
  if (errors.length > 0 || !(type || resume)) return { errors };

  const at = input.now.toISOString();
  const pauses = [
    ...(record.clockPauses ?? []),
    ...(resume && record.pausedAt !== undefined ? [{ from: record.pausedAt, to: at }] : []),
  ];
  try {
    const newType: RequestType | undefined = type?.command.type;
    const deadline = recomputeDeadline(
      record,
      { ...(newType ? { type: newType } : {}), pauses },
      input.deadlinePolicy,
    );
    return { errors, deadline };
  } catch (error) {
    if (!(error instanceof DeadlineRuleError)) throw error;
    fail(
      (type ?? resume) as PlacedCommand,
      deadlineRuleReason(error.code, error.at),
      `${error.message}.`,
      deadlineRuleKind(error),
    );
    return { errors };
  }
}

/** Deadline rules the case as it stands breaks (already extended, first month over, a breach report's 72 hours). */
const CASE_STATE_RULES: ReadonlySet<DeadlineRuleError['code']> = new Set([
  'already_extended',
  'first_month_over',
  'pauses_not_applicable',
]);

export function deadlineRuleKind(error: DeadlineRuleError): CommandErrorKind {
  return CASE_STATE_RULES.has(error.code) ? 'case_state' : 'request';
}

/** The Art. 12(3) extension from the case's own calendar; throws a DeadlineRuleError when not allowed. */
export function extendedDeadline(
  record: CaseRecord,
  months: 1 | 2,
  reason: string,
  input: Pick<ReplyInput, 'deadlinePolicy' | 'now'>,
): CaseDeadline {
  const due = extendDueDate({
    type: record.type,
    receivedAt: new Date(record.receivedAt),
    ...(record.verifiedAt ? { verifiedAt: new Date(record.verifiedAt) } : {}),
    country: record.deadline.country,
    ...(record.deadline.region ? { region: record.deadline.region } : {}),
    timeZone: record.deadline.timeZone,
    // The ended pauses count here as in every recomputation (case-deadline.ts).
    ...(record.clockPauses?.length
      ? {
          pauses: record.clockPauses.map(({ from, to }) => ({ from: new Date(from), to: new Date(to) })),
          policy: { ...input.deadlinePolicy, pausesEnabled: true },
        }
      : { policy: input.deadlinePolicy }),
    extendMonths: months,
    alreadyExtendedMonths: record.deadline.extendedMonths,
    now: input.now,
    reason,
  });
  return {
    ...record.deadline,
    dueAt: due.dueAt.toISOString(),
    dueDate: due.dueDate,
    rolledForwardFrom: due.rolledForwardFrom,
    targetAt: due.targetAt.toISOString(),
    targetDate: due.targetDate,
    extendedMonths: months,
    originalDueAt: record.deadline.originalDueAt,
  };
}
