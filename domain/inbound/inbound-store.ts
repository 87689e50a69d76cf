import type { BreachRegisterWrite } from '../audit/breach-register.ts';
import type { CaseFieldChanges, CaseIndexes, CaseTransition } from '../case-lifecycle.ts';
import type { AuditEvent, CaseRecord, CaseStatus, ThreadMessage } from '../case-model.ts';
import type { Notification } from '../notifications/notification.ts';
import type { CaseLookups } from './identify-case.ts';

/*
 * Persistence port of the inbound mail feature. One write per email: the processed-marker, the case
 * change, the thread messages, the audit events and the outbox notifications, all or nothing, so a
 * redelivered email (SES retries a failed invocation) is filed once and forwarded once.
 */

/** Fields of a case an email may change (lifecycle moves: domain/case-lifecycle.ts). */
export type { CaseFieldChanges };

export interface CaseChange {
  readonly caseId: string;
  /** The case as the decision saw it; a concurrent change makes the write fail, and it is decided again. */
  readonly expect: {
    readonly status: CaseStatus;
    readonly assigneeId: string | undefined;
    /** Whether the deadline clock was paused: a concurrent `#pause` or `#resume` makes the write fail. */
    readonly paused?: boolean;
  };
  readonly set: CaseFieldChanges;
  /** Fields the moves clear (`pausedAt` on resume). */
  readonly remove?: CaseTransition['remove'];
  /** Where the lifecycle moves leave the case in the deadline indexes and byPendingStep. */
  readonly indexes: CaseIndexes;
  /** Recorded only when the case has no first response yet. */
  readonly firstResponseAt?: string;
}

export interface InboundMarker {
  /** SHA-256 (hex) of the Message-ID. */
  readonly key: string;
  readonly processedAt: string;
  /** Kept this long: SES retries within hours; a client resending an old message is rare. */
  readonly expiresAt: string;
  readonly caseId?: string;
  /** Why the email was dropped, when it was: what is left of it for the operator, with its SES id. */
  readonly dropReason?: string;
  readonly sesMessageId?: string;
}

/** At most one drop alert per case and window (drop-alert.ts): written with the alert, or the write fails. */
export interface DropAlertGuard {
  readonly caseId: string;
  /** `2026-11-20T10` (dropAlertWindow). */
  readonly window: string;
  readonly expiresAt: string;
}

export interface InboundWrite {
  readonly marker: InboundMarker;
  /** With a drop alert among the notifications: the case had none in this window yet. */
  readonly alertGuard?: DropAlertGuard;
  readonly change?: CaseChange;
  readonly thread: readonly ThreadMessage[];
  readonly audit: readonly AuditEvent[];
  readonly notifications: readonly Notification[];
  /** An update of the breach register (`#breach`), in the same write. */
  readonly breachRegister?: BreachRegisterWrite;
  /** The requester's keyed email hash onto the marketing suppression list (an opt-out by `#type`). */
  readonly suppression?: { readonly emailHash: string; readonly caseId: string; readonly at: string };
}

/**
 * `written`; `duplicate` (the marker exists: processed before); `case_changed` (decide again);
 * `alert_throttled` (the case had its drop alert in this window: write again without it).
 */
export type InboundWriteOutcome = 'written' | 'duplicate' | 'case_changed' | 'alert_throttled';

export interface InboundStore extends CaseLookups {
  getCase(caseId: string): Promise<CaseRecord | undefined>;
  /** Whether an email with this marker key was processed (filed or dropped) before. */
  isProcessed(markerKey: string): Promise<boolean>;
  recordInbound(write: InboundWrite): Promise<InboundWriteOutcome>;
  /**
   * Moves a member's open-case counter by one, never below zero. Not part of the write: the counter
   * only balances new assignments, so a lost update skews a balance, not a case.
   */
  adjustMemberLoad(memberId: string, delta: 1 | -1): Promise<void>;
}
