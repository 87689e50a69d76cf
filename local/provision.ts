import {
  CreateTableCommand,
  DescribeTableCommand,
  type DynamoDBClient,
  ResourceInUseException,
  UpdateTableCommand,
  UpdateTimeToLiveCommand,
} from '@aws-sdk/client-dynamodb';
import { CreateBucketCommand, type S3Client } from '@aws-sdk/client-s3';
import { CreateQueueCommand, GetQueueAttributesCommand, type SQSClient } from '@aws-sdk/client-sqs';
import { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { backfillPausedCases } from '../adapters/dynamodb/paused-case-backfill.ts';
import {
  BUCKETS,
  type BucketKey,
  CASE_TABLE,
  deadLetterQueueName,
  type IndexDeclaration,
  QUEUES,
  type QueueDeclaration,
  type QueueKey,
  type TableDeclaration,
} from '../resources/desk-resources.ts';

/** Creates the table from its declaration (same keys, indexes and TTL as the CDK stack). Idempotent. */
export async function ensureTable(
  client: DynamoDBClient,
  tableName: string,
  table: TableDeclaration = CASE_TABLE,
): Promise<void> {
  const attributes = new Map<string, string>();
  for (const key of [
    table.partitionKey,
    table.sortKey,
    ...table.globalSecondaryIndexes.flatMap((i) => [i.partitionKey, i.sortKey]),
  ]) {
    attributes.set(key.name, key.type);
  }
  try {
    await client.send(
      new CreateTableCommand({
        TableName: tableName,
        BillingMode: 'PAY_PER_REQUEST',
        AttributeDefinitions: [...attributes].map(([AttributeName, AttributeType]) => ({
          AttributeName,
          AttributeType: AttributeType as 'S' | 'N',
        })),
        KeySchema: [
          { AttributeName: table.partitionKey.name, KeyType: 'HASH' },
          { AttributeName: table.sortKey.name, KeyType: 'RANGE' },
        ],
        GlobalSecondaryIndexes: table.globalSecondaryIndexes.map(indexSpecification),
      }),
    );
    await client.send(
      new UpdateTimeToLiveCommand({
        TableName: tableName,
        TimeToLiveSpecification: { AttributeName: table.timeToLiveAttribute, Enabled: true },
      }),
    );
  } catch (error) {
    if (!(error instanceof ResourceInUseException)) throw error;
  }
  const { Table } = await client.send(new DescribeTableCommand({ TableName: tableName }));
  // A data folder from an older version lacks the indexes declared since: add them, one per
  // UpdateTable as DynamoDB allows, as a CloudFormation update adds them in AWS.
  const existing = new Set((Table?.GlobalSecondaryIndexes ?? []).map((index) => index.IndexName));
  for (const index of table.globalSecondaryIndexes) {
    if (existing.has(index.indexName)) continue;
    await client.send(
      new UpdateTableCommand({
        TableName: tableName,
        AttributeDefinitions: [...attributes].map(([AttributeName, AttributeType]) => ({
          AttributeName,
          AttributeType: AttributeType as 'S' | 'N',
        })),
        GlobalSecondaryIndexUpdates: [{ Create: indexSpecification(index) }],
      }),
    );
    await indexActive(client, tableName, index.indexName);
  }
  // Items an older version wrote otherwise: paused cases without their byTeam sort key (once per table).
  if (table.globalSecondaryIndexes.some((index) => index.indexName === 'byTeam')) {
    await backfillPausedCases(DynamoDBDocumentClient.from(client), tableName, new Date());
  }
}

/** Waits while DynamoDB backfills a new index: a query before it is ACTIVE fails. */
async function indexActive(client: DynamoDBClient, tableName: string, indexName: string): Promise<void> {
  const deadline = Date.now() + 120_000;
  for (;;) {
    const { Table } = await client.send(new DescribeTableCommand({ TableName: tableName }));
    const status = Table?.GlobalSecondaryIndexes?.find((index) => index.IndexName === indexName)?.IndexStatus;
    if (status === 'ACTIVE') return;
    if (Date.now() > deadline) throw new Error(`Index ${indexName} of ${tableName} is still ${status}`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

function indexSpecification(index: IndexDeclaration) {
  return {
    IndexName: index.indexName,
    KeySchema: [
      { AttributeName: index.partitionKey.name, KeyType: 'HASH' as const },
      { AttributeName: index.sortKey.name, KeyType: 'RANGE' as const },
    ],
    Projection: { ProjectionType: 'INCLUDE' as const, NonKeyAttributes: [...index.nonKeyAttributes] },
  };
}

export interface ProvisionedQueue {
  readonly url: string;
  readonly deadLetterUrl: string;
}

export type QueueUrls = Record<QueueKey, ProvisionedQueue>;

/** Creates every declared queue with its dead-letter queue and redrive policy. Idempotent. */
export async function ensureQueues(client: SQSClient, prefix: string): Promise<QueueUrls> {
  const entries = await Promise.all(
    (Object.entries(QUEUES) as [QueueKey, QueueDeclaration][]).map(
      async ([key, queue]) => [key, await ensureQueue(client, prefix, queue)] as const,
    ),
  );
  return Object.fromEntries(entries) as QueueUrls;
}

async function ensureQueue(
  client: SQSClient,
  prefix: string,
  queue: QueueDeclaration,
): Promise<ProvisionedQueue> {
  const day = 24 * 60 * 60;
  const dlq = await client.send(
    new CreateQueueCommand({
      QueueName: `${prefix}${deadLetterQueueName(queue)}`,
      Attributes: {
        MessageRetentionPeriod: String(queue.deadLetterRetentionDays * day),
        ...(queue.fifo ? { FifoQueue: 'true' } : {}),
      },
    }),
  );
  const dlqAttributes = await client.send(
    new GetQueueAttributesCommand({ QueueUrl: dlq.QueueUrl, AttributeNames: ['QueueArn'] }),
  );
  const main = await client.send(
    new CreateQueueCommand({
      QueueName: `${prefix}${queue.name}`,
      Attributes: {
        VisibilityTimeout: String(queue.visibilityTimeoutSeconds),
        MessageRetentionPeriod: String(queue.retentionDays * day),
        ...(queue.fifo ? { FifoQueue: 'true' } : {}),
        RedrivePolicy: JSON.stringify({
          deadLetterTargetArn: dlqAttributes.Attributes?.QueueArn,
          maxReceiveCount: queue.maxReceiveCount,
        }),
      },
    }),
  );
  if (!main.QueueUrl || !dlq.QueueUrl) throw new Error(`CreateQueue returned no URL for ${queue.name}`);
  return { url: main.QueueUrl, deadLetterUrl: dlq.QueueUrl };
}

export type BucketNames = Record<BucketKey, string>;

/** Creates every declared bucket as `<prefix><name>` (CreateBucket is idempotent in the emulator). */
export async function ensureBuckets(client: S3Client, prefix: string): Promise<BucketNames> {
  const entries = await Promise.all(
    (Object.keys(BUCKETS) as BucketKey[]).map(async (key) => {
      const name = `${prefix}${BUCKETS[key].name}`;
      await client.send(new CreateBucketCommand({ Bucket: name }));
      return [key, name] as const;
    }),
  );
  return Object.fromEntries(entries) as BucketNames;
}
