import type { CaseRecord, ThreadMessage } from '../../domain/case-model.ts';
import type { ContentCipher } from '../../domain/content-cipher.ts';
import type { DeskSettings } from '../../domain/desk-settings.ts';
import type { OutboundEmail } from '../../domain/notifications/mailer.ts';
import type { Notification } from '../../domain/notifications/notification.ts';
import { sendNotification } from '../../domain/notifications/send-notification.ts';
import type { ReplyTokenSecret } from '../../domain/reply-token.ts';

/** Seals nothing: for unit tests about wording and routing, not encryption (integration tests seal). */
export const plainCipher: ContentCipher = {
  encrypt: async (plaintext) => plaintext,
  decrypt: async (ciphertext) => ciphertext,
};

/** A value as `plainCipher` "seals" it. */
export const plainContent = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64');

/**
 * Sends one notification through in-memory ports (a digest has no case): the emails as the mailer
 * got them, and the thread messages the sender recorded.
 */
export async function sendInMemory(
  notification: Notification,
  options: {
    readonly settings: DeskSettings;
    readonly now: Date;
    readonly record?: CaseRecord;
    readonly replyTokenSecret?: ReplyTokenSecret;
  },
): Promise<{ sent: OutboundEmail[]; recorded: ThreadMessage[] }> {
  const sent: OutboundEmail[] = [];
  const recorded: ThreadMessage[] = [];
  await sendNotification(
    { caseId: notification.caseId, notificationId: notification.notificationId },
    {
      store: {
        getNotification: async () => notification,
        getCase: async () => options.record,
        claimNotificationSend: async () => 'claimed',
        releaseNotificationSend: async () => undefined,
        recordNotificationSent: async (_notification, message) => {
          recorded.push(message);
          return true;
        },
      },
      cipher: plainCipher,
      mailer: {
        send: async (email) => {
          sent.push(email);
          return { messageId: `message-${sent.length}` };
        },
      },
      settings: options.settings,
      now: options.now,
      ...(options.replyTokenSecret ? { replyTokenSecret: options.replyTokenSecret } : {}),
      sendClaimMs: 60_000,
    },
  );
  return { sent, recorded };
}
