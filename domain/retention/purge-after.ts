import type { CaseRecord } from '../case-model.ts';
import type { Retention } from '../config/desk-config.ts';
import { MS_PER_DAY } from '../time-units.ts';

/*
 * "We do not keep data longer than needed" (DOMAIN.md, "Confidentiality and retention"): a closed
 * case is purged once its retention period has run from the closing date. Job-application documents
 * and marketing contact data have periods of their own; every other case has `closedCaseDays`.
 */

/** The retention period (in days) that applies to a closed case. */
export function retentionDays(
  record: Pick<CaseRecord, 'type' | 'relationship'>,
  retention: Retention,
): number {
  if (record.relationship === 'job_applicant') return retention.jobApplicationDays;
  if (record.relationship === 'marketing_contact' || record.type === 'marketing_opt_out') {
    return retention.marketingContactDays;
  }
  return retention.closedCaseDays;
}

/**
 * When a case closed at `closedAt` (ISO instant) is due for purging: `closedAt` plus its retention
 * period in whole days of 24 hours (an instant, independent of any time zone). ISO instant.
 */
export function purgeAfter(
  record: Pick<CaseRecord, 'type' | 'relationship'>,
  closedAt: string,
  retention: Retention,
): string {
  const closed = new Date(closedAt).getTime();
  if (Number.isNaN(closed)) throw new RangeError(`Not an instant: ${closedAt}`);
  return new Date(closed + retentionDays(record, retention) * MS_PER_DAY).toISOString();
}
