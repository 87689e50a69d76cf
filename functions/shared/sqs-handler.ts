import { BatchProcessor, EventType, processPartialResponse } from '@aws-lambda-powertools/batch';
import type { Context, SQSBatchResponse, SQSEvent, SQSRecord } from 'aws-lambda';
import type * as z from 'zod';
import { parseQueueMessage } from '../../domain/queue-messages/queue-message-body.ts';
import { lambdaHandler } from './lambda-handler.ts';
import { logger } from './logger.ts';

/** Longest error message logged; SDK and SES messages can run long. */
const MAX_LOGGED_MESSAGE = 500;
const ADDRESS = /[^\s<>()[\]"',;:]+@[^\s<>()[\]"',;:]+/g;

/**
 * An error as the log may show it: its name and message, with any email address replaced (SES names
 * the rejected addresses in its messages). Never the record's body: that is the queue's data.
 */
function loggableError(error: unknown): { name: string; message: string } {
  if (!(error instanceof Error)) return { name: typeof error, message: '' };
  return {
    name: error.name,
    message: error.message.replace(ADDRESS, '<address>').slice(0, MAX_LOGGED_MESSAGE),
  };
}

/**
 * The Lambda handler of a queue consumer: each record's body is parsed with the queue's schema
 * (domain/queue-messages/) and handed to `handleMessage`; a record that fails is logged with its
 * SQS message id and the error (ids only) and reported in `batchItemFailures`, so only it is retried
 * (and dead-lettered after the queue's maxReceiveCount) while the rest of the batch is done.
 * A batch in which every record fails throws, as Powertools does, so the invocation counts as an error.
 * Runs in the shared wrapper (lambda-handler.ts): logger context and one metrics flush per invocation.
 */
export function sqsBatchHandler<S extends z.ZodType>(
  schema: S,
  handleMessage: (message: z.output<S>, record: SQSRecord) => Promise<void>,
): (event: SQSEvent, context: Context) => Promise<SQSBatchResponse> {
  const processor = new BatchProcessor(EventType.SQS);
  const recordHandler = async (record: SQSRecord): Promise<void> => {
    try {
      await handleMessage(parseQueueMessage(schema, record.body), record);
    } catch (error) {
      logger.error('queue record failed', {
        sqsMessageId: record.messageId,
        receiveCount: Number(record.attributes.ApproximateReceiveCount),
        error: loggableError(error),
      });
      throw error;
    }
  };
  return lambdaHandler<SQSEvent, SQSBatchResponse>((event, context) =>
    processPartialResponse(event, recordHandler, processor, { context }),
  );
}
