import type { NotifyMessage } from '../queue-messages/notify-message.ts';
import type { ReplyRole } from '../reply-token.ts';

export type { NotifyMessage } from '../queue-messages/notify-message.ts';

/**
 * Outbound email goes through an outbox: the notification is written in the same transaction as
 * the state change that causes it, then its id is put on the notify queue. The sender renders and
 * sends it once; the sweep re-enqueues notifications still pending, so a crash loses none.
 */

export type NotificationRecipient =
  | { readonly role: 'requester' }
  | { readonly role: 'member'; readonly memberId: string }
  | { readonly role: 'manager'; readonly teamId: string }
  | { readonly role: 'dpo' };

export interface Notification {
  readonly notificationId: string;
  readonly caseId: string;
  /** Template name, e.g. `acknowledgement`; rendered in the recipient's language. */
  readonly template: string;
  readonly recipient: NotificationRecipient;
  readonly createdAt: string;
  /** Non-personal parameters (reasons typed by staff are content: they go in sealedParams). */
  readonly params?: Readonly<Record<string, string | number | boolean>>;
  /** Sealed secrets and content for the email (tokens, staff text); removed once sent. */
  readonly sealedParams?: string;
  /**
   * The recipient may answer by replying: the sender sets a Reply-To address with a reply token signed
   * for this case, this role and the recipient's address (derived when sending, never stored).
   */
  readonly replyAs?: ReplyRole;
}

/** Publishes notification ids to the notify queue. */
export interface NotificationQueue {
  enqueue(message: NotifyMessage): Promise<void>;
}

/**
 * Puts committed outbox notifications on the notify queue, after the transaction that wrote them.
 * A failed enqueue is reported, not thrown: the notification is stored, and the sweep re-drives
 * outbox entries still unsent after ten minutes.
 */
export async function enqueueNotifications(
  notifications: readonly Pick<Notification, 'caseId' | 'notificationId'>[],
  queue: NotificationQueue,
  onFailure?: (error: unknown) => void,
): Promise<void> {
  for (const { caseId, notificationId } of notifications) {
    try {
      await queue.enqueue({ caseId, notificationId });
    } catch (error) {
      onFailure?.(error);
    }
  }
}
