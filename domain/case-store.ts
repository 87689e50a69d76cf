import type { AuditEvent, CaseRecord } from './case-record.ts';

/** Persistence port for cases; the handlers see only this interface. */
export interface CaseStore {
  /** Stores a new case and its first audit event atomically; ConflictError if the id exists. */
  createCase(record: CaseRecord, audit: AuditEvent): Promise<void>;
  getCase(caseId: string): Promise<CaseRecord | undefined>;
  /** Moves a received case to routed; false when it was already routed (a redelivery). */
  markRouted(caseId: string, at: Date, audit: AuditEvent): Promise<boolean>;
  /** Ids of cases still waiting to be routed that entered that state before `before`. */
  listAwaitingRouting(before: Date, limit: number): Promise<string[]>;
  listAuditEvents(caseId: string): Promise<AuditEvent[]>;
  /** Cheap reachability check for /health. */
  ping(): Promise<void>;
}

/** Hands case ids (never content) to the routing step. */
export interface RouteQueue {
  enqueue(caseId: string): Promise<void>;
  ping(): Promise<void>;
}
