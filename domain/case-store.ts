import type { AuditEvent, CaseDeadline, CaseRecord, ThreadMessage } from './case-model.ts';
import type { Notification } from './notifications/notification.ts';

/** A write that must not happen twice within a window: duplicate submissions, idempotency keys. */
export interface OnceMarker {
  /** Keyed hash; never the raw value. */
  readonly key: string;
  readonly expiresAt: string;
  /** The sealed answer given the first time, returned to a retry. */
  readonly sealedResponse: string;
}

export interface NewCase {
  readonly record: CaseRecord;
  readonly audit: AuditEvent;
  readonly duplicateMarker: OnceMarker;
  readonly idempotencyMarker?: OnceMarker;
  readonly verification?: { readonly tokenHash: string; readonly expiresAt: string };
  readonly notifications: readonly Notification[];
}

export type CreateCaseResult =
  | { readonly kind: 'created' }
  | {
      readonly kind: 'duplicate';
      readonly via: 'idempotency_key' | 'same_content';
      readonly caseId: string;
      readonly sealedResponse: string;
    }
  | { readonly kind: 'reference_taken' };

export interface ReferenceEntry {
  readonly caseId: string;
  readonly accessTokenHash: string;
}

export interface VerificationEntry {
  readonly caseId: string;
  readonly expiresAt: string;
}

/** Persistence port for cases; handlers and domain code see only this interface. */
export interface CaseStore {
  /**
   * Writes the case, its reference, markers, verification token, first audit event and outbox
   * notifications in one transaction. A live duplicate marker or idempotency key wins: nothing is
   * written and the earlier case is returned.
   */
  createCase(newCase: NewCase, now: Date): Promise<CreateCaseResult>;
  getCase(caseId: string): Promise<CaseRecord | undefined>;
  findByReference(reference: string): Promise<ReferenceEntry | undefined>;
  findVerification(tokenHash: string): Promise<VerificationEntry | undefined>;
  /**
   * awaiting_verification -> received, with the (possibly recomputed) deadline; false when the case
   * was no longer awaiting verification.
   */
  markVerified(
    caseId: string,
    change: { at: string; deadline: CaseDeadline; audit: AuditEvent; notifications: readonly Notification[] },
  ): Promise<boolean>;
  /** Ids of cases still waiting to be routed that entered that state before `before`. */
  listAwaitingRouting(before: Date, limit: number): Promise<string[]>;
  listAuditEvents(caseId: string): Promise<AuditEvent[]>;

  getNotification(
    caseId: string,
    notificationId: string,
  ): Promise<(Notification & { sentAt?: string }) | undefined>;
  /** Marks the notification sent, drops its sealed parameters and appends the email to the thread. */
  recordNotificationSent(notification: Notification, message: ThreadMessage): Promise<boolean>;
  /** Notifications written but not sent before `before` (the queue message was lost). */
  listPendingNotifications(
    before: Date,
    limit: number,
  ): Promise<{ caseId: string; notificationId: string }[]>;
  listThread(caseId: string): Promise<ThreadMessage[]>;

  /** Cheap reachability check for /health. */
  ping(): Promise<void>;
}

/** Hands case ids (never content) to the routing step. */
export interface RouteQueue {
  enqueue(caseId: string): Promise<void>;
  ping(): Promise<void>;
}
