import type { CaseTransition } from '../case-lifecycle.ts';
import type { AuditEvent, CaseRecord } from '../case-model.ts';
import type { Notification } from '../notifications/notification.ts';
import type { OptOutScope } from '../queue-messages/opt-out-scopes.ts';

/** A team's routing state as read before a decision; `version` changes with every routing write. */
export interface StoredTeamLoad {
  readonly openCases: ReadonlyMap<string, number>;
  readonly lastAssignedMemberId?: string;
  /** Routing writes so far in this team (0: none); the write is conditional on it. */
  readonly version: number;
}

/** What every routing write has: the decision's team, its evidence and its outbox emails. */
interface RoutingWrite {
  readonly caseId: string;
  readonly at: string;
  readonly teamId: string;
  readonly controllerIsCustomer: boolean;
  /**
   * The member chosen (an assignee, or the one informed of an opt-out); undefined when the manager
   * owns the case. With a member, the team's routing state must still be at `teamVersion`.
   */
  readonly memberId?: string;
  readonly teamVersion: number;
  readonly audit: readonly AuditEvent[];
  readonly notifications: readonly Notification[];
}

export interface Assignment extends RoutingWrite {
  /** Increment this member's open-case counter (the assignee). */
  readonly countsTowardsLoadOf?: string;
  /** The `assign` move (domain/case-lifecycle.ts): owner, team, and the wait for assignment if none. */
  readonly transition: CaseTransition;
}

export interface OptOutClosure extends RoutingWrite {
  /** The requester's keyed email hash (CaseRecord.emailHash) for the suppression list. */
  readonly emailHash: string;
  /** What the opt-out stops; recorded with the entry (added to what an earlier opt-out stopped). */
  readonly scopes: readonly OptOutScope[];
  /** The `close` move as fulfilled, into the purge wait (domain/retention purgeAfter). */
  readonly transition: CaseTransition;
}

/** An address on the marketing suppression list (by keyed hash): since when, and what it stops. */
export interface SuppressionEntry {
  /** The first opt-out's closing instant: from then on the desk's list holds the address. */
  readonly suppressedAt: string;
  readonly scopes: readonly OptOutScope[];
  /** The latest opt-out for the address (the same as suppressedAt after one). */
  readonly lastRequestedAt: string;
}

/**
 * `written`: the case changed and the outbox holds its emails. `already_routed`: the case had left
 * `received` (a redelivery, or a concurrent consumer won); nothing written. `team_changed`: another
 * routing write in the team came first; decide again on fresh loads.
 */
export type RoutingWriteOutcome = 'written' | 'already_routed' | 'team_changed';

/** Persistence port of the router; the DynamoDB adapter writes each change in one transaction. */
export interface AssignmentStore {
  getCase(caseId: string): Promise<CaseRecord | undefined>;
  /** Open-case counters of the given members and the team's round-robin state, read consistently. */
  getTeamLoad(teamId: string, memberIds: readonly string[]): Promise<StoredTeamLoad>;
  /**
   * received -> assigned, only if still received; in the same transaction: the audit events, the
   * outbox notifications, the assignee's counter (+1) and the team's round-robin state.
   */
  assignCase(assignment: Assignment): Promise<RoutingWriteOutcome>;
  /**
   * A marketing opt-out, only if still received: puts the email hash on the suppression list and
   * closes the case as fulfilled (out of the open-cases index), with audit, outbox and round robin.
   */
  closeOptOut(closure: OptOutClosure): Promise<RoutingWriteOutcome>;
  /** Whether the keyed email hash is on the marketing suppression list. */
  isSuppressed(emailHash: string): Promise<boolean>;
  /** The suppression list's entry for the keyed email hash, if any. */
  findSuppression(emailHash: string): Promise<SuppressionEntry | undefined>;
  /**
   * One open case fewer for the member (never below zero). For the step that closes or reassigns an
   * assigned case (a staff `#close` or `#assign` reply); a closed opt-out never counted, so it is
   * not released.
   */
  releaseOpenCase(memberId: string): Promise<void>;
}
