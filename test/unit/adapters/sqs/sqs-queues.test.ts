import { randomUUID } from 'node:crypto';
import type { SendMessageCommand, SQSClient } from '@aws-sdk/client-sqs';
import { describe, expect, it } from 'vitest';
import { SqsNotificationQueue } from '../../../../adapters/sqs/sqs-notification-queue.ts';
import { SqsRouteQueue } from '../../../../adapters/sqs/sqs-route-queue.ts';
import { ValidationError } from '../../../../domain/errors.ts';
import type { NotifyMessage } from '../../../../domain/queue-messages/notify-message.ts';

/** An SQS client that records what it would send. */
function recordingClient() {
  const sent: SendMessageCommand['input'][] = [];
  const client = {
    send: async (command: SendMessageCommand) => {
      sent.push(command.input);
      return { MessageId: randomUUID() };
    },
  } as unknown as SQSClient;
  return { client, sent };
}

const queueUrl = 'http://sqs.local/000000000000/notify';

describe('SqsNotificationQueue', () => {
  it('sends the case id and the notification id, nothing else', async () => {
    const { client, sent } = recordingClient();
    const message = { caseId: randomUUID(), notificationId: randomUUID() };

    await new SqsNotificationQueue(client, queueUrl).enqueue(message);

    expect(sent).toEqual([{ QueueUrl: queueUrl, MessageBody: JSON.stringify(message) }]);
  });

  it.each([
    ['without a notification id', { caseId: randomUUID() }, 'notificationId'],
    [
      'with an undefined notification id',
      { caseId: randomUUID(), notificationId: undefined },
      'notificationId',
    ],
    ['with a case id that is no id', { caseId: 'PD-3AG0-FH3K', notificationId: randomUUID() }, 'caseId'],
    [
      'with more than ids',
      { caseId: randomUUID(), notificationId: randomUUID(), email: 'anna@example.com' },
      '(body)',
    ],
  ])('refuses a message %s and sends nothing', async (_name, message, field) => {
    const { client, sent } = recordingClient();

    const enqueued = new SqsNotificationQueue(client, queueUrl).enqueue(message as unknown as NotifyMessage);

    await expect(enqueued).rejects.toThrow(ValidationError);
    await expect(enqueued).rejects.toMatchObject({ issues: [expect.objectContaining({ field })] });
    expect(sent).toEqual([]);
  });
});

describe('SqsRouteQueue', () => {
  it('sends the case id, nothing else', async () => {
    const { client, sent } = recordingClient();
    const caseId = randomUUID();

    await new SqsRouteQueue(client, queueUrl).enqueue(caseId);

    expect(sent).toEqual([{ QueueUrl: queueUrl, MessageBody: JSON.stringify({ caseId }) }]);
  });

  it.each([
    ['an empty case id', ''],
    ['a reference instead of a case id', 'PD-3AG0-FH3K'],
    ['an undefined case id', undefined],
  ])('refuses %s and sends nothing', async (_name, caseId) => {
    const { client, sent } = recordingClient();

    await expect(new SqsRouteQueue(client, queueUrl).enqueue(caseId as unknown as string)).rejects.toThrow(
      ValidationError,
    );
    expect(sent).toEqual([]);
  });
});
