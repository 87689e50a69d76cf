import type { AuditEvent, CaseRecord, CaseStatus } from '../case-model.ts';
import type { CaseReader, DueRange } from '../case-store.ts';
import type { RequestType } from '../request-types.ts';

/*
 * What the staff API reads and writes (port). Lists come from the indexes, never a scan: a team's
 * open cases from byTeam (by deadline, then the paused ones), closed cases still kept from
 * byPendingStep's `purge` partitions. Each page holds ids, dates and states; content is opened only by the detail.
 */

/** Where a list reads from: one team's open cases, or one shard of the closed cases. */
export type CaseListSource =
  | { readonly kind: 'team'; readonly teamId: string }
  | { readonly kind: 'closed'; readonly shard: number };

export interface CaseListFilters {
  readonly type?: RequestType;
  readonly status?: CaseStatus;
  readonly extendedOnly?: boolean;
  /** Legal limit in this range (a paused case is never in one). */
  readonly due?: DueRange;
  /** Only cases whose deadline clock is paused (true) or running (false); a team source only. */
  readonly paused?: boolean;
  readonly assigneeId?: string;
  readonly country?: string;
  /** Closed cases: only these teams' (a team source is one team already). */
  readonly teamIds?: readonly string[];
}

/** Where a source's reading stopped: the store's own key, opaque to the domain. */
export type ListPosition = Readonly<Record<string, string>>;

export interface CaseListPage {
  /** In index order, without their sealed content. */
  readonly cases: CaseRecord[];
  /** Set when the source has more after the last case returned. */
  readonly next?: ListPosition;
}

export interface StaffCaseStore extends Pick<CaseReader, 'getCase' | 'listAuditEvents' | 'listThread'> {
  /** Shards of the closed-case partitions. */
  readonly closedCaseShards: number;
  findCaseIdByReference(reference: string): Promise<string | undefined>;
  /** At most `limit` cases of the source matching the filters, from `after` on. */
  listCases(
    source: CaseListSource,
    filters: CaseListFilters,
    limit: number,
    after?: ListPosition,
  ): Promise<CaseListPage>;
  /** Appends one audit event to the case's trail (a read of its content). */
  recordAuditEvent(event: AuditEvent): Promise<void>;
}
