import { keysFromEnv } from '../../adapters/crypto/keys-from-env.ts';
import { systemClock } from '../../domain/clock.ts';
import { sendNotification } from '../../domain/notifications/send-notification.ts';
import { NotifyMessageSchema } from '../../domain/queue-messages/notify-message.ts';
import { REPLY_TOKEN_KEY_PURPOSE } from '../../domain/reply-token.ts';
import { FUNCTIONS } from '../../lib/desk-resources.ts';
import { logger } from '../shared/logger.ts';
import { sqsBatchHandler } from '../shared/sqs-handler.ts';
import { caseStoreFromEnv, mailerFromEnv, settingsFromEnv } from '../shared/wiring.ts';

const store = caseStoreFromEnv();
const mailer = mailerFromEnv();
const settings = settingsFromEnv();

export const handler = sqsBatchHandler(NotifyMessageSchema, async (message, record) => {
  // A batch often holds several emails of one case (acknowledgement, assignment): each opens the
  // same content, and the data-key cache spares the repeated KMS Decrypt.
  const { cipher, hasher } = await keysFromEnv({ cacheDataKeys: true });
  const outcome = await sendNotification(message, {
    store,
    cipher,
    mailer,
    settings,
    now: systemClock(),
    replyTokenSecret: hasher.subKey(REPLY_TOKEN_KEY_PURPOSE),
    sendClaimMs: FUNCTIONS.sendNotification.timeoutSeconds * 1000,
  });
  logger.info('notification processed', { ...message, outcome, messageId: record.messageId });
});
