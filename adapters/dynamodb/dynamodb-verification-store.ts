import type { VerificationStore } from '../../domain/case-store.ts';
import { auditPut, notificationPut } from './case-items.ts';
import { caseTransitionUpdate } from './case-transition.ts';
import { DynamoDbCaseTable, TTL } from './dynamodb-case-table.ts';
import { caseKey, pendingPartition, shardOf, toEpochSeconds, verificationKey } from './keys.ts';

/** Reminders and closing of cases whose email was never verified. */
export class DynamoDbVerificationStore extends DynamoDbCaseTable implements VerificationStore {
  async recordVerificationReminder(
    caseId: string,
    change: Parameters<VerificationStore['recordVerificationReminder']>[1],
  ): Promise<boolean> {
    return this.conditionalTransaction(
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
        notificationPut(this.tableName, change.notification),
      ],
      true,
    );
  }

  async closeUnverified(
    caseId: string,
    change: Parameters<VerificationStore['closeUnverified']>[1],
  ): Promise<boolean> {
    return this.conditionalTransaction(
      [
        caseTransitionUpdate(this.tableName, caseId, change.transition),
        auditPut(this.tableName, change.audit),
        notificationPut(this.tableName, change.notification),
      ],
      true,
    );
  }
}
