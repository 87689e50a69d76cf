import { BatchProcessor, EventType, processPartialResponse } from '@aws-lambda-powertools/batch';
import type { Context, SQSEvent, SQSRecord } from 'aws-lambda';
import { parseSesDeliveryEvent } from '../../adapters/ses/ses-events.ts';
import { systemClock } from '../../domain/clock.ts';
import { handleDeliveryEvent } from '../../domain/notifications/delivery-problem.ts';
import { logger } from '../shared/logger.ts';
import { caseStoreFromEnv, notificationQueueFromEnv, settingsFromEnv } from '../shared/wiring.ts';

const store = caseStoreFromEnv();
const notificationQueue = notificationQueueFromEnv();
const settings = settingsFromEnv();
const processor = new BatchProcessor(EventType.SQS);

async function recordHandler(record: SQSRecord): Promise<void> {
  const event = parseSesDeliveryEvent(record.body);
  const result = await handleDeliveryEvent(event, {
    store,
    notificationQueue,
    settings,
    now: systemClock(),
    onEnqueueFailure: (error) =>
      logger.warn('enqueue failed; the outbox re-drive will retry', { error: String(error) }),
  });
  // Ids and outcome only: the event's addresses never reach the log.
  logger.info('delivery event processed', {
    kind: event.kind,
    sesMessageId: event.kind === 'ignored' ? undefined : event.messageId,
    ...result,
    messageId: record.messageId,
  });
}

export const handler = async (event: SQSEvent, context: Context) =>
  processPartialResponse(event, recordHandler, processor, { context });
