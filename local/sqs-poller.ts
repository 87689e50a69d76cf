import { randomUUID } from 'node:crypto';
import {
  ChangeMessageVisibilityBatchCommand,
  DeleteMessageBatchCommand,
  type Message,
  ReceiveMessageCommand,
  type SQSClient,
} from '@aws-sdk/client-sqs';
import type { SQSBatchResponse, SQSEvent, SQSRecord } from 'aws-lambda';
import { QUEUES, type QueueConsumerDeclaration } from '../resources/desk-resources.ts';
import { type HandlerLoader, lambdaContext } from './lambda-invoke.ts';

export interface PollerOptions {
  readonly client: SQSClient;
  readonly consumer: QueueConsumerDeclaration;
  readonly queueUrl: string;
  readonly loadHandler: HandlerLoader;
  /**
   * Seconds before a failed message is visible again. Lambda leaves it invisible for the queue's
   * whole visibility timeout (the default here too); demos and tests shorten the wait.
   */
  readonly retryDelaySeconds?: number;
  /**
   * How long a received message stays invisible; the queue's declared visibility timeout by default,
   * as in AWS. The fault suite shortens it, so that what a killed desk had received comes back soon.
   */
  readonly visibilityTimeoutSeconds?: number;
  readonly waitTimeSeconds?: number;
  readonly onError?: (error: unknown) => void;
}

export interface Poller {
  stop(): Promise<void>;
}

/** The Lambda event source mapping's record shape for an SQS message. */
export function toSqsRecord(message: Message, queueArn: string, region: string): SQSRecord {
  const attributes = message.Attributes ?? {};
  return {
    messageId: message.MessageId ?? '',
    receiptHandle: message.ReceiptHandle ?? '',
    body: message.Body ?? '',
    attributes: {
      ApproximateReceiveCount: attributes.ApproximateReceiveCount ?? '1',
      SentTimestamp: attributes.SentTimestamp ?? String(Date.now()),
      SenderId: attributes.SenderId ?? '000000000000',
      ApproximateFirstReceiveTimestamp: attributes.ApproximateFirstReceiveTimestamp ?? String(Date.now()),
      ...(attributes.MessageGroupId ? { MessageGroupId: attributes.MessageGroupId } : {}),
      ...(attributes.MessageDeduplicationId
        ? { MessageDeduplicationId: attributes.MessageDeduplicationId }
        : {}),
      ...(attributes.SequenceNumber ? { SequenceNumber: attributes.SequenceNumber } : {}),
    },
    messageAttributes: Object.fromEntries(
      Object.entries(message.MessageAttributes ?? {}).map(([name, value]) => [
        name,
        {
          dataType: value.DataType ?? 'String',
          ...(value.StringValue !== undefined ? { stringValue: value.StringValue } : {}),
          ...(value.BinaryValue !== undefined
            ? { binaryValue: Buffer.from(value.BinaryValue).toString('base64') }
            : {}),
          stringListValues: [],
          binaryListValues: [],
        },
      ]),
    ),
    md5OfBody: message.MD5OfBody ?? '',
    eventSource: 'aws:sqs',
    eventSourceARN: queueArn,
    awsRegion: region,
  };
}

function queueArnFromUrl(queueUrl: string, region: string): string {
  const [, account, name] = new URL(queueUrl).pathname.split('/');
  return `arn:aws:sqs:${region}:${account}:${name}`;
}

/**
 * What Lambda's SQS event source does: receive up to a batch, invoke the consumer with a real SQS
 * event, delete what succeeded, leave the `batchItemFailures` (or the whole batch, if the handler
 * throws) for redelivery. The queue's redrive policy moves a message to its DLQ after maxReceiveCount.
 */
export function startPoller(options: PollerOptions): Poller {
  const { client, consumer, queueUrl } = options;
  const queue = QUEUES[consumer.queue];
  const region = 'us-east-1';
  const queueArn = queueArnFromUrl(queueUrl, region);
  const abort = new AbortController();
  let running = true;

  const loop = (async () => {
    while (running) {
      try {
        const received = await client.send(
          new ReceiveMessageCommand({
            QueueUrl: queueUrl,
            MaxNumberOfMessages: consumer.batchSize,
            WaitTimeSeconds: options.waitTimeSeconds ?? 1,
            VisibilityTimeout: options.visibilityTimeoutSeconds ?? queue.visibilityTimeoutSeconds,
            MessageSystemAttributeNames: ['All'],
            MessageAttributeNames: ['All'],
          }),
          { abortSignal: abort.signal },
        );
        const messages = received.Messages ?? [];
        if (messages.length === 0) continue;
        await processBatch(messages);
      } catch (error) {
        if (!running) break;
        options.onError?.(error);
        await new Promise((resolve) => setTimeout(resolve, 500));
      }
    }
  })();

  async function processBatch(messages: Message[]) {
    const event: SQSEvent = { Records: messages.map((message) => toSqsRecord(message, queueArn, region)) };
    let failedIds: Set<string>;
    try {
      const { handler, declaration } = await options.loadHandler(consumer.function);
      const response = (await handler(event, lambdaContext(consumer.function, declaration, randomUUID()))) as
        | SQSBatchResponse
        | undefined;
      failedIds = new Set((response?.batchItemFailures ?? []).map((failure) => failure.itemIdentifier));
    } catch (error) {
      options.onError?.(error);
      failedIds = new Set(messages.map((message) => message.MessageId ?? ''));
    }
    const succeeded = messages.filter((message) => !failedIds.has(message.MessageId ?? ''));
    const failed = messages.filter((message) => failedIds.has(message.MessageId ?? ''));
    if (succeeded.length > 0) {
      await client.send(
        new DeleteMessageBatchCommand({
          QueueUrl: queueUrl,
          Entries: succeeded.map((message, i) => ({ Id: String(i), ReceiptHandle: message.ReceiptHandle })),
        }),
      );
    }
    if (failed.length > 0 && options.retryDelaySeconds !== undefined) {
      await client.send(
        new ChangeMessageVisibilityBatchCommand({
          QueueUrl: queueUrl,
          Entries: failed.map((message, i) => ({
            Id: String(i),
            ReceiptHandle: message.ReceiptHandle,
            VisibilityTimeout: options.retryDelaySeconds,
          })),
        }),
      );
    }
  }

  return {
    stop: async () => {
      running = false;
      abort.abort();
      await loop;
    },
  };
}
