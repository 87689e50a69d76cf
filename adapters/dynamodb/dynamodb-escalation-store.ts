import { ConditionalCheckFailedException } from '@aws-sdk/client-dynamodb';
import {
  BatchGetCommand,
  type BatchGetCommandOutput,
  PutCommand,
  QueryCommand,
  type QueryCommandInput,
} from '@aws-sdk/lib-dynamodb';
import type {
  ClosedCaseSummary,
  DigestMarker,
  DigestTeamCounts,
  DueRange,
  EscalationChange,
  EscalationStore,
  OpenCaseSnapshot,
  TeamCaseQuery,
  TeamCaseRead,
  TeamOpenCase,
} from '../../domain/case-store.ts';
import type { Notification } from '../../domain/notifications/notification.ts';
import { auditPut, notificationPut, type TransactItem, withoutKeys } from './case-items.ts';
import { DUE_INDEX, DynamoDbCaseTable, PENDING_INDEX, TTL, teamDueQuery } from './dynamodb-case-table.ts';
import {
  caseKey,
  digestMarkerKey,
  digestProgressKey,
  INDEX_SHARDS,
  isPausedSortKey,
  openPartition,
  pendingPartition,
  toEpochSeconds,
} from './keys.ts';
import { retryUnprocessed } from './retry-unprocessed.ts';

/** `:name` placeholders for a list of values: {':k0': a, ':k1': b}. */
function placeholders(prefix: string, values: readonly string[]): Record<string, string> {
  return Object.fromEntries(values.map((value, i) => [`:${prefix}${i}`, value]));
}

/** A byTeam item as a digest reads it: paused when its sort key says so (byTeam projects no pausedAt). */
function teamOpenCase(item: Record<string, unknown>): TeamOpenCase {
  const open = withoutKeys<TeamOpenCase>(item);
  return isPausedSortKey(item.gsi1sk) ? { ...open, paused: true } : open;
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

  async readTeamOpenCases(teamId: string, query: TeamCaseQuery): Promise<TeamCaseRead> {
    const team = teamDueQuery(teamId, query.due);
    const input: QueryCommandInput = {
      TableName: this.tableName,
      IndexName: team.IndexName,
      KeyConditionExpression: team.KeyConditionExpression,
      ExpressionAttributeValues: {
        ...team.values,
        ...(query.extendedOnly ? { ':none': 0 } : {}),
      },
      ...(query.extendedOnly ? { FilterExpression: 'deadline.extendedMonths > :none' } : {}),
    };
    const first: TeamOpenCase[] = [];
    let startKey: Record<string, unknown> | undefined;
    // The first `limit` cases as items, the rest only counted: a team's later cases stay in DynamoDB.
    while (first.length < query.limit) {
      const page = await this.client.send(
        // At most a page of 1,000 (DynamoDB Local fails on a Limit beyond 32 bits).
        new QueryCommand({
          ...input,
          Limit: Math.min(query.limit - first.length, 1000),
          ExclusiveStartKey: startKey,
        }),
      );
      for (const item of page.Items ?? []) first.push(teamOpenCase(item));
      startKey = page.LastEvaluatedKey;
      if (!startKey) return { count: first.length, first };
    }
    let count = first.length;
    do {
      const page = await this.client.send(
        new QueryCommand({ ...input, Select: 'COUNT', ExclusiveStartKey: startKey }),
      );
      count += page.Count ?? 0;
      startKey = page.LastEvaluatedKey;
    } while (startKey);
    return { count, first };
  }

  async listClosedCases(purgeDue: Required<DueRange>): Promise<ClosedCaseSummary[]> {
    // gsi2sk = <purgeAfter ISO>#<caseId>: BETWEEN two bare instants is [notBefore, before).
    const perShard = await Promise.all(
      Array.from({ length: INDEX_SHARDS }, (_, shard) =>
        this.queryAll({
          TableName: this.tableName,
          IndexName: PENDING_INDEX,
          KeyConditionExpression: 'gsi2pk = :pk AND gsi2sk BETWEEN :from AND :to',
          ExpressionAttributeValues: {
            ':pk': pendingPartition('purge', shard),
            ':from': purgeDue.notBefore.toISOString(),
            ':to': purgeDue.before.toISOString(),
          },
        }),
      ),
    );
    const keys: Record<string, unknown>[] = perShard.flat().map((item) => caseKey(item.caseId as string));
    const closed: ClosedCaseSummary[] = [];
    for (let i = 0; i < keys.length; i += 100) {
      await retryUnprocessed('Closed cases', keys.slice(i, i + 100), async (pending) => {
        const result: BatchGetCommandOutput = await this.client.send(
          new BatchGetCommand({
            RequestItems: {
              [this.tableName]: {
                Keys: [...pending],
                ProjectionExpression: 'caseId, teamId, outcome, closedAt',
              },
            },
          }),
        );
        for (const item of result.Responses?.[this.tableName] ?? []) {
          if (typeof item.closedAt === 'string') closed.push(item as ClosedCaseSummary);
        }
        return result.UnprocessedKeys?.[this.tableName]?.Keys;
      });
    }
    return closed;
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

  async digestProgress(log: string, localDate: string): Promise<DigestTeamCounts[]> {
    const { pk, sk } = digestProgressKey(log, localDate, '');
    const items = await this.queryAll({
      TableName: this.tableName,
      KeyConditionExpression: 'pk = :pk AND begins_with(sk, :sk)',
      ExpressionAttributeValues: { ':pk': pk, ':sk': sk },
      ConsistentRead: true,
    });
    return items.map((item) => ({
      teamId: item.teamId as string,
      open: Number(item.open),
      dueThisWeek: Number(item.dueThisWeek),
      overdue: Number(item.overdue),
      extended: Number(item.extended),
    }));
  }

  async saveDigestProgress(
    log: string,
    localDate: string,
    counts: DigestTeamCounts,
    expiresAt: string,
  ): Promise<void> {
    await this.client.send(
      new PutCommand({
        TableName: this.tableName,
        Item: {
          ...digestProgressKey(log, localDate, counts.teamId),
          teamId: counts.teamId,
          open: counts.open,
          dueThisWeek: counts.dueThisWeek,
          overdue: counts.overdue,
          extended: counts.extended,
          [TTL]: toEpochSeconds(expiresAt),
        },
      }),
    );
  }
}
