import type { CaseTransition, WaitingStep } from './case-lifecycle.ts';
import type { AuditEvent } from './case-model.ts';
import type { RecipientAcknowledgements, WaitingCase } from './case-store.ts';
import type { Notification } from './notifications/notification.ts';

/* The sweep's verification housekeeping: reminders and the closing of unverified requests, each
 * email counted against the recipient's acknowledgement cap. */

/**
 * A write that also counts an email against its recipient's acknowledgement cap: `written`;
 * `case_changed` (done by another run, or verified meanwhile: nothing to do); `recipient_changed`
 * (another email to the same address was counted first: read the count again and decide again).
 */
export type CappedWriteOutcome = 'written' | 'case_changed' | 'recipient_changed';

/**
 * An email to the requester counted against the per-address cap, or, beyond it, not sent: then
 * no notification, and a `notification.suppressed` event in `moreAudit`.
 */
export interface CappedRequesterEmail {
  readonly notification?: Notification;
  readonly moreAudit?: readonly AuditEvent[];
  /** Written on condition that they are still at `version`, as for intake's acknowledgements. */
  readonly recipientAcknowledgements?: RecipientAcknowledgements & { readonly expiresAt: string };
}

export interface VerificationStore {
  /** Cases waiting for `step` since before `before` (byPendingStep index), oldest first per shard. */
  listWaiting(step: WaitingStep, before: Date, limit: number): Promise<WaitingCase[]>;

  /** The emails an address was sent within the cap's window (see IntakeStore). */
  getRecipientAcknowledgements(key: string): Promise<RecipientAcknowledgements>;

  /**
   * Records the verification reminder (`key`) of a case still awaiting verification, with a fresh
   * verification token, the reminder notification (unless capped) and an audit event.
   */
  recordVerificationReminder(
    caseId: string,
    change: CappedRequesterEmail & {
      key: string;
      verification: { tokenHash: string; expiresAt: string };
      audit: AuditEvent;
    },
  ): Promise<CappedWriteOutcome>;

  /**
   * Writes the `closeUnverified` transition (the case then waits in byPendingStep `purge`) with its
   * notice (unless capped).
   */
  closeUnverified(
    caseId: string,
    change: CappedRequesterEmail & { transition: CaseTransition; audit: AuditEvent },
  ): Promise<CappedWriteOutcome>;
}
