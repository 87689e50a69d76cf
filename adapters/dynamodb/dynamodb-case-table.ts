import { ConditionalCheckFailedException, TransactionCanceledException } from '@aws-sdk/client-dynamodb';
import {
  type DynamoDBDocumentClient,
  GetCommand,
  paginateQuery,
  QueryCommand,
  type QueryCommandInput,
  UpdateCommand,
} from '@aws-sdk/lib-dynamodb';
import { unmarshall } from '@aws-sdk/util-dynamodb';
import type { StoredAuditTrail } from '../../domain/audit/audit-store.ts';
import type { AuditEvent, CaseRecord, ThreadMessage } from '../../domain/case-model.ts';
import type {
  CaseReader,
  DueRange,
  RecipientAcknowledgements,
  WaitingCase,
  WaitingStep,
} from '../../domain/case-store.ts';
import { CASE_TABLE } from '../../resources/desk-resources.ts';
import { transactWriteChained } from './audit-chain-writer.ts';
import { type Item, type TransactItem, withoutKeys } from './case-items.ts';
import {
  auditHeadKey,
  auditPositionOf,
  caseKey,
  casePartition,
  deadlineSortKeyCondition,
  INDEX_SHARDS,
  type PendingStep,
  pendingPartition,
  recipientAcknowledgementsKey,
} from './keys.ts';
import { failedConditions, type LabelledItem, transactItems } from './labelled-transaction.ts';

export const DUE_INDEX = CASE_TABLE.globalSecondaryIndexes[0].indexName;
export const PENDING_INDEX = CASE_TABLE.globalSecondaryIndexes[1].indexName;
export const TEAM_INDEX = CASE_TABLE.globalSecondaryIndexes[2].indexName;
export const TTL = CASE_TABLE.timeToLiveAttribute;

/**
 * The byTeam query of one team's cases due within `due` and, optionally, of one clock state
 * (deadlineSortKeyCondition: a range of due instants never holds a paused case).
 */
export function teamDueQuery(teamId: string, due: DueRange | undefined, clock?: 'running' | 'paused') {
  const sortKey = deadlineSortKeyCondition(due, clock);
  return {
    IndexName: TEAM_INDEX,
    KeyConditionExpression: `teamId = :team${sortKey.condition}`,
    values: { ':team': teamId, ...sortKey.values },
  };
}

/**
 * The case table (single table, see keys.ts) as the small case stores share it: the reads every port
 * offers (CaseReader) and the query, claim and transaction helpers their writes use.
 */
export class DynamoDbCaseTable implements CaseReader {
  constructor(
    protected readonly client: DynamoDBDocumentClient,
    protected readonly tableName: string,
  ) {}

  async getCase(caseId: string): Promise<CaseRecord | undefined> {
    const item = await this.get(caseKey(caseId));
    return item ? withoutKeys<CaseRecord>(item) : undefined;
  }

  async listAuditEvents(caseId: string): Promise<AuditEvent[]> {
    const items = await this.queryCase(caseId, 'AUDIT#');
    return items.map(
      ({ caseId, at, action, actor, detail }) => ({ caseId, at, action, actor, detail }) as AuditEvent,
    );
  }

  /** A case's audit chain as stored, in storage order, with its head: for verification. */
  async readAuditTrail(caseId: string): Promise<StoredAuditTrail> {
    const [items, head] = await Promise.all([
      this.queryCase(caseId, 'AUDIT#'),
      this.get(auditHeadKey(caseId)),
    ]);
    return {
      caseId,
      events: items.map(({ pk: _pk, sk, gsi2pk: _g, gsi2sk: _s, [TTL]: _ttl, ...event }) => ({
        position: auditPositionOf(sk),
        ...event,
      })),
      ...(head && typeof head.seq === 'number' && typeof head.hash === 'string'
        ? { head: { seq: head.seq, hash: head.hash } }
        : {}),
      ...(typeof head?.[TTL] === 'number' ? { keptUntil: new Date(head[TTL] * 1000).toISOString() } : {}),
    };
  }

  async listThread(caseId: string): Promise<ThreadMessage[]> {
    const items = await this.queryCase(caseId, 'MSG#');
    return items.map((item) => withoutKeys<ThreadMessage>(item));
  }

  /** The emails counted against one address's cap (intake and the verification housekeeping share it). */
  async getRecipientAcknowledgements(key: string): Promise<RecipientAcknowledgements> {
    const item = await this.get(recipientAcknowledgementsKey(key));
    return {
      key,
      sentAt: Array.isArray(item?.sentAt) ? (item.sentAt as string[]) : [],
      version: typeof item?.version === 'number' ? item.version : 0,
    };
  }

  async ping(): Promise<void> {
    await this.client.send(
      new GetCommand({ TableName: this.tableName, Key: { pk: 'HEALTH', sk: 'HEALTH' } }),
    );
  }

  async listWaiting(step: WaitingStep, before: Date, limit: number): Promise<WaitingCase[]> {
    const items = await this.queryPending(step, before, limit);
    return items.map((item) => ({
      caseId: item.caseId as string,
      since: String(item.gsi2sk ?? '').split('#')[0] ?? '',
    }));
  }

  protected async get(key: { pk: string; sk: string }): Promise<Item | undefined> {
    const { Item } = await this.client.send(
      new GetCommand({ TableName: this.tableName, Key: key, ConsistentRead: true }),
    );
    return Item;
  }

  protected async queryCase(caseId: string, prefix: string): Promise<Item[]> {
    return this.queryAll({
      TableName: this.tableName,
      KeyConditionExpression: 'pk = :pk AND begins_with(sk, :prefix)',
      ExpressionAttributeValues: { ':pk': casePartition(caseId), ':prefix': prefix },
      ConsistentRead: true,
    });
  }

  /** Every page of a query (paginateQuery follows LastEvaluatedKey). */
  protected async queryAll(input: QueryCommandInput): Promise<Item[]> {
    const items: Item[] = [];
    for await (const page of paginateQuery({ client: this.client }, input)) items.push(...(page.Items ?? []));
    return items;
  }

  /** Every item of a partition, read consistently. */
  protected async queryPartition(pk: string): Promise<Item[]> {
    return this.queryAll({
      TableName: this.tableName,
      KeyConditionExpression: 'pk = :pk',
      ExpressionAttributeValues: { ':pk': pk },
      ConsistentRead: true,
    });
  }

  /**
   * Adds one to the item's `counter` if `waiting` still holds and fewer than `maxAttempts` were
   * counted; otherwise writes nothing and returns the item as it is (undefined when it is gone), for
   * the caller to tell "no longer waiting" from "out of attempts". One conditional write: two
   * sweeps cannot both take the last attempt.
   */
  protected async claimRedrive(
    key: { pk: string; sk: string },
    counter: 'redriveAttempts' | 'routeRedriveAttempts',
    waiting: string,
    values: Record<string, string>,
    maxAttempts: number,
  ): Promise<{ kind: 'claimed'; attempt: number } | { kind: 'refused'; item: Item | undefined }> {
    try {
      const { Attributes } = await this.client.send(
        new UpdateCommand({
          TableName: this.tableName,
          Key: key,
          UpdateExpression: `ADD ${counter} :one`,
          ConditionExpression: `${waiting} AND (attribute_not_exists(${counter}) OR ${counter} < :max)`,
          ...(waiting.includes('#status') ? { ExpressionAttributeNames: { '#status': 'status' } } : {}),
          ExpressionAttributeValues: { ...values, ':one': 1, ':max': maxAttempts },
          ReturnValues: 'UPDATED_NEW',
          ReturnValuesOnConditionCheckFailure: 'ALL_OLD',
        }),
      );
      return { kind: 'claimed', attempt: Number(Attributes?.[counter] ?? 1) };
    } catch (error) {
      if (!(error instanceof ConditionalCheckFailedException)) throw error;
      const item = error.Item ? unmarshall(error.Item as Parameters<typeof unmarshall>[0]) : undefined;
      return { kind: 'refused', item };
    }
  }

  protected async queryPending(step: PendingStep, before: Date, limit: number): Promise<Item[]> {
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

  /**
   * Runs a transaction whose first item carries the condition; false when that condition failed.
   * With `yieldOnConflict`, also false when a concurrent transaction on the same items won
   * (TransactionConflict): for the sweep's once-only writes, the other writer did or will do it.
   */
  protected async conditionalTransaction(items: TransactItem[], yieldOnConflict = false): Promise<boolean> {
    try {
      const outcome = await this.labelledTransaction(
        items.map((item, index) => (index === 0 ? { label: 'condition' as const, item } : { item })),
        { yieldOnConflict },
      );
      return outcome === 'written';
    } catch (error) {
      if (error instanceof ConditionalCheckFailedException) return false;
      throw error;
    }
  }

  /**
   * Runs a transaction of labelled items: `written`, or the labels whose condition failed, read by
   * item (labelled-transaction.ts). With `yieldOnConflict`, `conflict` when nothing labelled failed
   * but a concurrent transaction held one of the items. Anything else is thrown.
   */
  protected async labelledTransaction<L extends string>(
    entries: readonly LabelledItem<L>[],
    options: { readonly yieldOnConflict?: boolean } = {},
  ): Promise<'written' | 'conflict' | ReadonlySet<L>> {
    try {
      await transactWriteChained(this.client, transactItems(entries));
      return 'written';
    } catch (error) {
      if (!(error instanceof TransactionCanceledException)) throw error;
      const failed = failedConditions(entries, error);
      if (failed.size > 0) return failed;
      const conflict = (error.CancellationReasons ?? []).some(
        (reason) => reason.Code === 'TransactionConflict',
      );
      if (options.yieldOnConflict && conflict) return 'conflict';
      throw error;
    }
  }
}
