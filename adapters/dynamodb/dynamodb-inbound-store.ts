import { ConditionalCheckFailedException, TransactionCanceledException } from '@aws-sdk/client-dynamodb';
import {
  type DynamoDBDocumentClient,
  GetCommand,
  TransactWriteCommand,
  UpdateCommand,
} from '@aws-sdk/lib-dynamodb';
import type { CaseRecord, ThreadMessage } from '../../domain/case-model.ts';
import type {
  CaseChange,
  InboundStore,
  InboundWrite,
  InboundWriteOutcome,
} from '../../domain/inbound/inbound-store.ts';
import { CASE_TABLE } from '../../resources/desk-resources.ts';
import { auditPut, type Item, notificationPut, type TransactItem, withoutKeys } from './case-items.ts';
import { caseTransitionUpdate } from './case-transition.ts';
import {
  caseKey,
  casePartition,
  dropAlertGuardKey,
  emailLookupKey,
  inboundMarkerKey,
  memberLoadKey,
  referenceKey,
  threadSortKey,
  toEpochSeconds,
} from './keys.ts';

const TTL = CASE_TABLE.timeToLiveAttribute;

/**
 * DynamoDB implementation of the InboundStore port, on the case table (keys.ts): the processed-marker
 * INBOUND#<sha256(Message-ID)>, the desk's sent emails EMAIL#<SES MessageId> (written when a
 * notification is sent), the member load counters MEMBER#<id>/LOAD, the drop alert guards
 * DROPALERT#<caseId>/<hour>, and the case partition.
 */
export class DynamoDbInboundStore implements InboundStore {
  constructor(
    private readonly client: DynamoDBDocumentClient,
    private readonly tableName: string,
  ) {}

  async getCase(caseId: string): Promise<CaseRecord | undefined> {
    const item = await this.get(caseKey(caseId));
    return item ? withoutKeys<CaseRecord>(item) : undefined;
  }

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
    const items: TransactItem[] = [
      {
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
      ...(guard
        ? [
            {
              Put: {
                TableName: this.tableName,
                Item: {
                  ...dropAlertGuardKey(guard.caseId, guard.window),
                  [TTL]: toEpochSeconds(guard.expiresAt),
                },
                ConditionExpression: 'attribute_not_exists(pk)',
              },
            },
          ]
        : []),
      ...(write.change ? [this.caseUpdate(write.change)] : []),
      ...write.thread.map((message) => this.threadPut(message)),
      ...write.audit.map((event) => auditPut(this.tableName, event)),
      ...write.notifications.map((notification) => notificationPut(this.tableName, notification)),
    ];
    try {
      await this.client.send(new TransactWriteCommand({ TransactItems: items }));
      return 'written';
    } catch (error) {
      if (!(error instanceof TransactionCanceledException)) throw error;
      const reasons = error.CancellationReasons ?? [];
      const failed = (index: number) => reasons[index]?.Code === 'ConditionalCheckFailed';
      if (failed(0)) return 'duplicate';
      if (guard && failed(1)) return 'alert_throttled';
      if (write.change && failed(guard ? 2 : 1)) return 'case_changed';
      throw error;
    }
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
      { from: change.expect.status, set: change.set, indexes: change.indexes },
      {
        conditions: [
          'attribute_exists(pk)',
          expectAssignee === undefined
            ? 'attribute_not_exists(assigneeId)'
            : '#assigneeId = :expectedAssignee',
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

  private async get(key: { pk: string; sk: string }): Promise<Item | undefined> {
    const { Item } = await this.client.send(
      new GetCommand({ TableName: this.tableName, Key: key, ConsistentRead: true }),
    );
    return Item;
  }
}
