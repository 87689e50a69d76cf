import { ConditionalCheckFailedException } from '@aws-sdk/client-dynamodb';
import { UpdateCommand } from '@aws-sdk/lib-dynamodb';
import type { AuditEvent, ThreadMessage } from '../../domain/case-model.ts';
import type { NotificationRedriveClaim, OutboxStore, PendingNotification } from '../../domain/case-store.ts';
import type { Notification } from '../../domain/notifications/notification.ts';
import { auditPut, withoutKeys } from './case-items.ts';
import { DynamoDbCaseTable } from './dynamodb-case-table.ts';
import { casePartition, emailLookupKey, notificationIdsOf, notificationKey, threadSortKey } from './keys.ts';

/** The outbox: notifications written with their case, sent once, re-driven when stuck. */
export class DynamoDbOutboxStore extends DynamoDbCaseTable implements OutboxStore {
  async getNotification(caseId: string, notificationId: string) {
    const item = await this.get(notificationKey(caseId, notificationId));
    return item ? withoutKeys<Notification & { sentAt?: string }>(item) : undefined;
  }

  async claimNotificationSend(
    notification: Pick<Notification, 'caseId' | 'notificationId'>,
    claim: { readonly now: Date; readonly until: Date },
  ): Promise<'claimed' | 'sent' | 'busy'> {
    try {
      await this.client.send(
        new UpdateCommand({
          TableName: this.tableName,
          Key: notificationKey(notification.caseId, notification.notificationId),
          UpdateExpression: 'SET sendingUntil = :until',
          ConditionExpression:
            'attribute_exists(pk) AND attribute_not_exists(sentAt) AND (attribute_not_exists(sendingUntil) OR sendingUntil <= :now)',
          ExpressionAttributeValues: { ':until': claim.until.toISOString(), ':now': claim.now.toISOString() },
          ReturnValuesOnConditionCheckFailure: 'ALL_OLD',
        }),
      );
      return 'claimed';
    } catch (error) {
      if (!(error instanceof ConditionalCheckFailedException)) throw error;
      // No item at all is a notification that does not exist: the caller found it before, so it
      // was purged meanwhile; nothing is left to send.
      return !error.Item || error.Item.sentAt !== undefined ? 'sent' : 'busy';
    }
  }

  async releaseNotificationSend(
    notification: Pick<Notification, 'caseId' | 'notificationId'>,
    claim: { readonly until: Date },
  ): Promise<void> {
    try {
      await this.client.send(
        new UpdateCommand({
          TableName: this.tableName,
          Key: notificationKey(notification.caseId, notification.notificationId),
          UpdateExpression: 'REMOVE sendingUntil',
          ConditionExpression: 'sendingUntil = :until',
          ExpressionAttributeValues: { ':until': claim.until.toISOString() },
        }),
      );
    } catch (error) {
      if (!(error instanceof ConditionalCheckFailedException)) throw error;
    }
  }

  async recordNotificationSent(notification: Notification, message: ThreadMessage): Promise<boolean> {
    const threadSk = threadSortKey(message.at, message.messageId);
    return this.conditionalTransaction([
      {
        Update: {
          TableName: this.tableName,
          Key: notificationKey(notification.caseId, notification.notificationId),
          UpdateExpression:
            'SET sentAt = :at, emailMessageId = :emailMessageId REMOVE sealedParams, sendingUntil, gsi2pk, gsi2sk',
          ConditionExpression: 'attribute_exists(pk) AND attribute_not_exists(sentAt)',
          ExpressionAttributeValues: { ':at': message.at, ':emailMessageId': message.emailMessageId ?? null },
        },
      },
      {
        Put: {
          TableName: this.tableName,
          Item: {
            pk: casePartition(message.caseId),
            sk: threadSk,
            ...message,
          },
        },
      },
      // Replies name the desk's email in In-Reply-To/References, bounces its SES MessageId: this
      // finds its case and thread message (and loops) without a scan.
      ...(message.emailMessageId
        ? [
            {
              Put: {
                TableName: this.tableName,
                Item: { ...emailLookupKey(message.emailMessageId), caseId: message.caseId, threadSk },
              },
            },
          ]
        : []),
    ]);
  }

  /*
   * byPendingStep projects only caseId and status besides the keys; the notification id comes from
   * the outbox item's own key (NOTIFY#<id>), which every index carries. (Projecting notificationId
   * instead would mean replacing the index in a deployed table.)
   */
  async listPendingNotifications(before: Date, limit: number): Promise<PendingNotification[]> {
    const items = await this.queryPending('notify', before, limit);
    return items.flatMap((item) => {
      const ids = notificationIdsOf(item);
      return ids ? [ids] : [];
    });
  }

  async claimNotificationRedrive(
    pending: PendingNotification,
    maxAttempts: number,
  ): Promise<NotificationRedriveClaim> {
    const claim = await this.claimRedrive(
      notificationKey(pending.caseId, pending.notificationId),
      'redriveAttempts',
      'attribute_exists(gsi2pk) AND attribute_not_exists(sentAt)',
      {},
      maxAttempts,
    );
    if (claim.kind === 'claimed') return claim;
    const { item } = claim;
    if (!item || item.gsi2pk === undefined || item.sentAt !== undefined) return { kind: 'not_waiting' };
    return {
      kind: 'exhausted',
      attempts: Number(item.redriveAttempts ?? 0),
      notification: withoutKeys<Notification>(item),
    };
  }

  async giveUpNotification(
    pending: PendingNotification,
    change: { at: string; audit?: AuditEvent },
  ): Promise<boolean> {
    return this.conditionalTransaction(
      [
        {
          Update: {
            TableName: this.tableName,
            Key: notificationKey(pending.caseId, pending.notificationId),
            // Out of the `notify` wait, so no sweep re-drives it again; kept unsent for the operators.
            UpdateExpression: 'SET redriveGaveUpAt = :at REMOVE gsi2pk, gsi2sk',
            ConditionExpression: 'attribute_exists(gsi2pk) AND attribute_not_exists(sentAt)',
            ExpressionAttributeValues: { ':at': change.at },
          },
        },
        ...(change.audit ? [auditPut(this.tableName, change.audit)] : []),
      ],
      true,
    );
  }
}
