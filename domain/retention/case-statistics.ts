import { type CaseRecord, type CloseOutcome, targetAtOf } from '../case-model.ts';
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
  /** The requester's country (records written before it was kept have none). */
  readonly country?: string;
  /** How the request came in (`form` when absent on the case). */
  readonly channel?: string;
  /** The legal limit and the target when the case closed: answered on time or not. */
  readonly dueAt?: string;
  readonly targetAt?: string;
  /** How often the deadline clock was paused. */
  readonly pauses?: number;
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
    country: record.country,
    channel: record.channel ?? 'form',
    dueAt: record.deadline.dueAt,
    targetAt: targetAtOf(record.deadline),
    pauses: record.clockPauses?.length ?? 0,
  };
}
