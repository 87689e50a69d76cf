import {
  BatchWriteCommand,
  type BatchWriteCommandOutput,
  PutCommand,
  UpdateCommand,
} from '@aws-sdk/lib-dynamodb';
import type { PurgeAccountability, RetentionStore } from '../../domain/case-store.ts';
import type { CaseStatistics } from '../../domain/retention/case-statistics.ts';
import { transactWriteChained } from './audit-chain-writer.ts';
import { auditPut, type Item } from './case-items.ts';
import { DynamoDbCaseTable, TTL } from './dynamodb-case-table.ts';
import {
  auditReferenceKey,
  breachRegisterKey,
  CASE_SK,
  caseKey,
  casePartition,
  emailLookupKey,
  referenceKey,
  statisticsKey,
  THREAD_PREFIX,
  toEpochSeconds,
} from './keys.ts';
import { retryUnprocessed } from './retry-unprocessed.ts';

/** BatchWriteItem takes at most 25 requests per call. */
const BATCH_WRITE_LIMIT = 25;

/** Purging closed cases, keeping their anonymous statistics. */
export class DynamoDbRetentionStore extends DynamoDbCaseTable implements RetentionStore {
  async listDueForPurge(before: Date, limit: number): Promise<string[]> {
    // gsi2sk = <purgeAfter ISO>#<caseId>: everything below "<before>" is due.
    const items = await this.queryPending('purge', before, limit);
    return items.map((item) => item.caseId as string);
  }

  /*
   * Purging a case: the statistics item first (so a failure later loses no statistics), then every
   * item of the partition (case, audit trail, thread, outbox) and its lookups, REF#<reference> and
   * EMAIL#<SES MessageId> of each sent email, the case item itself last: it carries the `purge`
   * index entry, so a purge cut short is found and finished by the next sweep. Lookups that expire
   * by TTL (VERIFY#, ONCE#, INBOUND#) are left to expire; the marketing suppression entry (SUPPRESS#,
   * a keyed hash) stays, it is what keeps the opt-out honoured. Attachments in the mail bucket
   * (`<attachmentPrefix><caseId>/`, adapters/s3/s3-mail-bucket.ts) are not deleted here: they need a
   * lifecycle rule or a purge by that prefix.
   */
  async purgeCase(
    caseId: string,
    stats: CaseStatistics,
    accountability?: PurgeAccountability,
  ): Promise<void> {
    await this.client.send(
      new PutCommand({
        TableName: this.tableName,
        Item: { ...statisticsKey(stats.closedAt, stats.caseId), ...stats },
      }),
    );
    if (accountability) await this.keepAuditChain(caseId, accountability);
    const items = await this.queryPartition(casePartition(caseId));
    const keys: { pk: string; sk: string }[] = [];
    const threadRecords: Item[] = [];
    const emailIds = new Set<string>();
    let caseItem: Item | undefined;
    for (const item of items) {
      if (item.sk === CASE_SK) {
        caseItem = item;
        continue;
      }
      // The audit chain (events and head) stays for the accountability period, by TTL.
      if (accountability && String(item.sk).startsWith('AUDIT')) continue;
      // Each message stays as a record without its content (which notice, to whom, when, delivered),
      // as long as the chain: the chain says what was decided, these say what was sent.
      if (accountability && String(item.sk).startsWith(THREAD_PREFIX)) {
        threadRecords.push(item);
        continue;
      }
      keys.push({ pk: item.pk as string, sk: item.sk as string });
      if (typeof item.emailMessageId === 'string' && item.emailMessageId !== '') {
        emailIds.add(item.emailMessageId);
      }
    }
    for (const emailId of emailIds) keys.push(emailLookupKey(emailId));
    if (accountability) await this.keepThreadRecords(threadRecords, accountability.keptUntil);
    if (caseItem) {
      if (typeof caseItem.reference === 'string') keys.push(referenceKey(caseItem.reference));
      keys.push(caseKey(caseId));
    }
    for (let i = 0; i < keys.length; i += BATCH_WRITE_LIMIT) {
      await this.batchDelete(keys.slice(i, i + BATCH_WRITE_LIMIT));
    }
  }

  /**
   * Appends the `purged` event (once: a purge cut short and run again finds it), writes the
   * reference's lookup and sets the TTL of every event and the head to the end of the period.
   */
  private async keepAuditChain(caseId: string, accountability: PurgeAccountability): Promise<void> {
    const trail = await this.queryCase(caseId, 'AUDIT');
    if (!trail.some((item) => item.action === accountability.purged.action)) {
      await transactWriteChained(this.client, [auditPut(this.tableName, accountability.purged)]);
    }
    const expiresAt = toEpochSeconds(accountability.keptUntil);
    await this.client.send(
      new PutCommand({
        TableName: this.tableName,
        Item: { ...auditReferenceKey(accountability.reference), caseId, [TTL]: expiresAt },
      }),
    );
    const kept: Item[] = await this.queryCase(caseId, 'AUDIT');
    // A breach report's register entry stays as long as the chain (Art. 33(5)).
    const register = await this.get(breachRegisterKey(accountability.receivedAt, caseId));
    if (register) kept.push(register);
    await this.keepUntil(kept, expiresAt);
  }

  /** Removes the sealed subject and text of each thread message and keeps the rest until `keptUntil`. */
  private async keepThreadRecords(items: readonly Item[], keptUntil: string): Promise<void> {
    await this.keepUntil(items, toEpochSeconds(keptUntil), 'REMOVE sealed ');
  }

  /** Sets each item's TTL to `expiresAt`, after `remove` (a REMOVE clause) when given. */
  private async keepUntil(items: readonly Item[], expiresAt: number, remove = ''): Promise<void> {
    for (const item of items) {
      await this.client.send(
        new UpdateCommand({
          TableName: this.tableName,
          Key: { pk: item.pk as string, sk: item.sk as string },
          UpdateExpression: `${remove}SET #ttl = :ttl`,
          ExpressionAttributeNames: { '#ttl': TTL },
          ExpressionAttributeValues: { ':ttl': expiresAt },
        }),
      );
    }
  }

  /** Deletes up to 25 items, retrying what DynamoDB leaves unprocessed (throttling) with a backoff. */
  private async batchDelete(keys: readonly { pk: string; sk: string }[]): Promise<void> {
    type Request = NonNullable<BatchWriteCommandOutput['UnprocessedItems']>[string][number];
    // Left for the next sweep when it gives up: the case item is deleted last, so the case stays
    // due for purging.
    await retryUnprocessed<Request>(
      'Purge deletes',
      keys.map((key) => ({ DeleteRequest: { Key: key } })),
      async (requests) => {
        const result: BatchWriteCommandOutput = await this.client.send(
          new BatchWriteCommand({ RequestItems: { [this.tableName]: [...requests] } }),
        );
        return result.UnprocessedItems?.[this.tableName];
      },
    );
  }
}
