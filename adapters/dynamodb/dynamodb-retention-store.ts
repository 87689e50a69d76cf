import { BatchWriteCommand, type BatchWriteCommandOutput, PutCommand } from '@aws-sdk/lib-dynamodb';
import type { RetentionStore } from '../../domain/case-store.ts';
import type { CaseStatistics } from '../../domain/retention/case-statistics.ts';
import type { Item } from './case-items.ts';
import { DynamoDbCaseTable } from './dynamodb-case-table.ts';
import { CASE_SK, caseKey, casePartition, emailLookupKey, referenceKey, statisticsKey } from './keys.ts';
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
  async purgeCase(caseId: string, stats: CaseStatistics): Promise<void> {
    await this.client.send(
      new PutCommand({
        TableName: this.tableName,
        Item: { ...statisticsKey(stats.closedAt, stats.caseId), ...stats },
      }),
    );
    const items = await this.queryPartition(casePartition(caseId));
    const keys: { pk: string; sk: string }[] = [];
    const emailIds = new Set<string>();
    let caseItem: Item | undefined;
    for (const item of items) {
      if (item.sk === CASE_SK) {
        caseItem = item;
        continue;
      }
      keys.push({ pk: item.pk as string, sk: item.sk as string });
      if (typeof item.emailMessageId === 'string' && item.emailMessageId !== '') {
        emailIds.add(item.emailMessageId);
      }
    }
    for (const emailId of emailIds) keys.push(emailLookupKey(emailId));
    if (caseItem) {
      if (typeof caseItem.reference === 'string') keys.push(referenceKey(caseItem.reference));
      keys.push(caseKey(caseId));
    }
    for (let i = 0; i < keys.length; i += BATCH_WRITE_LIMIT) {
      await this.batchDelete(keys.slice(i, i + BATCH_WRITE_LIMIT));
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
