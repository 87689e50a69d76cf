import { systemClock } from '../../domain/clock.ts';
import { RouteMessageSchema } from '../../domain/queue-messages/route-message.ts';
import { routeCase } from '../../domain/routing/route-case.ts';
import { logger } from '../shared/logger.ts';
import { sqsBatchHandler } from '../shared/sqs-handler.ts';
import {
  assignmentStoreFromEnv,
  notificationQueueFromEnv,
  settingsFromEnv,
  suppressionQueueFromEnv,
} from '../shared/wiring.ts';

const store = assignmentStoreFromEnv();
const notificationQueue = notificationQueueFromEnv();
const suppressionQueue = suppressionQueueFromEnv();
const settings = settingsFromEnv();
// Keys are loaded on the first opt-out only: other cases are routed without opening any content.
const cipher = async () => {
  const { keysFromEnv } = await import('../../adapters/crypto/keys-from-env.ts');
  return (await keysFromEnv()).cipher;
};

export const handler = sqsBatchHandler(RouteMessageSchema, async (message, record) => {
  const outcome = await routeCase(message, {
    store,
    notificationQueue,
    suppressionQueue,
    cipher,
    settings,
    now: systemClock(),
    onEnqueueFailure: (error) =>
      logger.warn('notification not enqueued; the sweep re-drives it', {
        caseId: message.caseId,
        error: error instanceof Error ? error.name : 'unknown',
      }),
  });
  logger.info('route message processed', { caseId: message.caseId, outcome, messageId: record.messageId });
});
