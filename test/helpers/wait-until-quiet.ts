import { QueryCommand } from '@aws-sdk/client-dynamodb';
import { GetQueueAttributesCommand } from '@aws-sdk/client-sqs';
import { INDEX_SHARDS, pendingPartition } from '../../adapters/dynamodb/keys.ts';
import { QUEUES, type QueueKey } from '../../resources/desk-resources.ts';
import { eventually, type TestDesk } from './test-desk.ts';

/** The counts that say a queue still holds work: waiting, received and not yet deleted, delayed. */
const QUEUE_COUNTS = [
  'ApproximateNumberOfMessages',
  'ApproximateNumberOfMessagesNotVisible',
  'ApproximateNumberOfMessagesDelayed',
] as const;

/**
 * Messages in the desk's work queues (not the dead-letter queues), visible or in flight. Queues that
 * systems outside the desk read (the suppression queue) are not the desk's work: they stay full.
 */
export async function queuedMessages(desk: TestDesk): Promise<number> {
  let total = 0;
  const workQueues = (Object.keys(desk.services.queueUrls) as QueueKey[]).filter(
    (key) => !('externalConsumer' in QUEUES[key]),
  );
  for (const url of workQueues.map((key) => desk.services.queueUrls[key].url)) {
    const { Attributes } = await desk.sqs.send(
      new GetQueueAttributesCommand({ QueueUrl: url, AttributeNames: [...QUEUE_COUNTS] }),
    );
    for (const name of QUEUE_COUNTS) total += Number(Attributes?.[name] ?? 0);
  }
  return total;
}

/** Notifications of the outbox not yet sent (the `notify` partitions of byPendingStep). */
export async function pendingNotifications(desk: TestDesk): Promise<number> {
  let total = 0;
  for (let shard = 0; shard < INDEX_SHARDS; shard++) {
    const { Count } = await desk.dynamodb.send(
      new QueryCommand({
        TableName: desk.tableName,
        IndexName: 'byPendingStep',
        KeyConditionExpression: 'gsi2pk = :pk',
        ExpressionAttributeValues: { ':pk': { S: pendingPartition('notify', shard) } },
        Select: 'COUNT',
      }),
    );
    total += Count ?? 0;
  }
  return total;
}

/**
 * Waits until the desk has nothing left to do: every work queue empty, visible and in flight (a
 * consumer deletes its message only after its handler returned, so an in-flight message is work
 * still running), and no notification pending in the outbox. Seen twice in a row, because a
 * consumer may enqueue follow-up work between the two reads of one look. After this, whatever the
 * desk was going to send has been sent: a test asserts that something did NOT happen only then.
 */
export async function waitUntilQuiet(desk: TestDesk, timeoutMs = 20_000): Promise<void> {
  let quietBefore = false;
  await eventually(async () => {
    const quiet = (await queuedMessages(desk)) === 0 && (await pendingNotifications(desk)) === 0;
    const settled = quiet && quietBefore;
    quietBefore = quiet;
    return settled ? true : undefined;
  }, timeoutMs);
}
