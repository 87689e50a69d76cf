import { systemClock } from '../../domain/clock.ts';
import { handleDeliveryEvent } from '../../domain/notifications/delivery-problem.ts';
import { DeliveryEventMessageSchema } from '../../domain/queue-messages/delivery-event-message.ts';
import { logger } from '../shared/logger.ts';
import { sqsBatchHandler } from '../shared/sqs-handler.ts';
import { caseStoreFromEnv, notificationQueueFromEnv, settingsFromEnv } from '../shared/wiring.ts';

const store = caseStoreFromEnv();
const notificationQueue = notificationQueueFromEnv();
const settings = settingsFromEnv();

export const handler = sqsBatchHandler(DeliveryEventMessageSchema, async (event, record) => {
  const result = await handleDeliveryEvent(event, {
    store,
    notificationQueue,
    settings,
    now: systemClock(),
    onEnqueueFailure: (error) =>
      logger.warn('enqueue failed; the outbox re-drive will retry', {
        error: error instanceof Error ? error.name : 'unknown',
      }),
  });
  // Ids and outcome only: the event's addresses never reach the log.
  logger.info('delivery event processed', {
    kind: event.kind,
    sesMessageId: event.kind === 'ignored' ? undefined : event.messageId,
    ...result,
    messageId: record.messageId,
  });
});
