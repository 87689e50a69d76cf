import { setTimeout as sleep } from 'node:timers/promises';
import { TransactionCanceledException } from '@aws-sdk/client-dynamodb';
import { type DynamoDBDocumentClient, GetCommand, TransactWriteCommand } from '@aws-sdk/lib-dynamodb';
import { appendToChain, type ChainHead } from '../../domain/audit/audit-chain.ts';
import type { AuditEvent } from '../../domain/case-model.ts';
import type { Item, TransactItem } from './case-items.ts';
import { auditHeadKey, chainedAuditSortKey, checkpointIndexAttributes } from './keys.ts';

/*
 * Every transaction that writes audit events goes through here: the stores still put plain events
 * (auditPut), and this turns them into links of their case's chain (domain/audit/audit-chain.ts).
 * It reads each case's chain head, numbers and hashes the events after it, and adds a write of the
 * new head on condition that the head is still the one read. Two functions appending to one case at
 * once: one transaction wins, the other is cancelled on the head alone and is sent again on the new
 * head. A cancellation for any of the store's own items is the store's to read, as before: the head
 * items come last, so the store's items keep their places in the reasons.
 */

/**
 * Sends on a moved head this many times before giving up (each attempt re-reads the heads): one
 * writer wins each round, so this many writers on one case at once all get through.
 */
const MAX_ATTEMPTS = 30;

const isAuditPut = (item: TransactItem): boolean => {
  const sk = item.Put?.Item?.sk;
  return typeof sk === 'string' && sk.startsWith('AUDIT#') && item.Put?.Item?.seq === undefined;
};

const eventOf = (item: Item): AuditEvent => {
  const { caseId, at, action, actor, detail } = item as unknown as AuditEvent;
  return { caseId, at, action, actor, ...(detail !== undefined ? { detail } : {}) };
};

/** The chain head of a case as stored (undefined: no event yet). */
export async function readChainHead(
  client: DynamoDBDocumentClient,
  tableName: string,
  caseId: string,
): Promise<ChainHead | undefined> {
  const { Item } = await client.send(
    new GetCommand({ TableName: tableName, Key: auditHeadKey(caseId), ConsistentRead: true }),
  );
  if (!Item || typeof Item.seq !== 'number' || typeof Item.hash !== 'string') return undefined;
  return { caseId, seq: Item.seq, hash: Item.hash };
}

/** The transaction with its audit events chained, and the indexes of the head writes added. */
async function chained(
  client: DynamoDBDocumentClient,
  items: readonly TransactItem[],
  freshCases: ReadonlySet<string>,
): Promise<{ items: TransactItem[]; chainItems: Set<number> }> {
  const byCase = new Map<string, { tableName: string; indexes: number[] }>();
  items.forEach((item, index) => {
    if (!isAuditPut(item)) return;
    const caseId = String(item.Put?.Item?.caseId);
    const entry = byCase.get(caseId) ?? { tableName: String(item.Put?.TableName), indexes: [] };
    entry.indexes.push(index);
    byCase.set(caseId, entry);
  });
  const out = [...items];
  const chainItems = new Set<number>();
  for (const [caseId, { tableName, indexes }] of byCase) {
    const head = freshCases.has(caseId) ? undefined : await readChainHead(client, tableName, caseId);
    const events = appendToChain(
      caseId,
      head,
      indexes.map((index) => eventOf(items[index]?.Put?.Item as Item)),
    );
    events.forEach((event, i) => {
      const index = indexes[i] as number;
      chainItems.add(index);
      out[index] = {
        Put: {
          TableName: tableName,
          Item: { pk: auditHeadKey(caseId).pk, sk: chainedAuditSortKey(event.seq), ...event },
          ConditionExpression: 'attribute_not_exists(pk)',
        },
      };
    });
    const last = events[events.length - 1];
    if (!last) continue;
    chainItems.add(out.length);
    out.push({
      Put: {
        TableName: tableName,
        Item: {
          ...auditHeadKey(caseId),
          caseId,
          seq: last.seq,
          hash: last.hash,
          lastAt: last.at,
          // Waits for the next signed checkpoint (byPendingStep `checkpoint`).
          ...checkpointIndexAttributes({ caseId, seq: last.seq, hash: last.hash }, last.at),
        },
        ConditionExpression: head ? 'seq = :seq' : 'attribute_not_exists(pk)',
        ...(head ? { ExpressionAttributeValues: { ':seq': head.seq } } : {}),
      },
    });
  }
  return { items: out, chainItems };
}

/**
 * Sends a transaction, chaining its audit events. Throws what DynamoDB throws, except that a
 * cancellation caused only by the chain (another writer appended first) is retried on the new head.
 */
export async function transactWriteChained(
  client: DynamoDBDocumentClient,
  items: readonly TransactItem[],
  options: {
    /** Cases created by this very transaction: their chain is empty, no head to read. */
    readonly newCases?: readonly string[];
  } = {},
): Promise<void> {
  let freshCases: ReadonlySet<string> = new Set(options.newCases ?? []);
  if (!items.some(isAuditPut)) {
    await client.send(new TransactWriteCommand({ TransactItems: [...items] }));
    return;
  }
  for (let attempt = 1; ; attempt++) {
    const { items: withChain, chainItems } = await chained(client, items, freshCases);
    try {
      await client.send(new TransactWriteCommand({ TransactItems: withChain }));
      return;
    } catch (error) {
      if (!(error instanceof TransactionCanceledException) || attempt >= MAX_ATTEMPTS) throw error;
      const reasons = error.CancellationReasons ?? [];
      const storeItemFailed = reasons.some(
        (reason, index) => !chainItems.has(index) && reason.Code !== undefined && reason.Code !== 'None',
      );
      const chainMoved = reasons.some(
        (reason, index) =>
          chainItems.has(index) &&
          (reason.Code === 'ConditionalCheckFailed' || reason.Code === 'TransactionConflict'),
      );
      if (storeItemFailed || !chainMoved) throw error;
      freshCases = new Set();
      // Jittered, growing: writers that collided spread out instead of colliding again.
      await sleep(Math.floor(Math.random() * Math.min(200, 10 * attempt)));
    }
  }
}
