import { ConditionalCheckFailedException } from '@aws-sdk/client-dynamodb';
import { UpdateCommand } from '@aws-sdk/lib-dynamodb';
import type { ThreadMessage } from '../../domain/case-model.ts';
import type {
  CaseChange,
  InboundStore,
  InboundWrite,
  InboundWriteOutcome,
} from '../../domain/inbound/inbound-store.ts';
import {
  auditPut,
  breachRegisterUpdateItem,
  notificationPut,
  suppressionUpdate,
  type TransactItem,
} from './case-items.ts';
import { caseTransitionUpdate } from './case-transition.ts';
import { DynamoDbCaseTable, TTL } from './dynamodb-case-table.ts';
import {
  casePartition,
  dropAlertGuardKey,
  emailLookupKey,
  inboundMarkerKey,
  memberLoadKey,
  referenceKey,
  threadSortKey,
  toEpochSeconds,
} from './keys.ts';
import type { LabelledItem } from './labelled-transaction.ts';

type InboundItem = 'marker' | 'alertGuard' | 'case';

/**
 * DynamoDB implementation of the InboundStore port, on the case table (keys.ts): the processed-marker
 * INBOUND#<sha256(Message-ID)>, the desk's sent emails EMAIL#<SES MessageId> (written when a
 * notification is sent), the member load counters MEMBER#<id>/LOAD, the drop alert guards
 * DROPALERT#<caseId>/<hour>, and the case partition.
 */
export class DynamoDbInboundStore extends DynamoDbCaseTable implements InboundStore {
  async findCaseIdByReference(reference: string): Promise<string | undefined> {
    return (await this.get(referenceKey(reference)))?.caseId as string | undefined;
  }

  async findSentEmail(sesMessageId: string): Promise<{ caseId: string } | undefined> {
    const item = await this.get(emailLookupKey(sesMessageId));
    return typeof item?.caseId === 'string' ? { caseId: item.caseId } : undefined;
  }

  async isProcessed(markerKey: string): Promise<boolean> {
    return (await this.get(inboundMarkerKey(markerKey))) !== undefined;
  }

  async recordInbound(write: InboundWrite): Promise<InboundWriteOutcome> {
    const guard = write.alertGuard;
    const entries: LabelledItem<InboundItem>[] = [
      {
        label: 'marker',
        item: {
          Put: {
            TableName: this.tableName,
            Item: {
              ...inboundMarkerKey(write.marker.key),
              processedAt: write.marker.processedAt,
              ...(write.marker.caseId ? { caseId: write.marker.caseId } : {}),
              ...(write.marker.dropReason ? { dropReason: write.marker.dropReason } : {}),
              ...(write.marker.sesMessageId ? { sesMessageId: write.marker.sesMessageId } : {}),
              [TTL]: toEpochSeconds(write.marker.expiresAt),
            },
            ConditionExpression: 'attribute_not_exists(pk)',
          },
        },
      },
      ...(guard
        ? [
            {
              label: 'alertGuard' as const,
              item: {
                Put: {
                  TableName: this.tableName,
                  Item: {
                    ...dropAlertGuardKey(guard.caseId, guard.window),
                    [TTL]: toEpochSeconds(guard.expiresAt),
                  },
                  ConditionExpression: 'attribute_not_exists(pk)',
                },
              },
            },
          ]
        : []),
      ...(write.change ? [{ label: 'case' as const, item: this.caseUpdate(write.change) }] : []),
      ...(write.suppression
        ? [{ item: suppressionUpdate(this.tableName, write.suppression.emailHash, write.suppression) }]
        : []),
      ...(write.breachRegister
        ? [{ item: breachRegisterUpdateItem(this.tableName, write.breachRegister) }]
        : []),
      ...write.thread.map((message) => ({ item: this.threadPut(message) })),
      ...write.audit.map((event) => ({ item: auditPut(this.tableName, event) })),
      ...write.notifications.map((notification) => ({ item: notificationPut(this.tableName, notification) })),
    ];
    // Not yielding on a conflict: it is thrown, and SES retries the email.
    const outcome = await this.labelledTransaction(entries);
    if (typeof outcome === 'string') return 'written';
    if (outcome.has('marker')) return 'duplicate';
    if (outcome.has('alertGuard')) return 'alert_throttled';
    return 'case_changed';
  }

  async adjustMemberLoad(memberId: string, delta: 1 | -1): Promise<void> {
    try {
      await this.client.send(
        new UpdateCommand({
          TableName: this.tableName,
          Key: memberLoadKey(memberId),
          UpdateExpression: 'ADD openCases :delta',
          // Never below zero: a decrement of a counter that is 0 (or missing) does nothing.
          ...(delta < 0 ? { ConditionExpression: 'openCases > :zero' } : {}),
          ExpressionAttributeValues: { ':delta': delta, ...(delta < 0 ? { ':zero': 0 } : {}) },
        }),
      );
    } catch (error) {
      if (!(error instanceof ConditionalCheckFailedException)) throw error;
    }
  }

  /**
   * The case update, conditional on the status and assignee the decision saw; the index attributes
   * follow the lifecycle moves the reply made (domain/case-lifecycle.ts).
   */
  private caseUpdate(change: CaseChange): TransactItem {
    const expectAssignee = change.expect.assigneeId;
    return caseTransitionUpdate(
      this.tableName,
      change.caseId,
      {
        from: change.expect.status,
        set: change.set,
        indexes: change.indexes,
        ...(change.remove ? { remove: change.remove } : {}),
      },
      {
        conditions: [
          'attribute_exists(pk)',
          expectAssignee === undefined
            ? 'attribute_not_exists(assigneeId)'
            : '#assigneeId = :expectedAssignee',
          ...(change.expect.paused === undefined
            ? []
            : [change.expect.paused ? 'attribute_exists(pausedAt)' : 'attribute_not_exists(pausedAt)']),
        ],
        ...(change.firstResponseAt
          ? { sets: ['firstResponseAt = if_not_exists(firstResponseAt, :firstResponseAt)'] }
          : {}),
        ...(expectAssignee === undefined ? {} : { names: { '#assigneeId': 'assigneeId' } }),
        values: {
          ...(expectAssignee === undefined ? {} : { ':expectedAssignee': expectAssignee }),
          ...(change.firstResponseAt ? { ':firstResponseAt': change.firstResponseAt } : {}),
        },
      },
    );
  }

  private threadPut(message: ThreadMessage): TransactItem {
    return {
      Put: {
        TableName: this.tableName,
        Item: {
          pk: casePartition(message.caseId),
          sk: threadSortKey(message.at, message.messageId),
          ...message,
        },
      },
    };
  }
}
