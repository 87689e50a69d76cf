import type { CaseDeadline, CasePause, CaseRecord } from './case-model.ts';
import { computeDueDate, type DeadlinePolicy, type DueDate } from './deadlines/index.ts';
import type { RequestType } from './request-types.ts';

/**
 * A case's deadline counted again by the deadline engine, from the original receipt (and
 * verification), on the calendar of the entity that counts it, with the extension it has: for a type
 * change (`type`) or the pauses of its clock (`pauses`, the whole log). Throws a DeadlineRuleError when
 * the engine refuses (an extended case cannot become a type without an extendable deadline; a breach
 * report's clock cannot pause).
 *
 * Pauses in the log count even when the policy no longer enables new ones: `#pause` checks the policy,
 * and a pause taken while it allowed one keeps its effect (and can still be ended).
 */
export function recomputeDeadline(
  record: Pick<CaseRecord, 'type' | 'receivedAt' | 'verifiedAt' | 'deadline' | 'clockPauses'>,
  change: { readonly type?: RequestType; readonly pauses?: readonly CasePause[] },
  policy: DeadlinePolicy,
): CaseDeadline {
  const pauses = (change.pauses ?? record.clockPauses ?? []).map(({ from, to }) => ({
    from: new Date(from),
    to: new Date(to),
  }));
  // As at intake: until the requester verifies, a verification-policy clock shows the receipt date.
  const provisional = policy.clockStart === 'verification' && record.verifiedAt === undefined;
  const input = {
    type: change.type ?? record.type,
    receivedAt: new Date(record.receivedAt),
    ...(record.verifiedAt ? { verifiedAt: new Date(record.verifiedAt) } : {}),
    country: record.deadline.country,
    ...(record.deadline.region ? { region: record.deadline.region } : {}),
    timeZone: record.deadline.timeZone,
    pauses,
    policy: {
      ...policy,
      ...(provisional ? { clockStart: 'receipt' as const } : {}),
      ...(pauses.length > 0 ? { pausesEnabled: true } : {}),
    },
  };
  const due = computeDueDate({ ...input, extendMonths: record.deadline.extendedMonths });
  const firstMonth =
    record.deadline.extendedMonths === 0 ? due : computeDueDate({ ...input, extendMonths: 0 });
  return caseDeadlineOf(due, {
    originalDueAt: firstMonth.dueAt,
    extendedMonths: record.deadline.extendedMonths,
    country: record.deadline.country,
    region: record.deadline.region,
    timeZone: record.deadline.timeZone,
  });
}

/** The deadline a case stores, from the engine's due date and the calendar it was counted on. */
export function caseDeadlineOf(
  due: DueDate,
  calendar: {
    readonly originalDueAt: Date;
    readonly extendedMonths: CaseDeadline['extendedMonths'];
    readonly country: string;
    readonly region: string | undefined;
    readonly timeZone: string;
  },
): CaseDeadline {
  return {
    dueAt: due.dueAt.toISOString(),
    dueDate: due.dueDate,
    rolledForwardFrom: due.rolledForwardFrom,
    targetAt: due.targetAt.toISOString(),
    targetDate: due.targetDate,
    clockStartedAt: due.clockStartedAt.toISOString(),
    ...(due.firstResponseDueAt ? { firstResponseDueAt: due.firstResponseDueAt.toISOString() } : {}),
    basis: due.basis,
    originalDueAt: calendar.originalDueAt.toISOString(),
    extendedMonths: calendar.extendedMonths,
    country: calendar.country,
    ...(calendar.region ? { region: calendar.region } : {}),
    timeZone: calendar.timeZone,
  };
}
