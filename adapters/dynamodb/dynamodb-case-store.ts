import { randomUUID } from 'node:crypto';
import { ConditionalCheckFailedException, TransactionCanceledException } from '@aws-sdk/client-dynamodb';
import {
  type DynamoDBDocumentClient,
  GetCommand,
  QueryCommand,
  TransactWriteCommand,
} from '@aws-sdk/lib-dynamodb';
import type { AuditEvent, CaseRecord } from '../../domain/case-record.ts';
import type { CaseStore } from '../../domain/case-store.ts';
import { ConflictError } from '../../domain/errors.ts';
import { CASE_TABLE } from '../../lib/desk-resources.ts';
import { auditSortKey, awaitingRoutingPartition, caseKey, INDEX_SHARDS, shardOf } from './keys.ts';

const PENDING_INDEX = CASE_TABLE.globalSecondaryIndexes[1].indexName;

export class DynamoDbCaseStore implements CaseStore {
  constructor(
    private readonly client: DynamoDBDocumentClient,
    private readonly tableName: string,
  ) {}

  async createCase(record: CaseRecord, audit: AuditEvent): Promise<void> {
    try {
      await this.client.send(
        new TransactWriteCommand({
          TransactItems: [
            {
              Put: {
                TableName: this.tableName,
                Item: {
                  ...caseKey(record.caseId),
                  ...record,
                  gsi2pk: awaitingRoutingPartition(shardOf(record.caseId)),
                  gsi2sk: `${record.receivedAt}#${record.caseId}`,
                },
                ConditionExpression: 'attribute_not_exists(pk)',
              },
            },
            { Put: { TableName: this.tableName, Item: this.auditItem(audit) } },
          ],
        }),
      );
    } catch (error) {
      if (error instanceof TransactionCanceledException) {
        throw new ConflictError('A case with this id already exists');
      }
      throw error;
    }
  }

  async getCase(caseId: string): Promise<CaseRecord | undefined> {
    const { Item } = await this.client.send(
      new GetCommand({ TableName: this.tableName, Key: caseKey(caseId), ConsistentRead: true }),
    );
    if (!Item) return undefined;
    const { pk: _pk, sk: _sk, gsi2pk: _gsi2pk, gsi2sk: _gsi2sk, ...record } = Item;
    return record as CaseRecord;
  }

  async markRouted(caseId: string, at: Date, audit: AuditEvent): Promise<boolean> {
    try {
      await this.client.send(
        new TransactWriteCommand({
          TransactItems: [
            {
              Update: {
                TableName: this.tableName,
                Key: caseKey(caseId),
                UpdateExpression: 'SET #status = :routed, routedAt = :at REMOVE gsi2pk, gsi2sk',
                ConditionExpression: '#status = :received',
                ExpressionAttributeNames: { '#status': 'status' },
                ExpressionAttributeValues: {
                  ':routed': 'routed',
                  ':received': 'received',
                  ':at': at.toISOString(),
                },
              },
            },
            { Put: { TableName: this.tableName, Item: this.auditItem(audit) } },
          ],
        }),
      );
      return true;
    } catch (error) {
      if (error instanceof TransactionCanceledException || error instanceof ConditionalCheckFailedException) {
        return false;
      }
      throw error;
    }
  }

  async listAwaitingRouting(before: Date, limit: number): Promise<string[]> {
    const perShard = await Promise.all(
      Array.from({ length: INDEX_SHARDS }, (_, shard) =>
        this.client.send(
          new QueryCommand({
            TableName: this.tableName,
            IndexName: PENDING_INDEX,
            KeyConditionExpression: 'gsi2pk = :pk AND gsi2sk < :before',
            ExpressionAttributeValues: {
              ':pk': awaitingRoutingPartition(shard),
              ':before': before.toISOString(),
            },
            Limit: limit,
          }),
        ),
      ),
    );
    return perShard
      .flatMap((page) => page.Items ?? [])
      .map((item) => item.caseId as string)
      .slice(0, limit);
  }

  async listAuditEvents(caseId: string): Promise<AuditEvent[]> {
    const { Items } = await this.client.send(
      new QueryCommand({
        TableName: this.tableName,
        KeyConditionExpression: 'pk = :pk AND begins_with(sk, :audit)',
        ExpressionAttributeValues: { ':pk': caseKey(caseId).pk, ':audit': 'AUDIT#' },
        ConsistentRead: true,
      }),
    );
    return (Items ?? []).map(({ caseId, at, action, actor, detail }) => ({
      caseId,
      at,
      action,
      actor,
      detail,
    }));
  }

  async ping(): Promise<void> {
    await this.client.send(
      new GetCommand({ TableName: this.tableName, Key: { pk: 'HEALTH', sk: 'HEALTH' } }),
    );
  }

  private auditItem(audit: AuditEvent) {
    return {
      pk: caseKey(audit.caseId).pk,
      sk: auditSortKey(audit.at, randomUUID()),
      ...audit,
    };
  }
}
