import { TransactionCanceledException } from '@aws-sdk/client-dynamodb';
import type { CappedRequesterEmail, CappedWriteOutcome, VerificationStore } from '../../domain/case-store.ts';
import { transactWriteChained } from './audit-chain-writer.ts';
import { auditPut, notificationPut, recipientAcknowledgementsPut, type TransactItem } from './case-items.ts';
import { caseTransitionUpdate } from './case-transition.ts';
import { DynamoDbCaseTable, TTL } from './dynamodb-case-table.ts';
import { caseKey, pendingPartition, shardOf, toEpochSeconds, verificationKey } from './keys.ts';

const CONFLICTS = new Set(['ConditionalCheckFailed', 'TransactionConflict']);

/** Reminders and closing of cases whose email was never verified. */
export class DynamoDbVerificationStore extends DynamoDbCaseTable implements VerificationStore {
  async recordVerificationReminder(
    caseId: string,
    change: Parameters<VerificationStore['recordVerificationReminder']>[1],
  ): Promise<CappedWriteOutcome> {
    return this.cappedTransaction(
      [
        {
          Update: {
            TableName: this.tableName,
            Key: caseKey(caseId),
            // Reminded: from the `verify` partition to `close-unverified` (same sort key, receipt time).
            UpdateExpression: 'ADD escalationsSent :keys SET gsi2pk = :closePk',
            ConditionExpression: '#status = :awaiting AND NOT contains(escalationsSent, :key)',
            ExpressionAttributeNames: { '#status': 'status' },
            ExpressionAttributeValues: {
              ':keys': new Set([change.key]),
              ':key': change.key,
              ':awaiting': 'awaiting_verification',
              ':closePk': pendingPartition('close-unverified', shardOf(caseId)),
            },
          },
        },
        {
          Put: {
            TableName: this.tableName,
            Item: {
              ...verificationKey(change.verification.tokenHash),
              caseId,
              validUntil: change.verification.expiresAt,
              [TTL]: toEpochSeconds(change.verification.expiresAt),
            },
            ConditionExpression: 'attribute_not_exists(pk)',
          },
        },
        auditPut(this.tableName, change.audit),
      ],
      change,
    );
  }

  async closeUnverified(
    caseId: string,
    change: Parameters<VerificationStore['closeUnverified']>[1],
  ): Promise<CappedWriteOutcome> {
    return this.cappedTransaction(
      [
        caseTransitionUpdate(this.tableName, caseId, change.transition),
        auditPut(this.tableName, change.audit),
      ],
      change,
    );
  }

  /**
   * The case's items (the case update first), then the requester email's: its notification, the
   * suppression event, and last the recipient's count, so a cancellation names which one failed.
   */
  private async cappedTransaction(
    caseItems: TransactItem[],
    email: CappedRequesterEmail,
  ): Promise<CappedWriteOutcome> {
    const items = [
      ...caseItems,
      ...(email.notification ? [notificationPut(this.tableName, email.notification)] : []),
      ...(email.moreAudit ?? []).map((audit) => auditPut(this.tableName, audit)),
    ];
    const recipientAt = email.recipientAcknowledgements ? items.length : undefined;
    if (email.recipientAcknowledgements) {
      items.push(recipientAcknowledgementsPut(this.tableName, email.recipientAcknowledgements));
    }
    try {
      await transactWriteChained(this.client, items);
      return 'written';
    } catch (error) {
      if (!(error instanceof TransactionCanceledException)) throw error;
      const reasons = error.CancellationReasons ?? [];
      if (CONFLICTS.has(reasons[0]?.Code ?? '')) return 'case_changed';
      if (recipientAt !== undefined && CONFLICTS.has(reasons[recipientAt]?.Code ?? '')) {
        return 'recipient_changed';
      }
      // Another writer on an item of the case (a concurrent sweep): it will have done the work.
      if (reasons.some((reason) => reason.Code === 'TransactionConflict')) return 'case_changed';
      throw error;
    }
  }
}
