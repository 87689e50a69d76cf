import { ConditionalCheckFailedException } from '@aws-sdk/client-dynamodb';
import { PutCommand, paginateScan, QueryCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import type { ChainHead } from '../../domain/audit/audit-chain.ts';
import type { AuditCheckpointStore, AuditTrailReader } from '../../domain/audit/audit-store.ts';
import type { BreachRegisterEntry, BreachRegisterReader } from '../../domain/audit/breach-register.ts';
import type { AuditCheckpoint } from '../../domain/audit/checkpoint.ts';
import type { AuditEvent, ThreadMessage, ThreadRecord } from '../../domain/case-model.ts';
import type { CaseStatistics } from '../../domain/retention/case-statistics.ts';
import { transactWriteChained } from './audit-chain-writer.ts';
import { auditPut, type Item, withoutKeys } from './case-items.ts';
import { DynamoDbCaseTable, TTL } from './dynamodb-case-table.ts';
import {
  AUDIT_CHECKPOINT_PARTITION,
  AUDIT_HEAD_SK,
  auditCheckpointKey,
  auditHeadKey,
  auditReferenceKey,
  BREACH_REGISTER_PARTITION,
  breachRegisterKey,
  INDEX_SHARDS,
  pendingPartition,
  referenceKey,
  statisticsKey,
  THREAD_PREFIX,
  toEpochSeconds,
} from './keys.ts';

const FAR_FUTURE = '9999-12-31T23:59:59.999Z';

/** The audit chains, their signed checkpoints, and what verification and evidence packs read. */
export class DynamoDbAuditStore
  extends DynamoDbCaseTable
  implements AuditTrailReader, AuditCheckpointStore, BreachRegisterReader
{
  /** The thread's messages without their content: all that a purge keeps of them. */
  async listThreadRecords(caseId: string): Promise<ThreadRecord[]> {
    const items = await this.queryCase(caseId, THREAD_PREFIX);
    return items.map((item) => {
      const { sealed: _sealed, ...record } = withoutKeys<ThreadMessage>(item);
      return record;
    });
  }

  /**
   * The case id of a reference: its REF# lookup while the case exists, the AUDITREF# one kept with
   * the audit chain once it is purged.
   */
  async findCaseIdByReference(reference: string): Promise<string | undefined> {
    const live = await this.get(referenceKey(reference));
    if (typeof live?.caseId === 'string') return live.caseId;
    const kept = await this.get(auditReferenceKey(reference));
    return typeof kept?.caseId === 'string' ? kept.caseId : undefined;
  }

  async listChainCaseIds(): Promise<string[]> {
    const ids: string[] = [];
    for await (const page of paginateScan(
      { client: this.client },
      {
        TableName: this.tableName,
        FilterExpression: 'sk = :head',
        ExpressionAttributeValues: { ':head': AUDIT_HEAD_SK },
        ProjectionExpression: 'caseId',
      },
    )) {
      for (const item of page.Items ?? []) if (typeof item.caseId === 'string') ids.push(item.caseId);
    }
    return ids.sort();
  }

  async latestCheckpoint(): Promise<AuditCheckpoint | undefined> {
    const { Items } = await this.client.send(
      new QueryCommand({
        TableName: this.tableName,
        KeyConditionExpression: 'pk = :pk',
        ExpressionAttributeValues: { ':pk': AUDIT_CHECKPOINT_PARTITION },
        ScanIndexForward: false,
        Limit: 1,
        ConsistentRead: true,
      }),
    );
    const item = Items?.[0];
    return item ? withoutKeys<AuditCheckpoint>(item) : undefined;
  }

  async listHeadsAwaitingCheckpoint(limit: number): Promise<ChainHead[]> {
    const heads = new Map<string, ChainHead>();
    for (let shard = 0; shard < INDEX_SHARDS && heads.size < limit; shard++) {
      const items = await this.queryAll({
        TableName: this.tableName,
        IndexName: 'byPendingStep',
        KeyConditionExpression: 'gsi2pk = :pk AND gsi2sk < :before',
        ExpressionAttributeValues: { ':pk': pendingPartition('checkpoint', shard), ':before': FAR_FUTURE },
      });
      for (const item of items) {
        const head = headOfIndexKey(String(item.gsi2sk ?? ''));
        if (head && heads.size < limit) heads.set(head.caseId, head);
      }
    }
    return [...heads.values()];
  }

  async putCheckpoint(checkpoint: AuditCheckpoint, keptUntil: string): Promise<boolean> {
    try {
      await this.client.send(
        new PutCommand({
          TableName: this.tableName,
          Item: { ...auditCheckpointKey(checkpoint.seq), ...checkpoint, [TTL]: toEpochSeconds(keptUntil) },
          ConditionExpression: 'attribute_not_exists(pk)',
        }),
      );
      return true;
    } catch (error) {
      if (error instanceof ConditionalCheckFailedException) return false;
      throw error;
    }
  }

  async markCheckpointed(heads: readonly ChainHead[]): Promise<void> {
    const CONCURRENCY = 10;
    for (let i = 0; i < heads.length; i += CONCURRENCY) {
      await Promise.all(
        heads.slice(i, i + CONCURRENCY).map(async (head) => {
          try {
            await this.client.send(
              new UpdateCommand({
                TableName: this.tableName,
                Key: auditHeadKey(head.caseId),
                UpdateExpression: 'REMOVE gsi2pk, gsi2sk',
                // A head that moved since waits for the next checkpoint.
                ConditionExpression: 'seq = :seq',
                ExpressionAttributeValues: { ':seq': head.seq },
              }),
            );
          } catch (error) {
            if (!(error instanceof ConditionalCheckFailedException)) throw error;
          }
        }),
      );
    }
  }

  async listBreachRegister(range: {
    readonly from?: string;
    readonly to?: string;
  }): Promise<BreachRegisterEntry[]> {
    const items = await this.queryAll({
      TableName: this.tableName,
      KeyConditionExpression: 'pk = :pk AND sk BETWEEN :from AND :to',
      ExpressionAttributeValues: {
        ':pk': BREACH_REGISTER_PARTITION,
        ':from': range.from ?? '0000',
        // Exclusive end: every sort key before it (`<receivedAt>#<caseId>` sorts above a bare date).
        ':to': range.to ? `${range.to}` : '9999',
      },
      ConsistentRead: true,
    });
    return items
      .filter((item) => range.to === undefined || String(item.sk) < range.to)
      .map((item) => withoutKeys<BreachRegisterEntry>(item));
  }

  async getStatistics(closedAt: string, caseId: string): Promise<CaseStatistics | undefined> {
    const item = await this.get(statisticsKey(closedAt, caseId));
    return item ? withoutKeys<CaseStatistics>(item) : undefined;
  }

  async getBreachRegisterEntry(receivedAt: string, caseId: string): Promise<BreachRegisterEntry | undefined> {
    const item = await this.get(breachRegisterKey(receivedAt, caseId));
    return item ? withoutKeys<BreachRegisterEntry>(item) : undefined;
  }

  /** One audit event on its own (an operator's reading of content), chained as any other. */
  async appendAuditEvent(event: AuditEvent): Promise<void> {
    await transactWriteChained(this.client, [auditPut(this.tableName, event)]);
  }

  async listCheckpoints(): Promise<AuditCheckpoint[]> {
    const items: Item[] = await this.queryPartition(AUDIT_CHECKPOINT_PARTITION);
    return items.map((item) => withoutKeys<AuditCheckpoint>(item)).sort((a, b) => a.seq - b.seq);
  }
}

/** <at>#<caseId>#<seq>#<hash> (keys.ts checkpointIndexAttributes). */
function headOfIndexKey(sortKey: string): ChainHead | undefined {
  const parts = sortKey.split('#');
  const hash = parts.pop();
  const seq = Number(parts.pop());
  const caseId = parts.pop();
  if (!hash || !caseId || !Number.isInteger(seq)) return undefined;
  return { caseId, seq, hash };
}
