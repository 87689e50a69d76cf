import { randomUUID } from 'node:crypto';
import { ConditionalCheckFailedException, TransactionCanceledException } from '@aws-sdk/client-dynamodb';
import {
  type DynamoDBDocumentClient,
  GetCommand,
  QueryCommand,
  type QueryCommandInput,
  TransactWriteCommand,
} from '@aws-sdk/lib-dynamodb';
import { unmarshall } from '@aws-sdk/util-dynamodb';
import type { AuditEvent, CaseRecord, ThreadMessage } from '../../domain/case-model.ts';
import type {
  CaseStore,
  CreateCaseResult,
  NewCase,
  OnceMarker,
  ReferenceEntry,
  VerificationEntry,
} from '../../domain/case-store.ts';
import type { Notification } from '../../domain/notifications/notification.ts';
import { CASE_TABLE } from '../../lib/desk-resources.ts';
import {
  auditSortKey,
  caseKey,
  casePartition,
  emailLookupKey,
  INDEX_SHARDS,
  notificationKey,
  onceKey,
  openIndexAttributes,
  type PendingStep,
  pendingIndexAttributes,
  pendingPartition,
  referenceKey,
  threadSortKey,
  toEpochSeconds,
  verificationKey,
} from './keys.ts';

const PENDING_INDEX = CASE_TABLE.globalSecondaryIndexes[1].indexName;
const TTL = CASE_TABLE.timeToLiveAttribute;

type Item = Record<string, unknown>;
type TransactItem = NonNullable<
  ConstructorParameters<typeof TransactWriteCommand>[0]['TransactItems']
>[number];

const KEY_ATTRIBUTES = ['pk', 'sk', 'gsi1pk', 'gsi1sk', 'gsi2pk', 'gsi2sk', TTL] as const;

function withoutKeys<T>(item: Item): T {
  const copy: Item = { ...item };
  for (const name of KEY_ATTRIBUTES) delete copy[name];
  return copy as T;
}

/** DynamoDB implementation of the CaseStore port (single table, see keys.ts). */
export class DynamoDbCaseStore implements CaseStore {
  constructor(
    private readonly client: DynamoDBDocumentClient,
    private readonly tableName: string,
  ) {}

  async createCase(newCase: NewCase, now: Date): Promise<CreateCaseResult> {
    const { record } = newCase;
    const nowSeconds = Math.floor(now.getTime() / 1000);
    const markers: { via: 'same_content' | 'idempotency_key'; item: TransactItem }[] = [
      {
        via: 'same_content',
        item: this.oncePut('dedup', newCase.duplicateMarker, record.caseId, nowSeconds),
      },
    ];
    if (newCase.idempotencyMarker) {
      markers.push({
        via: 'idempotency_key',
        item: this.oncePut('idem', newCase.idempotencyMarker, record.caseId, nowSeconds),
      });
    }
    const items: TransactItem[] = [
      {
        Put: {
          TableName: this.tableName,
          Item: {
            ...caseKey(record.caseId),
            ...record,
            ...(record.status === 'closed' ? {} : openIndexAttributes(record.caseId, record.deadline.dueAt)),
            ...(record.status === 'received'
              ? pendingIndexAttributes('route', record.caseId, record.receivedAt)
              : {}),
          },
          ConditionExpression: 'attribute_not_exists(pk)',
        },
      },
      {
        Put: {
          TableName: this.tableName,
          Item: {
            ...referenceKey(record.reference),
            caseId: record.caseId,
            accessTokenHash: record.accessTokenHash,
          },
          ConditionExpression: 'attribute_not_exists(pk)',
        },
      },
      ...markers.map((marker) => marker.item),
      ...(newCase.verification
        ? [
            {
              Put: {
                TableName: this.tableName,
                Item: {
                  ...verificationKey(newCase.verification.tokenHash),
                  caseId: record.caseId,
                  validUntil: newCase.verification.expiresAt,
                  [TTL]: toEpochSeconds(newCase.verification.expiresAt),
                },
              },
            },
          ]
        : []),
      { Put: { TableName: this.tableName, Item: this.auditItem(newCase.audit) } },
      ...newCase.notifications.map((notification) => this.notificationPut(notification)),
    ];

    try {
      await this.client.send(new TransactWriteCommand({ TransactItems: items }));
      return { kind: 'created' };
    } catch (error) {
      if (!(error instanceof TransactionCanceledException)) throw error;
      const reasons = error.CancellationReasons ?? [];
      // Markers first: an idempotent retry must see its case, not a reference clash.
      for (const [i, marker] of markers.entries()) {
        const reason = reasons[2 + i];
        if (reason?.Code === 'ConditionalCheckFailed' && reason.Item) {
          const existing = unmarshall(reason.Item as Parameters<typeof unmarshall>[0]);
          return {
            kind: 'duplicate',
            via: marker.via,
            caseId: existing.caseId as string,
            sealedResponse: existing.sealedResponse as string,
          };
        }
      }
      if (reasons[1]?.Code === 'ConditionalCheckFailed') return { kind: 'reference_taken' };
      throw error;
    }
  }

  async getCase(caseId: string): Promise<CaseRecord | undefined> {
    const item = await this.get(caseKey(caseId));
    return item ? withoutKeys<CaseRecord>(item) : undefined;
  }

  async findByReference(reference: string): Promise<ReferenceEntry | undefined> {
    const item = await this.get(referenceKey(reference));
    return item
      ? { caseId: item.caseId as string, accessTokenHash: item.accessTokenHash as string }
      : undefined;
  }

  async findVerification(tokenHash: string): Promise<VerificationEntry | undefined> {
    const item = await this.get(verificationKey(tokenHash));
    return item ? { caseId: item.caseId as string, expiresAt: item.validUntil as string } : undefined;
  }

  async markVerified(caseId: string, change: Parameters<CaseStore['markVerified']>[1]): Promise<boolean> {
    return this.conditionalTransaction([
      {
        Update: {
          TableName: this.tableName,
          Key: caseKey(caseId),
          UpdateExpression:
            'SET #status = :received, verifiedAt = :at, deadline = :deadline, gsi1sk = :gsi1sk, gsi2pk = :gsi2pk, gsi2sk = :gsi2sk',
          ConditionExpression: '#status = :awaiting',
          ExpressionAttributeNames: { '#status': 'status' },
          ExpressionAttributeValues: {
            ':received': 'received',
            ':awaiting': 'awaiting_verification',
            ':at': change.at,
            ':deadline': change.deadline,
            ':gsi1sk': openIndexAttributes(caseId, change.deadline.dueAt).gsi1sk,
            ...Object.fromEntries(
              Object.entries(pendingIndexAttributes('route', caseId, change.at)).map(([k, v]) => [
                `:${k}`,
                v,
              ]),
            ),
          },
        },
      },
      { Put: { TableName: this.tableName, Item: this.auditItem(change.audit) } },
      ...change.notifications.map((notification) => this.notificationPut(notification)),
    ]);
  }

  async listAwaitingRouting(before: Date, limit: number): Promise<string[]> {
    const items = await this.queryPending('route', before, limit);
    return items.map((item) => item.caseId as string);
  }

  async listAuditEvents(caseId: string): Promise<AuditEvent[]> {
    const items = await this.queryCase(caseId, 'AUDIT#');
    return items.map(
      ({ caseId, at, action, actor, detail }) => ({ caseId, at, action, actor, detail }) as AuditEvent,
    );
  }

  async getNotification(caseId: string, notificationId: string) {
    const item = await this.get(notificationKey(caseId, notificationId));
    return item ? withoutKeys<Notification & { sentAt?: string }>(item) : undefined;
  }

  async recordNotificationSent(notification: Notification, message: ThreadMessage): Promise<boolean> {
    const threadSk = threadSortKey(message.at, message.messageId);
    return this.conditionalTransaction([
      {
        Update: {
          TableName: this.tableName,
          Key: notificationKey(notification.caseId, notification.notificationId),
          UpdateExpression:
            'SET sentAt = :at, emailMessageId = :emailMessageId REMOVE sealedParams, gsi2pk, gsi2sk',
          ConditionExpression: 'attribute_exists(pk) AND attribute_not_exists(sentAt)',
          ExpressionAttributeValues: { ':at': message.at, ':emailMessageId': message.emailMessageId ?? null },
        },
      },
      {
        Put: {
          TableName: this.tableName,
          Item: {
            pk: casePartition(message.caseId),
            sk: threadSk,
            ...message,
          },
        },
      },
      // Replies name the desk's email in In-Reply-To/References: this finds its case (and loops).
      ...(message.emailMessageId
        ? [
            {
              Put: {
                TableName: this.tableName,
                Item: { ...emailLookupKey(message.emailMessageId), caseId: message.caseId, threadSk },
              },
            },
          ]
        : []),
    ]);
  }

  async listPendingNotifications(before: Date, limit: number) {
    const items = await this.queryPending('notify', before, limit);
    return items.map((item) => ({
      caseId: item.caseId as string,
      notificationId: item.notificationId as string,
    }));
  }

  async listThread(caseId: string): Promise<ThreadMessage[]> {
    const items = await this.queryCase(caseId, 'MSG#');
    return items.map((item) => withoutKeys<ThreadMessage>(item));
  }

  async ping(): Promise<void> {
    await this.client.send(
      new GetCommand({ TableName: this.tableName, Key: { pk: 'HEALTH', sk: 'HEALTH' } }),
    );
  }

  private async get(key: { pk: string; sk: string }): Promise<Item | undefined> {
    const { Item } = await this.client.send(
      new GetCommand({ TableName: this.tableName, Key: key, ConsistentRead: true }),
    );
    return Item;
  }

  private async queryCase(caseId: string, prefix: string): Promise<Item[]> {
    const items: Item[] = [];
    let ExclusiveStartKey: QueryCommandInput['ExclusiveStartKey'];
    do {
      const page = await this.client.send(
        new QueryCommand({
          TableName: this.tableName,
          KeyConditionExpression: 'pk = :pk AND begins_with(sk, :prefix)',
          ExpressionAttributeValues: { ':pk': casePartition(caseId), ':prefix': prefix },
          ConsistentRead: true,
          ExclusiveStartKey,
        }),
      );
      items.push(...(page.Items ?? []));
      ExclusiveStartKey = page.LastEvaluatedKey;
    } while (ExclusiveStartKey);
    return items;
  }

  private async queryPending(step: PendingStep, before: Date, limit: number): Promise<Item[]> {
    const perShard = await Promise.all(
      Array.from({ length: INDEX_SHARDS }, (_, shard) =>
        this.client.send(
          new QueryCommand({
            TableName: this.tableName,
            IndexName: PENDING_INDEX,
            KeyConditionExpression: 'gsi2pk = :pk AND gsi2sk < :before',
            ExpressionAttributeValues: {
              ':pk': pendingPartition(step, shard),
              ':before': before.toISOString(),
            },
            Limit: limit,
          }),
        ),
      ),
    );
    return perShard.flatMap((page) => page.Items ?? []).slice(0, limit);
  }

  /** Runs a transaction whose first item carries the condition; false when that condition failed. */
  private async conditionalTransaction(items: TransactItem[]): Promise<boolean> {
    try {
      await this.client.send(new TransactWriteCommand({ TransactItems: items }));
      return true;
    } catch (error) {
      if (error instanceof TransactionCanceledException || error instanceof ConditionalCheckFailedException) {
        if (
          error instanceof TransactionCanceledException &&
          error.CancellationReasons?.[0]?.Code !== 'ConditionalCheckFailed'
        ) {
          throw error;
        }
        return false;
      }
      throw error;
    }
  }

  private oncePut(
    kind: 'dedup' | 'idem',
    marker: OnceMarker,
    caseId: string,
    nowSeconds: number,
  ): TransactItem {
    return {
      Put: {
        TableName: this.tableName,
        Item: {
          ...onceKey(kind, marker.key),
          caseId,
          sealedResponse: marker.sealedResponse,
          validUntil: marker.expiresAt,
          [TTL]: toEpochSeconds(marker.expiresAt),
        },
        // TTL deletes lazily (up to days later): an expired marker counts as absent.
        ConditionExpression: 'attribute_not_exists(pk) OR #ttl < :now',
        ExpressionAttributeNames: { '#ttl': TTL },
        ExpressionAttributeValues: { ':now': nowSeconds },
        ReturnValuesOnConditionCheckFailure: 'ALL_OLD',
      },
    };
  }

  private notificationPut(notification: Notification): TransactItem {
    return {
      Put: {
        TableName: this.tableName,
        Item: {
          ...notificationKey(notification.caseId, notification.notificationId),
          ...notification,
          ...pendingIndexAttributes('notify', notification.notificationId, notification.createdAt),
        },
        ConditionExpression: 'attribute_not_exists(pk)',
      },
    };
  }

  private auditItem(audit: AuditEvent) {
    return { pk: casePartition(audit.caseId), sk: auditSortKey(audit.at, randomUUID()), ...audit };
  }
}
