import { BatchProcessor, EventType, processPartialResponse } from '@aws-lambda-powertools/batch';
import type { Context, SQSEvent, SQSRecord } from 'aws-lambda';
import { systemClock } from '../../domain/clock.ts';
import { RouteMessageSchema, routeCase } from '../../domain/routing/route-case.ts';
import { parseOrThrow } from '../../domain/validation.ts';
import { logger } from '../shared/logger.ts';
import { assignmentStoreFromEnv, notificationQueueFromEnv, settingsFromEnv } from '../shared/wiring.ts';

const store = assignmentStoreFromEnv();
const notificationQueue = notificationQueueFromEnv();
const settings = settingsFromEnv();
const processor = new BatchProcessor(EventType.SQS);

async function recordHandler(record: SQSRecord): Promise<void> {
  const message = parseOrThrow(RouteMessageSchema, JSON.parse(record.body));
  const outcome = await routeCase(message, {
    store,
    notificationQueue,
    settings,
    now: systemClock(),
    onEnqueueFailure: (error) =>
      logger.warn('notification not enqueued; the sweep re-drives it', {
        caseId: message.caseId,
        error: error instanceof Error ? error.name : 'unknown',
      }),
  });
  logger.info('route message processed', { caseId: message.caseId, outcome, messageId: record.messageId });
}

export const handler = async (event: SQSEvent, context: Context) =>
  processPartialResponse(event, recordHandler, processor, { context });
