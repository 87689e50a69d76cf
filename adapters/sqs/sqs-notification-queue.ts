import { SendMessageCommand, type SQSClient } from '@aws-sdk/client-sqs';
import type { NotificationQueue } from '../../domain/notifications/notification.ts';
import { type NotifyMessage, NotifyMessageSchema } from '../../domain/queue-messages/notify-message.ts';
import { queueMessageBody } from '../../domain/queue-messages/queue-message-body.ts';

/**
 * Notify queue messages carry a case id and a notification id: no content, no addresses. A message
 * the consumer's schema refuses is not sent (ValidationError): it would only be retried and dead-lettered.
 */
export class SqsNotificationQueue implements NotificationQueue {
  constructor(
    private readonly client: SQSClient,
    private readonly queueUrl: string,
  ) {}

  async enqueue(message: NotifyMessage): Promise<void> {
    const body = queueMessageBody(NotifyMessageSchema, message);
    await this.client.send(new SendMessageCommand({ QueueUrl: this.queueUrl, MessageBody: body }));
  }
}
