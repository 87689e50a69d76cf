import { SendMessageCommand, type SQSClient } from '@aws-sdk/client-sqs';
import { queueMessageBody } from '../../domain/queue-messages/queue-message-body.ts';
import {
  type SuppressionMessage,
  SuppressionMessageSchema,
} from '../../domain/queue-messages/suppression-message.ts';
import type { SuppressionQueue } from '../../domain/routing/suppression-queue.ts';

/**
 * The FIFO suppression queue, read by the marketing systems. The case id is both the deduplication
 * id (SQS drops a copy sent within 5 minutes) and the message group (opt-outs of different cases do
 * not wait for each other). The body carries the address by design (see SuppressionMessageSchema).
 */
export class SqsSuppressionQueue implements SuppressionQueue {
  constructor(
    private readonly client: SQSClient,
    private readonly queueUrl: string,
  ) {}

  async publish(message: SuppressionMessage): Promise<void> {
    const body = queueMessageBody(SuppressionMessageSchema, message);
    await this.client.send(
      new SendMessageCommand({
        QueueUrl: this.queueUrl,
        MessageBody: body,
        MessageGroupId: message.optOutId,
        MessageDeduplicationId: message.optOutId,
      }),
    );
  }
}
