import { isRightsRequest, type RequestType } from '../request-types.ts';
import { MS_PER_HOUR } from '../time-units.ts';
import { addDays, addMonthsClamped, endOfLocalDay, type LocalDate, localDateOf } from './calendar.ts';
import { DEFAULT_DEADLINE_POLICY } from './default-policy.ts';
import { DeadlineRuleError } from './errors.ts';
import { type HolidayCalendar, holidayCalendarFor } from './holidays.ts';
import type { DeadlinePolicy } from './policy.ts';
import { resolveTimeZone } from './time-zones.ts';

/** An interval in which the clock stood still, waiting for the requester's clarification. */
export interface ClockPause {
  from: Date;
  to: Date;
}

/** Art. 12(3): a rights request may be extended by one or two further months. */
export type ExtensionMonths = 0 | 1 | 2;

export interface DueDateInput {
  type: RequestType;
  receivedAt: Date;
  /** When the requester proved control of their email; the clock starts here under the 'verification' policy. */
  verifiedAt?: Date;
  /** ISO 3166-1 alpha-2 code of the handling entity's country: its holidays and default zone. */
  country: string;
  /** ISO 3166-2 subdivision with its own public holidays (`BY` or `DE-BY`), when the entity sits in one. */
  region?: string;
  /** IANA zone of the handling entity; defaults to the country's (see time-zones.ts). */
  timeZone?: string;
  /** Months of an Art. 12(3) extension already granted; rights requests only. */
  extendMonths?: ExtensionMonths;
  /** Stop-the-clock intervals; only when the policy enables them. */
  pauses?: readonly ClockPause[];
  policy?: DeadlinePolicy;
}

/**
 * How the deadline was counted: `gdpr_month` (Art. 12(3) with Regulation 1182/71), `hours` (breach
 * reports), `working_days` (marketing opt-out) or `calendar_days` (internal targets for questions and
 * complaints).
 */
export type DeadlineBasis = 'gdpr_month' | 'hours' | 'working_days' | 'calendar_days';

export interface DueDate {
  /**
   * The legal limit as an instant (UTC): the end of `dueDate` in the entity's zone, or receipt + hours.
   * For a rights request, the period's last day rolled forward over weekends and holidays.
   */
  dueAt: Date;
  /** The local date of `dueAt` in the entity's zone, `YYYY-MM-DD`. */
  dueDate: LocalDate;
  /**
   * The date the desk works to and shows the requester (DOMAIN.md, "Target and legal limit"). For a
   * rights request the stricter reading: the last working day on or before the period's unrolled last
   * day, and with an extension of n months, n months after the end of the first month (never later than
   * `dueDate`). For every other basis the same as `dueDate`.
   */
  targetDate: LocalDate;
  /** The end of `targetDate` in the entity's zone (for a breach report: `dueAt`). */
  targetAt: Date;
  /** The date the period would have ended on before it fell on a weekend or public holiday; else null. */
  rolledForwardFrom: LocalDate | null;
  /** When the clock started: receipt, or email verification under that policy. Pauses do not move it. */
  clockStartedAt: Date;
  /** Questions and complaints: the target for the first answer. */
  firstResponseDueAt?: Date;
  basis: DeadlineBasis;
}

/**
 * The due date of a request. Pure: same input, same output; the clock is never read.
 *
 * - Rights requests: one month (plus an extension of `extendMonths`) from the local date on which the
 *   clock started, counted as Regulation 1182/71 Art. 3: the same date in the last month, or that month's
 *   last day when the date does not exist; a Saturday, Sunday or public holiday rolls forward to the next
 *   working day. The deadline is the end of that day in the entity's zone.
 *   An extension counts (1 + n) months from the start, never n months from an already rolled-forward date.
 *   That rolled-forward date is the legal limit; the target is the stricter reading: the last working day
 *   on or before the unrolled last day, counting an extension as n months after the end of the first
 *   month (31 Jan + 1 + 2 months: limit 30 Apr, target 28 Apr).
 * - breach_report: `breachHours` (72) elapsed hours from receipt, weekends and holidays included. It always
 *   runs from receipt: awareness of a breach does not wait for an email verification, and it cannot pause.
 * - marketing_opt_out: the end of the n-th working day after the start date (the start date not counted).
 * - question and complaint: no legal period applies, so both get the same two internal targets, resolution in
 *   `…ResolutionDays` calendar days (30) and a first answer in `…FirstAnswerWorkingDays` working days (5),
 *   each at the end of the local day. Calendar-day targets are internal service levels, not legal periods,
 *   so they do not roll forward over weekends (rolledForwardFrom stays null).
 *
 * Pauses (when the policy enables them) are merged, clipped to the time after the clock started, and
 * their total duration shifts the start: the due date is recomputed from the start plus the paused time.
 */
export function computeDueDate(input: DueDateInput): DueDate {
  const policy = input.policy ?? DEFAULT_DEADLINE_POLICY;
  const extendMonths = input.extendMonths ?? 0;
  assertValidInstant(input.receivedAt, 'receivedAt');
  if (input.verifiedAt !== undefined) {
    assertValidInstant(input.verifiedAt, 'verifiedAt');
    if (input.verifiedAt.getTime() < input.receivedAt.getTime()) {
      throw new DeadlineRuleError('invalid_input', 'verifiedAt is before receivedAt');
    }
  }
  if (extendMonths !== 0 && extendMonths !== 1 && extendMonths !== 2) {
    throw new DeadlineRuleError('invalid_extension', 'An extension is one or two months');
  }
  if (extendMonths !== 0 && !isRightsRequest(input.type)) {
    throw new DeadlineRuleError('not_extendable', `A ${input.type} has no extendable deadline`);
  }

  const timeZone = resolveTimeZone(input.country, input.timeZone);
  const holidays = holidayCalendarFor(input.country, input.region, policy.holidays);
  const clockStartedAt = clockStartOf(input, policy);
  const pausedMs = pausedTimeAfter(clockStartedAt, input.pauses ?? [], input.type, policy);
  const startDate = localDateOf(new Date(clockStartedAt.getTime() + pausedMs), timeZone);

  switch (input.type) {
    case 'breach_report': {
      const dueAt = new Date(clockStartedAt.getTime() + policy.breachHours * MS_PER_HOUR);
      return unrolledResult(dueAt, localDateOf(dueAt, timeZone), clockStartedAt, 'hours');
    }
    case 'marketing_opt_out': {
      const dueDate = holidays.addWorkingDays(startDate, policy.marketingOptOutWorkingDays);
      return endOfDayResult(dueDate, timeZone, clockStartedAt, 'working_days');
    }
    case 'question':
    case 'complaint': {
      const [resolutionDays, firstAnswerWorkingDays] =
        input.type === 'question'
          ? [policy.questionResolutionDays, policy.questionFirstAnswerWorkingDays]
          : [policy.complaintResolutionDays, policy.complaintFirstAnswerWorkingDays];
      const dueDate = addDays(startDate, resolutionDays);
      const firstResponseDate = holidays.addWorkingDays(startDate, firstAnswerWorkingDays);
      return {
        ...endOfDayResult(dueDate, timeZone, clockStartedAt, 'calendar_days'),
        firstResponseDueAt: endOfLocalDay(firstResponseDate, timeZone),
      };
    }
    default: {
      const { dueDate, rolledForwardFrom } = gdprMonthsEnd(startDate, 1 + extendMonths, holidays);
      const targetDate = holidays.lastWorkingDayOnOrBefore(
        addMonthsClamped(addMonthsClamped(startDate, 1), extendMonths),
      );
      return {
        ...endOfDayResult(dueDate, timeZone, clockStartedAt, 'gdpr_month'),
        targetDate,
        targetAt: endOfLocalDay(targetDate, timeZone),
        rolledForwardFrom,
      };
    }
  }
}

/**
 * The last day of a period of `months` months that starts on `startDate` (Regulation 1182/71 Art. 3(2)(c)
 * and 3(4)), and the date it was rolled forward from, if it was.
 */
function gdprMonthsEnd(
  startDate: LocalDate,
  months: number,
  holidays: HolidayCalendar,
): { dueDate: LocalDate; rolledForwardFrom: LocalDate | null } {
  const lastDay = addMonthsClamped(startDate, months);
  if (holidays.isWorkingDay(lastDay)) return { dueDate: lastDay, rolledForwardFrom: null };
  return { dueDate: holidays.nextWorkingDay(lastDay), rolledForwardFrom: lastDay };
}

function endOfDayResult(
  dueDate: LocalDate,
  timeZone: string,
  clockStartedAt: Date,
  basis: DeadlineBasis,
): DueDate {
  return unrolledResult(endOfLocalDay(dueDate, timeZone), dueDate, clockStartedAt, basis);
}

/** A due instant that is also the target, never rolled forward over a weekend or holiday. */
function unrolledResult(
  dueAt: Date,
  dueDate: LocalDate,
  clockStartedAt: Date,
  basis: DeadlineBasis,
): DueDate {
  return {
    dueAt,
    dueDate,
    targetDate: dueDate,
    targetAt: dueAt,
    rolledForwardFrom: null,
    clockStartedAt,
    basis,
  };
}

function clockStartOf(input: DueDateInput, policy: DeadlinePolicy): Date {
  if (input.type === 'breach_report' || policy.clockStart === 'receipt') return input.receivedAt;
  if (input.verifiedAt === undefined) {
    throw new DeadlineRuleError(
      'clock_not_started',
      'The clock starts at email verification and the request is not verified yet',
    );
  }
  return input.verifiedAt;
}

/** Total paused milliseconds after `clockStartedAt`, overlapping pauses counted once. */
function pausedTimeAfter(
  clockStartedAt: Date,
  pauses: readonly ClockPause[],
  type: RequestType,
  policy: DeadlinePolicy,
): number {
  if (pauses.length === 0) return 0;
  if (!policy.pausesEnabled) {
    throw new DeadlineRuleError('pauses_disabled', 'This deployment does not stop the clock');
  }
  if (type === 'breach_report') {
    throw new DeadlineRuleError('pauses_not_applicable', 'The 72 hours of a breach report cannot be paused');
  }
  const intervals = pauses
    .map(({ from, to }, index) => {
      assertValidInstant(from, `pauses[${index}].from`);
      assertValidInstant(to, `pauses[${index}].to`);
      if (to.getTime() <= from.getTime()) {
        throw new DeadlineRuleError('invalid_pause', `pauses[${index}] does not end after it starts`);
      }
      return { from: Math.max(from.getTime(), clockStartedAt.getTime()), to: to.getTime() };
    })
    .filter(({ from, to }) => to > from)
    .sort((a, b) => a.from - b.from);

  let total = 0;
  let coveredUntil = Number.NEGATIVE_INFINITY;
  for (const { from, to } of intervals) {
    const start = Math.max(from, coveredUntil);
    if (to > start) total += to - start;
    coveredUntil = Math.max(coveredUntil, to);
  }
  return total;
}

function assertValidInstant(value: Date, field: string): void {
  if (!(value instanceof Date) || Number.isNaN(value.getTime())) {
    throw new DeadlineRuleError('invalid_input', `${field} is not a valid instant`);
  }
}
