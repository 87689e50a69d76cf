import { GetQueueAttributesCommand, SendMessageCommand, type SQSClient } from '@aws-sdk/client-sqs';
import type { RouteQueue } from '../../domain/case-store.ts';
import { queueMessageBody } from '../../domain/queue-messages/queue-message-body.ts';
import { RouteMessageSchema } from '../../domain/queue-messages/route-message.ts';

/**
 * The route queue carries the case id and nothing else: no personal data in queue bodies. A message
 * the consumer's schema refuses is not sent (ValidationError).
 */
export class SqsRouteQueue implements RouteQueue {
  constructor(
    private readonly client: SQSClient,
    private readonly queueUrl: string,
  ) {}

  async enqueue(caseId: string): Promise<void> {
    const body = queueMessageBody(RouteMessageSchema, { caseId });
    await this.client.send(new SendMessageCommand({ QueueUrl: this.queueUrl, MessageBody: body }));
  }

  async ping(): Promise<void> {
    await this.client.send(
      new GetQueueAttributesCommand({
        QueueUrl: this.queueUrl,
        AttributeNames: ['ApproximateNumberOfMessages'],
      }),
    );
  }
}
