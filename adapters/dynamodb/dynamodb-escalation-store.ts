import { ConditionalCheckFailedException } from '@aws-sdk/client-dynamodb';
import { BatchGetCommand, type BatchGetCommandOutput, PutCommand } from '@aws-sdk/lib-dynamodb';
import type {
  DigestMarker,
  EscalationChange,
  EscalationStore,
  OpenCaseSnapshot,
} from '../../domain/case-store.ts';
import type { Notification } from '../../domain/notifications/notification.ts';
import { auditPut, notificationPut, type TransactItem, withoutKeys } from './case-items.ts';
import { DUE_INDEX, DynamoDbCaseTable, TTL } from './dynamodb-case-table.ts';
import { caseKey, digestMarkerKey, INDEX_SHARDS, openPartition, toEpochSeconds } from './keys.ts';
import { retryUnprocessed } from './retry-unprocessed.ts';

/** `:name` placeholders for a list of values: {':k0': a, ':k1': b}. */
function placeholders(prefix: string, values: readonly string[]): Record<string, string> {
  return Object.fromEntries(values.map((value, i) => [`:${prefix}${i}`, value]));
}

/** Escalation steps and digests over the byDue and byPendingStep indexes. */
export class DynamoDbEscalationStore extends DynamoDbCaseTable implements EscalationStore {
  async listOpenCases(dueBy?: Date): Promise<OpenCaseSnapshot[]> {
    // gsi1sk = <dueAt ISO>#<caseId>: everything up to "<dueBy>#~" is due at or before dueBy.
    const upper = dueBy ? `${dueBy.toISOString()}#~` : undefined;
    const perShard = await Promise.all(
      Array.from({ length: INDEX_SHARDS }, (_, shard) =>
        this.queryAll({
          TableName: this.tableName,
          IndexName: DUE_INDEX,
          KeyConditionExpression: upper ? 'gsi1pk = :pk AND gsi1sk <= :upper' : 'gsi1pk = :pk',
          ExpressionAttributeValues: { ':pk': openPartition(shard), ...(upper ? { ':upper': upper } : {}) },
        }),
      ),
    );
    return perShard.flat().map((item) => withoutKeys<OpenCaseSnapshot>(item));
  }

  async recordEscalation(caseId: string, change: EscalationChange): Promise<boolean> {
    const keys = placeholders('k', change.keys);
    const assigneeCondition =
      change.expected.assigneeId === undefined
        ? 'attribute_not_exists(assigneeId)'
        : 'assigneeId = :assignee';
    return this.conditionalTransaction(
      [
        {
          Update: {
            TableName: this.tableName,
            Key: caseKey(caseId),
            UpdateExpression: 'ADD escalationsSent :keys',
            ConditionExpression: [
              'attribute_exists(pk)',
              '#status = :status',
              'teamId = :team',
              assigneeCondition,
              ...Object.keys(keys).map((name) => `NOT contains(escalationsSent, ${name})`),
            ].join(' AND '),
            ExpressionAttributeNames: { '#status': 'status' },
            ExpressionAttributeValues: {
              ':keys': new Set([...change.keys, ...(change.sentAtKeys ?? [])]),
              ':status': change.expected.status,
              ':team': change.expected.teamId,
              ...(change.expected.assigneeId === undefined
                ? {}
                : { ':assignee': change.expected.assigneeId }),
              ...keys,
            },
          },
        },
        auditPut(this.tableName, change.audit),
        ...change.notifications.map((notification) => notificationPut(this.tableName, notification)),
      ],
      true,
    );
  }

  async digestsSent(markers: readonly Pick<DigestMarker, 'teamId' | 'localDate'>[]): Promise<Set<string>> {
    const sent = new Set<string>();
    for (let i = 0; i < markers.length; i += 100) {
      const keys: Record<string, unknown>[] = markers
        .slice(i, i + 100)
        .map((marker) => digestMarkerKey(marker.teamId, marker.localDate));
      await retryUnprocessed('Digest markers', keys, async (pending) => {
        const result: BatchGetCommandOutput = await this.client.send(
          new BatchGetCommand({
            RequestItems: { [this.tableName]: { Keys: [...pending], ProjectionExpression: 'teamId' } },
          }),
        );
        for (const item of result.Responses?.[this.tableName] ?? []) sent.add(item.teamId as string);
        return result.UnprocessedKeys?.[this.tableName]?.Keys;
      });
    }
    return sent;
  }

  async recordDigest(marker: DigestMarker, notification: Notification | undefined): Promise<boolean> {
    const put: TransactItem = {
      Put: {
        TableName: this.tableName,
        Item: {
          ...digestMarkerKey(marker.teamId, marker.localDate),
          teamId: marker.teamId,
          key: marker.key,
          ...(notification ? { notificationId: notification.notificationId } : {}),
          [TTL]: toEpochSeconds(marker.expiresAt),
        },
        ConditionExpression: 'attribute_not_exists(pk)',
      },
    };
    if (notification)
      return this.conditionalTransaction([put, notificationPut(this.tableName, notification)], true);
    try {
      await this.client.send(new PutCommand(put.Put as ConstructorParameters<typeof PutCommand>[0]));
      return true;
    } catch (error) {
      if (error instanceof ConditionalCheckFailedException) return false;
      throw error;
    }
  }
}
