import type { CaseTransition } from './case-lifecycle.ts';
import type { AuditEvent, CaseRecord, ThreadMessage } from './case-model.ts';
import type { EscalationStore } from './escalation-store.ts';
import type { Notification } from './notifications/notification.ts';
import type { CaseStatistics } from './retention/case-statistics.ts';
import type { VerificationStore } from './verification-store.ts';

export type * from './escalation-store.ts';
export type {
  CappedRequesterEmail,
  CappedWriteOutcome,
  VerificationStore,
} from './verification-store.ts';

/** A write that must not happen twice within a window: duplicate submissions, idempotency keys. */
export interface OnceMarker {
  /** Keyed hash; never the raw value. */
  readonly key: string;
  readonly expiresAt: string;
  /** The sealed answer given the first time, returned to a retry. */
  readonly sealedResponse: string;
  /** Keyed hash of the request the marker was written for: a retry gets the answer only if it matches. */
  readonly fingerprint?: string;
}

/** Acknowledgements recently sent to one address, stored under a keyed hash of the address. */
export interface RecipientAcknowledgements {
  /** Keyed hash of the address; never the address. */
  readonly key: string;
  /** When each acknowledgement still counted was written, oldest first. */
  readonly sentAt: readonly string[];
  /** Bumped by every write, so concurrent intakes for one address take turns; 0 when none is stored. */
  readonly version: number;
}

export interface NewCase {
  readonly record: CaseRecord;
  readonly audit: AuditEvent;
  /** Further events of the same moment, e.g. `notification.suppressed`. */
  readonly moreAudit?: readonly AuditEvent[];
  readonly duplicateMarker: OnceMarker;
  readonly idempotencyMarker?: OnceMarker;
  readonly verification?: { readonly tokenHash: string; readonly expiresAt: string };
  readonly notifications: readonly Notification[];
  /**
   * The recipient's acknowledgements with this case's one added, written on condition that they
   * are still at `version` (as read); the write fails with `recipient_changed` otherwise.
   */
  readonly recipientAcknowledgements?: RecipientAcknowledgements & { readonly expiresAt: string };
}

export type CreateCaseResult =
  | { readonly kind: 'created' }
  | {
      readonly kind: 'duplicate';
      readonly via: 'idempotency_key' | 'same_content';
      readonly caseId: string;
      readonly sealedResponse: string;
      /** The stored marker's request fingerprint, if it has one. */
      readonly fingerprint?: string;
    }
  | { readonly kind: 'reference_taken' }
  /** Another intake for the same address wrote its acknowledgements first: read them again. */
  | { readonly kind: 'recipient_changed' };

export type DeliveryProblem = 'bounced' | 'complained';

/** An outbox notification not yet sent, by the keys of its item. */
export interface PendingNotification {
  readonly caseId: string;
  readonly notificationId: string;
}

/** One more re-drive of waiting work, as the store counted it (see RoutingRedriveStore.claimRoutingRedrive). */
export type RedriveClaim =
  | { readonly kind: 'claimed'; readonly attempt: number }
  | { readonly kind: 'exhausted'; readonly attempts: number }
  | { readonly kind: 'not_waiting' };

export type NotificationRedriveClaim =
  | Exclude<RedriveClaim, { kind: 'exhausted' }>
  | { readonly kind: 'exhausted'; readonly attempts: number; readonly notification: Notification };

export interface ReferenceEntry {
  readonly caseId: string;
  readonly accessTokenHash: string;
}

export interface VerificationEntry {
  readonly caseId: string;
  readonly expiresAt: string;
}

/*
 * Persistence ports for cases, one per use (as small as serverless-typescript-demo's ProductStore):
 * each domain function asks for the ports it uses; the DynamoDB adapters implement them on one table.
 */
/** What any part of the desk reads of a case. */
export interface CaseReader {
  getCase(caseId: string): Promise<CaseRecord | undefined>;

  listAuditEvents(caseId: string): Promise<AuditEvent[]>;

  listThread(caseId: string): Promise<ThreadMessage[]>;

  /** Cheap reachability check for /health. */
  ping(): Promise<void>;
}

/** Submitting a request and verifying its email. */
export interface IntakeStore {
  /**
   * Writes the case, its reference, markers, verification token, first audit events, outbox
   * notifications and the recipient's acknowledgements in one transaction. A live idempotency key or
   * duplicate marker wins (the key first): nothing is written and the earlier case is returned.
   */
  createCase(newCase: NewCase, now: Date): Promise<CreateCaseResult>;

  /** The acknowledgements stored for a recipient key (none: an empty list at version 0). */
  getRecipientAcknowledgements(key: string): Promise<RecipientAcknowledgements>;

  findByReference(reference: string): Promise<ReferenceEntry | undefined>;

  findVerification(tokenHash: string): Promise<VerificationEntry | undefined>;

  /**
   * Writes the `verify` transition (domain/case-lifecycle.ts) with its audit event and notifications;
   * false when the case was no longer awaiting verification.
   */
  markVerified(
    caseId: string,
    change: { transition: CaseTransition; audit: AuditEvent; notifications: readonly Notification[] },
  ): Promise<boolean>;
}

/** The outbox: sending notifications and re-driving those a lost queue message left behind. */
export interface OutboxStore {
  getNotification(
    caseId: string,
    notificationId: string,
  ): Promise<(Notification & { sentAt?: string }) | undefined>;

  /**
   * Claims an unsent notification for one delivery until `until`, so that two deliveries of it at
   * once (two re-drives, a re-drive beside a retry) do not both send it: `claimed`, `sent` when it was
   * sent meanwhile, `busy` while another delivery's claim runs. A claim left by a delivery that died
   * runs out at `until`, and the next delivery sends it.
   */
  claimNotificationSend(
    notification: Pick<Notification, 'caseId' | 'notificationId'>,
    claim: { readonly now: Date; readonly until: Date },
  ): Promise<'claimed' | 'sent' | 'busy'>;

  /** Ends this delivery's claim (the email was not sent); a later claim is left alone. */
  releaseNotificationSend(
    notification: Pick<Notification, 'caseId' | 'notificationId'>,
    claim: { readonly until: Date },
  ): Promise<void>;

  /** Marks the notification sent, drops its sealed parameters and appends the email to the thread. */
  recordNotificationSent(notification: Notification, message: ThreadMessage): Promise<boolean>;

  /** Notifications written but not sent before `before` (the queue message was lost). */
  listPendingNotifications(before: Date, limit: number): Promise<PendingNotification[]>;

  /**
   * Counts one re-drive of an outbox notification still pending: `claimed` with the attempt number
   * while fewer than `maxAttempts` were counted, `exhausted` (nothing written, with the notification)
   * once they were, `not_waiting` when it was sent or given up meanwhile.
   */
  claimNotificationRedrive(
    pending: PendingNotification,
    maxAttempts: number,
  ): Promise<NotificationRedriveClaim>;

  /**
   * Gives up re-driving a notification: it leaves the `notify` wait unsent, marked `redriveGaveUpAt`,
   * with the audit event when it belongs to a case; false when it was sent or given up meanwhile. A
   * message still in flight may yet send it.
   */
  giveUpNotification(
    pending: PendingNotification,
    change: { at: string; audit?: AuditEvent },
  ): Promise<boolean>;
}

/** Re-driving cases the router never took. */
export interface RoutingRedriveStore {
  /** Ids of cases still waiting to be routed that entered that state before `before`. */
  listAwaitingRouting(before: Date, limit: number): Promise<string[]>;

  /**
   * Counts one re-drive of a case still waiting to be routed (`received`, in the `route` wait):
   * `claimed` with the attempt number while fewer than `maxAttempts` were counted, `exhausted`
   * (nothing written) once they were, `not_waiting` when it was routed or given up meanwhile.
   */
  claimRoutingRedrive(caseId: string, maxAttempts: number): Promise<RedriveClaim>;

  /**
   * Gives up re-driving a case to routing: it moves from the `route` wait to `assign` (waiting for a
   * person; escalation treats it as unassigned), marked `routingGaveUpAt`, with the audit event;
   * false when it was routed or given up meanwhile.
   */
  giveUpRouting(
    caseId: string,
    change: { at: string; transition: CaseTransition; audit: AuditEvent },
  ): Promise<boolean>;
}

/** What stays of a purged case for accountability: its audit chain, until `keptUntil`. */
export interface PurgeAccountability {
  readonly reference: string;
  /** Finds the case's breach register entry, if it has one. */
  readonly receivedAt: string;
  readonly purged: AuditEvent;
  readonly keptUntil: string;
}

/** Reminding and closing cases whose email was never verified. */
/** Purging closed cases whose retention ended. */
export interface RetentionStore extends Pick<CaseReader, 'getCase'> {
  /** Closed cases whose retention ended before `before` (byPendingStep `purge`), ids only. */
  listDueForPurge(before: Date, limit: number): Promise<string[]>;

  /**
   * Writes the anonymous statistics of the case, then deletes every item of its partition and its
   * lookups (REF#, EMAIL#). Idempotent: a case already purged has nothing left to delete. With
   * `accountability`, the audit chain stays (the `purged` event appended to it), kept until
   * `keptUntil` with a lookup of the reference, for verification and evidence packs; so do the
   * thread's messages, without their content (ThreadRecord).
   */
  purgeCase(caseId: string, stats: CaseStatistics, accountability?: PurgeAccountability): Promise<void>;
}

/** Bounces and complaints about the desk’s emails. */
export interface DeliveryStore extends Pick<CaseReader, 'getCase'> {
  /** The thread message whose email SES sent with this MessageId. */
  findEmailMessage(sesMessageId: string): Promise<ThreadMessage | undefined>;

  /**
   * Marks a sent thread message bounced or complained-about, with the notifications that alert the
   * staff, in one transaction; false when it was already marked (a redelivered event).
   */
  recordDeliveryProblem(
    message: ThreadMessage,
    change: {
      delivery: DeliveryProblem;
      at: string;
      detail: string;
      notifications: readonly Notification[];
      audit?: AuditEvent;
    },
  ): Promise<boolean>;
}

/** Every port at once: what the DynamoDB adapter and the local runtime offer. */
export type CaseStore = CaseReader &
  IntakeStore &
  OutboxStore &
  RoutingRedriveStore &
  EscalationStore &
  VerificationStore &
  RetentionStore &
  DeliveryStore;

/** Hands case ids (never content) to the routing step. */
export interface RouteQueue {
  enqueue(caseId: string): Promise<void>;
  ping(): Promise<void>;
}
