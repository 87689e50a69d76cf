import type { ThreadMessage } from '../../domain/case-model.ts';
import type { DeliveryStore } from '../../domain/case-store.ts';
import { auditPut, notificationPut, withoutKeys } from './case-items.ts';
import { DynamoDbCaseTable } from './dynamodb-case-table.ts';
import { casePartition, emailLookupKey, threadSortKey } from './keys.ts';

/** Bounces and complaints about the desk’s sent emails. */
export class DynamoDbDeliveryStore extends DynamoDbCaseTable implements DeliveryStore {
  async findEmailMessage(sesMessageId: string): Promise<ThreadMessage | undefined> {
    const lookup = await this.get(emailLookupKey(sesMessageId));
    if (!lookup) return undefined;
    const item = await this.get({
      pk: casePartition(lookup.caseId as string),
      sk: lookup.threadSk as string,
    });
    return item ? withoutKeys<ThreadMessage>(item) : undefined;
  }

  async recordDeliveryProblem(
    message: ThreadMessage,
    change: Parameters<DeliveryStore['recordDeliveryProblem']>[1],
  ): Promise<boolean> {
    return this.conditionalTransaction(
      [
        {
          Update: {
            TableName: this.tableName,
            Key: { pk: casePartition(message.caseId), sk: threadSortKey(message.at, message.messageId) },
            UpdateExpression: 'SET delivery = :delivery, deliveryProblemAt = :at, deliveryProblem = :detail',
            // Only the first event counts: a redelivered or repeated one changes nothing.
            ConditionExpression:
              'attribute_exists(pk) AND (attribute_not_exists(delivery) OR delivery = :sent)',
            ExpressionAttributeValues: {
              ':delivery': change.delivery,
              ':at': change.at,
              ':detail': change.detail,
              ':sent': 'sent',
            },
          },
        },
        ...(change.audit ? [auditPut(this.tableName, change.audit)] : []),
        ...change.notifications.map((notification) => notificationPut(this.tableName, notification)),
      ],
      true,
    );
  }
}
