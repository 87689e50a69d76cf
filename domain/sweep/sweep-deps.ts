import type { AuditCheckpointStore, CheckpointSigner } from '../audit/audit-store.ts';
import type { CaseStore, RouteQueue } from '../case-store.ts';
import type { ContentCipher } from '../content-cipher.ts';
import type { DeskSettings } from '../desk-settings.ts';
import {
  enqueueNotifications,
  type Notification,
  type NotificationQueue,
} from '../notifications/notification.ts';
import type { AttachmentPurger } from '../retention/attachment-purger.ts';

/**
 * What every part of the scheduled sweep works with, each part with the store ports it uses. `now`
 * is the schedule's time, never the wall clock.
 */
export interface SweepDeps<Store = CaseStore> {
  readonly store: Store;
  readonly routeQueue: RouteQueue;
  readonly notificationQueue: NotificationQueue;
  /** Seals the fresh verification token of a reminder into its notification. */
  readonly cipher: ContentCipher;
  readonly settings: DeskSettings;
  /** Deletes a purged case's attachments from the mail bucket, before the case itself. */
  readonly attachments: AttachmentPurger;
  readonly now: Date;
  readonly newId?: () => string;
  /** The daily signed checkpoint of the audit chains (absent: none written, e.g. in a unit test). */
  readonly auditCheckpoints?: { readonly store: AuditCheckpointStore; readonly signer: CheckpointSigner };
  /** Reports a failed enqueue; the outbox entry is stored and a later sweep re-drives it. */
  readonly onEnqueueFailure?: (step: 'route' | 'notify', error: unknown) => void;
}

/** How many cases the sweep writes to at once. */
export const SWEEP_CONCURRENCY = 10;

/** Puts committed outbox notifications on the notify queue; a failure is left to the re-drive. */
export function enqueueAll(
  notifications: readonly Notification[],
  deps: Pick<SweepDeps<unknown>, 'notificationQueue' | 'onEnqueueFailure'>,
): Promise<void> {
  return enqueueNotifications(notifications, deps.notificationQueue, (error) =>
    deps.onEnqueueFailure?.('notify', error),
  );
}
