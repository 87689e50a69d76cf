import type { CaseDeadline, CaseRecord } from '../case-model.ts';
import type { Retention } from '../config/desk-config.ts';
import { addMonthsClamped, endOfLocalDay, localDateOf } from '../deadlines/calendar.ts';

/*
 * "We do not keep data longer than needed" (DOMAIN.md, "Confidentiality and retention"): a closed
 * case is purged once its retention period has run from the closing date. The privacy statement
 * gives the periods in calendar months (job applicants 6, marketing contacts 24), so they are
 * counted as the deadline code counts months (Regulation 1182/71, the same addMonthsClamped): the
 * same date N months on, or the last day of that month when it has no such date (31 August + 6
 * months is 28 February, 29 in a leap year). Every other case has `closedCaseMonths`.
 */

type RetainedCase = Pick<CaseRecord, 'type' | 'relationship'> & {
  /** The zone of the handling entity, whose calendar dates count; without one, UTC. */
  readonly deadline?: Pick<CaseDeadline, 'timeZone'>;
};

/** The retention period (in calendar months) that applies to a closed case. */
export function retentionMonths(
  record: Pick<CaseRecord, 'type' | 'relationship'>,
  retention: Retention,
): number {
  if (record.relationship === 'job_applicant') return retention.jobApplicationMonths;
  if (record.relationship === 'marketing_contact' || record.type === 'marketing_opt_out') {
    return retention.marketingContactMonths;
  }
  return retention.closedCaseMonths;
}

/**
 * When a case closed at `closedAt` (ISO instant) is due for purging: the end of the local day, in the
 * case's zone, that lies its retention period in calendar months after the local closing date (the
 * period ends with that day, as a deadline does). ISO instant.
 */
export function purgeAfter(record: RetainedCase, closedAt: string, retention: Retention): string {
  const closed = new Date(closedAt);
  if (Number.isNaN(closed.getTime())) throw new RangeError(`Not an instant: ${closedAt}`);
  const timeZone = record.deadline?.timeZone ?? 'UTC';
  const lastDay = addMonthsClamped(localDateOf(closed, timeZone), retentionMonths(record, retention));
  return endOfLocalDay(lastDay, timeZone).toISOString();
}
