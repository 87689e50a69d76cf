import { keysFromEnv } from '../../adapters/crypto/keys-from-env.ts';
import { systemClock } from '../../domain/clock.ts';
import { mailReceiptOf, SesReceiptEventSchema } from '../../domain/inbound/mail-receipt.ts';
import { receiveMail } from '../../domain/inbound/receive-mail.ts';
import { REPLY_TOKEN_KEY_PURPOSE } from '../../domain/reply-token.ts';
import { parseOrThrow } from '../../domain/validation.ts';
import { lambdaHandler } from '../shared/lambda-handler.ts';
import { logger } from '../shared/logger.ts';
import {
  inboundStoreFromEnv,
  intakeStoreFromEnv,
  mailBucketFromEnv,
  notificationQueueFromEnv,
  routeQueueFromEnv,
  settingsFromEnv,
  suppressionQueueFromEnv,
} from '../shared/wiring.ts';

const store = inboundStoreFromEnv();
// An email that names no case opens one, as the form does.
const intake = { store: intakeStoreFromEnv(), routeQueue: routeQueueFromEnv() };
const bucket = mailBucketFromEnv();
const notificationQueue = notificationQueueFromEnv();
const settings = settingsFromEnv();
const suppressionQueue = suppressionQueueFromEnv();

/**
 * The SES receipt rule's Lambda action (headers only; the message is in the mail bucket). Logs ids
 * and outcomes, never addresses or content. The result's `disposition` is what SES reads when the
 * action is synchronous; the outcome beside it is for the local mail drop.
 */
export const handler = lambdaHandler(async (event: unknown) => {
  const receipt = mailReceiptOf(parseOrThrow(SesReceiptEventSchema, event));
  const { cipher, hasher } = await keysFromEnv();
  const outcome = await receiveMail(receipt, {
    store,
    rawMail: bucket,
    attachments: bucket,
    notificationQueue,
    suppressionQueue,
    cipher,
    hasher,
    replyTokenSecret: hasher.subKey(REPLY_TOKEN_KEY_PURPOSE),
    settings,
    now: systemClock(),
    onEnqueueFailure: (error) =>
      logger.warn('enqueue failed; the sweep will re-drive', { errorName: (error as Error).name }),
    onLoadFailure: (memberId, error) =>
      logger.warn('member load not adjusted', { memberId, errorName: (error as Error).name }),
    intake: {
      ...intake,
      onEnqueueFailure: (step, error) =>
        logger.warn('enqueue failed; the sweep will re-drive', { step, errorName: (error as Error).name }),
    },
  });
  logger.info('inbound mail processed', { sesMessageId: receipt.sesMessageId, ...outcome });
  return { disposition: 'CONTINUE', outcome };
});
