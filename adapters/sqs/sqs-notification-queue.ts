import { SendMessageCommand, type SQSClient } from '@aws-sdk/client-sqs';
import type { NotificationQueue, NotifyMessage } from '../../domain/notifications/notification.ts';

/** Notify queue messages carry a case id and a notification id: no content, no addresses. */
export class SqsNotificationQueue implements NotificationQueue {
  constructor(
    private readonly client: SQSClient,
    private readonly queueUrl: string,
  ) {}

  async enqueue(message: NotifyMessage): Promise<void> {
    await this.client.send(
      new SendMessageCommand({
        QueueUrl: this.queueUrl,
        MessageBody: JSON.stringify({ caseId: message.caseId, notificationId: message.notificationId }),
      }),
    );
  }
}
