import type { CaseRecord, CloseOutcome } from '../case-model.ts';
import type { RequestType } from '../request-types.ts';

/**
 * The anonymous record that stays after a case is purged, for statistics: type, dates, outcome and
 * team. No reference, no hashes, no content, nothing that leads back to the requester.
 */
export interface CaseStatistics {
  readonly caseId: string;
  readonly type: RequestType;
  readonly receivedAt: string;
  readonly closedAt: string;
  readonly outcome?: CloseOutcome;
  readonly teamId: string;
  readonly extendedMonths: number;
  readonly firstResponseAt?: string;
}

/** The statistics of a closed case (undefined when the case is not closed). */
export function caseStatistics(record: CaseRecord): CaseStatistics | undefined {
  if (record.status !== 'closed' || record.closedAt === undefined) return undefined;
  return {
    caseId: record.caseId,
    type: record.type,
    receivedAt: record.receivedAt,
    closedAt: record.closedAt,
    ...(record.outcome ? { outcome: record.outcome } : {}),
    teamId: record.teamId,
    extendedMonths: record.deadline.extendedMonths ?? 0,
    ...(record.firstResponseAt ? { firstResponseAt: record.firstResponseAt } : {}),
  };
}
