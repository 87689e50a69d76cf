import type { WaitingStep } from './case-lifecycle.ts';
import type { AuditEvent, CaseRecord } from './case-model.ts';
import type { Notification } from './notifications/notification.ts';

/* The port of the escalation sweep and the managers' digests, with what it reads and writes (case-store.ts re-exports it). */

/**
 * What a digest reads of an open case from the byTeam index: dates and state, never content;
 * `paused` when its clock stands still (its deadline is not running: never due, never overdue).
 */
export type TeamOpenCase = Pick<
  CaseRecord,
  'caseId' | 'reference' | 'type' | 'status' | 'teamId' | 'receivedAt' | 'deadline'
> & { readonly paused?: true };

/** Deadlines from `notBefore` (inclusive) to `before` (exclusive); an open end is unbounded. */
export interface DueRange {
  readonly notBefore?: Date;
  readonly before?: Date;
}

export interface TeamCaseQuery {
  readonly due?: DueRange;
  /** How many cases to return, earliest deadline first (0: only count them). */
  readonly limit: number;
  /** Only cases whose deadline was extended (Art. 12(3)). */
  readonly extendedOnly?: boolean;
}

/** A closed case as the DPO's digest counts it. */
export type ClosedCaseSummary = Pick<CaseRecord, 'caseId' | 'teamId' | 'outcome'> & {
  readonly closedAt: string;
};

export interface TeamCaseRead {
  readonly count: number;
  readonly first: TeamOpenCase[];
}

/** What the sweep reads of an open case from the byDue index: dates, ids and state, never content. */
export type OpenCaseSnapshot = Pick<
  CaseRecord,
  | 'caseId'
  | 'reference'
  | 'type'
  | 'status'
  | 'teamId'
  | 'assigneeId'
  | 'assignedAt'
  | 'receivedAt'
  | 'verifiedAt'
  | 'firstResponseAt'
  | 'deadline'
  | 'escalationsSent'
>;

/**
 * Steps a case can wait for, as the sweep sees them: `route` (stored, not routed), `assign` (routed
 * without an eligible member; routing writes it), `verify` (awaiting email verification, not reminded
 * yet), `close-unverified` (reminded, to be closed when the period ends).
 */
export type { WaitingStep };

export interface WaitingCase {
  readonly caseId: string;
  /** When the case entered the step (receipt, verification, routing). */
  readonly since: string;
}

/** The escalation steps of one case recorded in one transaction with their outbox notifications. */
export interface EscalationChange {
  /** Step keys; the write fails when any of them is already recorded. */
  readonly keys: readonly string[];
  /** Recorded with the keys but not a condition: when each repeating step went (`<key>@<instant>`). */
  readonly sentAtKeys?: readonly string[];
  /** The case as the sweep decided on it; the write fails when it changed meanwhile. */
  readonly expected: {
    readonly status: CaseRecord['status'];
    readonly teamId: string;
    readonly assigneeId?: string;
  };
  readonly notifications: readonly Notification[];
  readonly audit: AuditEvent;
}

export interface DigestMarker {
  readonly teamId: string;
  /** The manager's local date, `YYYY-MM-DD`. */
  readonly localDate: string;
  /** `digest:<managerId>:<date>` (domain/escalation digestKey). */
  readonly key: string;
  readonly expiresAt: string;
}
/** The escalation sweep and the managers’ digests. */
export interface EscalationStore {
  /**
   * Open cases (byDue index) due at or before `dueBy`, overdue ones included; every open case when
   * `dueBy` is undefined. A Query per shard of the sparse index, never a scan.
   */
  listOpenCases(dueBy?: Date): Promise<OpenCaseSnapshot[]>;

  /**
   * One team's open cases (byTeam index) due within `query.due`: how many, and the first
   * `query.limit` of them by deadline. Queries of that team's partition only, so a digest reads its
   * own team's cases and no other's; past the first `limit` the rest is counted, not returned.
   */
  readTeamOpenCases(teamId: string, query: TeamCaseQuery): Promise<TeamCaseRead>;

  /**
   * Closed cases still kept, whose purge date lies in `purgeDue` (byPendingStep `purge`): how and
   * when each closed, and its team. A Query per shard of that range and a read of those cases.
   */
  listClosedCases(purgeDue: Required<DueRange>): Promise<ClosedCaseSummary[]>;

  /** Cases waiting for `step` since before `before` (byPendingStep index), oldest first per shard. */
  listWaiting(step: WaitingStep, before: Date, limit: number): Promise<WaitingCase[]>;

  /**
   * Adds the step keys to the case's escalation state and writes the notifications, in one
   * transaction; false (nothing written) when a key is already recorded or the case changed.
   */
  recordEscalation(caseId: string, change: EscalationChange): Promise<boolean>;

  /** Of the given digest markers, the team ids whose marker exists already. */
  digestsSent(markers: readonly Pick<DigestMarker, 'teamId' | 'localDate'>[]): Promise<Set<string>>;

  /** Writes the once-a-day marker with the digest notification (if any); false when it existed. */
  recordDigest(marker: DigestMarker, notification: Notification | undefined): Promise<boolean>;

  /** The teams a digest that spans sweeps (the DPO's weekly one) has counted so far for `localDate`. */
  digestProgress(log: string, localDate: string): Promise<DigestTeamCounts[]>;

  /** Keeps one team's counts of such a digest until the next sweep; they expire at `expiresAt`. */
  saveDigestProgress(
    log: string,
    localDate: string,
    counts: DigestTeamCounts,
    expiresAt: string,
  ): Promise<void>;
}

/** One team's open cases as the DPO's weekly digest counts them, kept between sweeps. */
export interface DigestTeamCounts {
  readonly teamId: string;
  readonly open: number;
  readonly dueThisWeek: number;
  readonly overdue: number;
  readonly extended: number;
}
