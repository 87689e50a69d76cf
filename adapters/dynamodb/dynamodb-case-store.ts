import { ConditionalCheckFailedException, TransactionCanceledException } from '@aws-sdk/client-dynamodb';
import {
  BatchGetCommand,
  type BatchGetCommandOutput,
  BatchWriteCommand,
  type BatchWriteCommandOutput,
  type DynamoDBDocumentClient,
  GetCommand,
  PutCommand,
  QueryCommand,
  type QueryCommandInput,
  TransactWriteCommand,
  UpdateCommand,
} from '@aws-sdk/lib-dynamodb';
import { unmarshall } from '@aws-sdk/util-dynamodb';
import type { AuditEvent, CaseRecord, ThreadMessage } from '../../domain/case-model.ts';
import type {
  CaseStore,
  CreateCaseResult,
  DigestMarker,
  EscalationChange,
  NewCase,
  NotificationRedriveClaim,
  OnceMarker,
  OpenCaseSnapshot,
  PendingNotification,
  RecipientAcknowledgements,
  RedriveClaim,
  ReferenceEntry,
  VerificationEntry,
  WaitingCase,
  WaitingStep,
} from '../../domain/case-store.ts';
import type { Notification } from '../../domain/notifications/notification.ts';
import type { CaseStatistics } from '../../domain/retention/case-statistics.ts';
import { CASE_TABLE } from '../../lib/desk-resources.ts';
import { auditPut, type Item, notificationPut, type TransactItem, withoutKeys } from './case-items.ts';
import {
  CASE_SK,
  caseKey,
  casePartition,
  digestMarkerKey,
  emailLookupKey,
  INDEX_SHARDS,
  notificationIdsOf,
  notificationKey,
  onceKey,
  openIndexAttributes,
  openPartition,
  type PendingStep,
  pendingIndexAttributes,
  pendingPartition,
  purgeIndexAttributes,
  recipientAcknowledgementsKey,
  referenceKey,
  shardOf,
  statisticsKey,
  threadSortKey,
  toEpochSeconds,
  verificationKey,
} from './keys.ts';

const DUE_INDEX = CASE_TABLE.globalSecondaryIndexes[0].indexName;
const PENDING_INDEX = CASE_TABLE.globalSecondaryIndexes[1].indexName;
const TTL = CASE_TABLE.timeToLiveAttribute;

/** BatchWriteItem takes at most 25 requests per call. */
const BATCH_WRITE_LIMIT = 25;

/** `:gsi2pk`/`:gsi2sk` values of index attributes. */
function indexValues(attributes: Record<string, string>): Record<string, string> {
  return Object.fromEntries(Object.entries(attributes).map(([name, value]) => [`:${name}`, value]));
}

/** `:name` placeholders for a list of values: {':k0': a, ':k1': b}. */
function placeholders(prefix: string, values: readonly string[]): Record<string, string> {
  return Object.fromEntries(values.map((value, i) => [`:${prefix}${i}`, value]));
}

/** DynamoDB implementation of the CaseStore port (single table, see keys.ts). */
export class DynamoDbCaseStore implements CaseStore {
  constructor(
    private readonly client: DynamoDBDocumentClient,
    private readonly tableName: string,
  ) {}

  async createCase(newCase: NewCase, now: Date): Promise<CreateCaseResult> {
    const { record } = newCase;
    const nowSeconds = Math.floor(now.getTime() / 1000);
    // The idempotency key first: a retry of the same request must get its own answer (with the
    // status link), not the duplicate answer its unchanged content would also match.
    const markers: { via: 'same_content' | 'idempotency_key'; item: TransactItem }[] = [];
    if (newCase.idempotencyMarker) {
      markers.push({
        via: 'idempotency_key',
        item: this.oncePut('idem', newCase.idempotencyMarker, record.caseId, nowSeconds),
      });
    }
    markers.push({
      via: 'same_content',
      item: this.oncePut('dedup', newCase.duplicateMarker, record.caseId, nowSeconds),
    });
    const acknowledgements = newCase.recipientAcknowledgements;
    const items: TransactItem[] = [
      {
        Put: {
          TableName: this.tableName,
          Item: {
            ...caseKey(record.caseId),
            ...record,
            ...(record.status === 'closed' ? {} : openIndexAttributes(record.caseId, record.deadline.dueAt)),
            ...(record.status === 'received'
              ? pendingIndexAttributes('route', record.caseId, record.receivedAt)
              : {}),
            // The sweep finds unverified submissions by age (reminder, closing) without a scan.
            ...(record.status === 'awaiting_verification'
              ? pendingIndexAttributes('verify', record.caseId, record.receivedAt)
              : {}),
          },
          ConditionExpression: 'attribute_not_exists(pk)',
        },
      },
      {
        Put: {
          TableName: this.tableName,
          Item: {
            ...referenceKey(record.reference),
            caseId: record.caseId,
            accessTokenHash: record.accessTokenHash,
          },
          ConditionExpression: 'attribute_not_exists(pk)',
        },
      },
      ...markers.map((marker) => marker.item),
      ...(acknowledgements ? [this.recipientAcknowledgementsPut(acknowledgements)] : []),
      ...(newCase.verification
        ? [
            {
              Put: {
                TableName: this.tableName,
                Item: {
                  ...verificationKey(newCase.verification.tokenHash),
                  caseId: record.caseId,
                  validUntil: newCase.verification.expiresAt,
                  [TTL]: toEpochSeconds(newCase.verification.expiresAt),
                },
              },
            },
          ]
        : []),
      auditPut(this.tableName, newCase.audit),
      ...(newCase.moreAudit ?? []).map((audit) => auditPut(this.tableName, audit)),
      ...newCase.notifications.map((notification) => notificationPut(this.tableName, notification)),
    ];

    try {
      await this.client.send(new TransactWriteCommand({ TransactItems: items }));
      return { kind: 'created' };
    } catch (error) {
      if (!(error instanceof TransactionCanceledException)) throw error;
      const reasons = error.CancellationReasons ?? [];
      // Markers first: an idempotent retry must see its case, not a reference clash.
      for (const [i, marker] of markers.entries()) {
        const reason = reasons[2 + i];
        if (reason?.Code === 'ConditionalCheckFailed' && reason.Item) {
          const existing = unmarshall(reason.Item as Parameters<typeof unmarshall>[0]);
          return {
            kind: 'duplicate',
            via: marker.via,
            caseId: existing.caseId as string,
            sealedResponse: existing.sealedResponse as string,
            ...(typeof existing.fingerprint === 'string' ? { fingerprint: existing.fingerprint } : {}),
          };
        }
      }
      if (reasons[1]?.Code === 'ConditionalCheckFailed') return { kind: 'reference_taken' };
      const acknowledgementsReason = acknowledgements ? reasons[2 + markers.length]?.Code : undefined;
      if (
        acknowledgementsReason === 'ConditionalCheckFailed' ||
        acknowledgementsReason === 'TransactionConflict'
      ) {
        return { kind: 'recipient_changed' };
      }
      throw error;
    }
  }

  async getRecipientAcknowledgements(key: string): Promise<RecipientAcknowledgements> {
    const item = await this.get(recipientAcknowledgementsKey(key));
    return {
      key,
      sentAt: Array.isArray(item?.sentAt) ? (item.sentAt as string[]) : [],
      version: typeof item?.version === 'number' ? item.version : 0,
    };
  }

  async getCase(caseId: string): Promise<CaseRecord | undefined> {
    const item = await this.get(caseKey(caseId));
    return item ? withoutKeys<CaseRecord>(item) : undefined;
  }

  async findByReference(reference: string): Promise<ReferenceEntry | undefined> {
    const item = await this.get(referenceKey(reference));
    return item
      ? { caseId: item.caseId as string, accessTokenHash: item.accessTokenHash as string }
      : undefined;
  }

  async findVerification(tokenHash: string): Promise<VerificationEntry | undefined> {
    const item = await this.get(verificationKey(tokenHash));
    return item ? { caseId: item.caseId as string, expiresAt: item.validUntil as string } : undefined;
  }

  async markVerified(caseId: string, change: Parameters<CaseStore['markVerified']>[1]): Promise<boolean> {
    return this.conditionalTransaction([
      {
        Update: {
          TableName: this.tableName,
          Key: caseKey(caseId),
          UpdateExpression:
            'SET #status = :received, verifiedAt = :at, deadline = :deadline, gsi1sk = :gsi1sk, gsi2pk = :gsi2pk, gsi2sk = :gsi2sk',
          ConditionExpression: '#status = :awaiting',
          ExpressionAttributeNames: { '#status': 'status' },
          ExpressionAttributeValues: {
            ':received': 'received',
            ':awaiting': 'awaiting_verification',
            ':at': change.at,
            ':deadline': change.deadline,
            ':gsi1sk': openIndexAttributes(caseId, change.deadline.dueAt).gsi1sk,
            ...Object.fromEntries(
              Object.entries(pendingIndexAttributes('route', caseId, change.at)).map(([k, v]) => [
                `:${k}`,
                v,
              ]),
            ),
          },
        },
      },
      auditPut(this.tableName, change.audit),
      ...change.notifications.map((notification) => notificationPut(this.tableName, notification)),
    ]);
  }

  async listAwaitingRouting(before: Date, limit: number): Promise<string[]> {
    const items = await this.queryPending('route', before, limit);
    return items.map((item) => item.caseId as string);
  }

  async claimRoutingRedrive(caseId: string, maxAttempts: number): Promise<RedriveClaim> {
    const routePk = pendingPartition('route', shardOf(caseId));
    const claim = await this.claimRedrive(
      caseKey(caseId),
      'routeRedriveAttempts',
      '#status = :received AND gsi2pk = :routePk',
      { ':received': 'received', ':routePk': routePk },
      maxAttempts,
    );
    if (claim.kind === 'claimed') return claim;
    const { item } = claim;
    if (item?.status !== 'received' || item.gsi2pk !== routePk) return { kind: 'not_waiting' };
    return { kind: 'exhausted', attempts: Number(item.routeRedriveAttempts ?? 0) };
  }

  async giveUpRouting(caseId: string, change: { at: string; audit: AuditEvent }): Promise<boolean> {
    const shard = shardOf(caseId);
    return this.conditionalTransaction(
      [
        {
          Update: {
            TableName: this.tableName,
            Key: caseKey(caseId),
            // From the `route` wait to `assign` (same shard, same sort key: since it waits): no sweep
            // re-drives it again, and escalation keeps treating it as unassigned.
            UpdateExpression: 'SET routingGaveUpAt = :at, gsi2pk = :assignPk',
            ConditionExpression: '#status = :received AND gsi2pk = :routePk',
            ExpressionAttributeNames: { '#status': 'status' },
            ExpressionAttributeValues: {
              ':at': change.at,
              ':received': 'received',
              ':routePk': pendingPartition('route', shard),
              ':assignPk': pendingPartition('assign', shard),
            },
          },
        },
        auditPut(this.tableName, change.audit),
      ],
      true,
    );
  }

  async listAuditEvents(caseId: string): Promise<AuditEvent[]> {
    const items = await this.queryCase(caseId, 'AUDIT#');
    return items.map(
      ({ caseId, at, action, actor, detail }) => ({ caseId, at, action, actor, detail }) as AuditEvent,
    );
  }

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

  async listThread(caseId: string): Promise<ThreadMessage[]> {
    const items = await this.queryCase(caseId, 'MSG#');
    return items.map((item) => withoutKeys<ThreadMessage>(item));
  }

  async listOpenCases(dueBy?: Date): Promise<OpenCaseSnapshot[]> {
    // gsi1sk = <dueAt ISO>#<caseId>: everything up to "<dueBy>#~" is due at or before dueBy.
    const upper = dueBy ? `${dueBy.toISOString()}#~` : undefined;
    const perShard = await Promise.all(
      Array.from({ length: INDEX_SHARDS }, async (_, shard) => {
        const items: Item[] = [];
        let ExclusiveStartKey: QueryCommandInput['ExclusiveStartKey'];
        do {
          const page = await this.client.send(
            new QueryCommand({
              TableName: this.tableName,
              IndexName: DUE_INDEX,
              KeyConditionExpression: upper ? 'gsi1pk = :pk AND gsi1sk <= :upper' : 'gsi1pk = :pk',
              ExpressionAttributeValues: {
                ':pk': openPartition(shard),
                ...(upper ? { ':upper': upper } : {}),
              },
              ExclusiveStartKey,
            }),
          );
          items.push(...(page.Items ?? []));
          ExclusiveStartKey = page.LastEvaluatedKey;
        } while (ExclusiveStartKey);
        return items;
      }),
    );
    return perShard.flat().map((item) => withoutKeys<OpenCaseSnapshot>(item));
  }

  async listWaiting(step: WaitingStep, before: Date, limit: number): Promise<WaitingCase[]> {
    const items = await this.queryPending(step, before, limit);
    return items.map((item) => ({
      caseId: item.caseId as string,
      since: String(item.gsi2sk ?? '').split('#')[0] ?? '',
    }));
  }

  async recordEscalation(caseId: string, change: EscalationChange): Promise<boolean> {
    const keys = placeholders('k', change.keys);
    const assigneeCondition =
      change.expected.assigneeId === undefined
        ? 'attribute_not_exists(assigneeId)'
        : 'assigneeId = :assignee';
    return this.conditionalTransaction(
      [
        {
          Update: {
            TableName: this.tableName,
            Key: caseKey(caseId),
            UpdateExpression: 'ADD escalationsSent :keys',
            ConditionExpression: [
              'attribute_exists(pk)',
              '#status = :status',
              'teamId = :team',
              assigneeCondition,
              ...Object.keys(keys).map((name) => `NOT contains(escalationsSent, ${name})`),
            ].join(' AND '),
            ExpressionAttributeNames: { '#status': 'status' },
            ExpressionAttributeValues: {
              ':keys': new Set([...change.keys, ...(change.sentAtKeys ?? [])]),
              ':status': change.expected.status,
              ':team': change.expected.teamId,
              ...(change.expected.assigneeId === undefined
                ? {}
                : { ':assignee': change.expected.assigneeId }),
              ...keys,
            },
          },
        },
        auditPut(this.tableName, change.audit),
        ...change.notifications.map((notification) => notificationPut(this.tableName, notification)),
      ],
      true,
    );
  }

  async recordVerificationReminder(
    caseId: string,
    change: Parameters<CaseStore['recordVerificationReminder']>[1],
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
    change: Parameters<CaseStore['closeUnverified']>[1],
  ): Promise<boolean> {
    return this.conditionalTransaction(
      [
        {
          Update: {
            TableName: this.tableName,
            Key: caseKey(caseId),
            // Closed: out of the byDue index, and into byPendingStep `purge` until its retention ends.
            UpdateExpression:
              'SET #status = :closed, outcome = :unverified, closedAt = :at, gsi2pk = :gsi2pk, gsi2sk = :gsi2sk REMOVE gsi1pk, gsi1sk',
            ConditionExpression: '#status = :awaiting',
            ExpressionAttributeNames: { '#status': 'status' },
            ExpressionAttributeValues: {
              ':closed': 'closed',
              ':unverified': 'unverified',
              ':awaiting': 'awaiting_verification',
              ':at': change.at,
              ...indexValues(purgeIndexAttributes(caseId, change.purgeAfter)),
            },
          },
        },
        auditPut(this.tableName, change.audit),
        notificationPut(this.tableName, change.notification),
      ],
      true,
    );
  }

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

  async digestsSent(markers: readonly Pick<DigestMarker, 'teamId' | 'localDate'>[]): Promise<Set<string>> {
    const sent = new Set<string>();
    for (let i = 0; i < markers.length; i += 100) {
      let keys: Record<string, unknown>[] | undefined = markers
        .slice(i, i + 100)
        .map((marker) => digestMarkerKey(marker.teamId, marker.localDate));
      while (keys && keys.length > 0) {
        const result: BatchGetCommandOutput = await this.client.send(
          new BatchGetCommand({
            RequestItems: { [this.tableName]: { Keys: keys, ProjectionExpression: 'teamId' } },
          }),
        );
        for (const item of result.Responses?.[this.tableName] ?? []) sent.add(item.teamId as string);
        keys = result.UnprocessedKeys?.[this.tableName]?.Keys;
      }
    }
    return sent;
  }

  async recordDigest(marker: DigestMarker, notification: Notification | undefined): Promise<boolean> {
    const put: TransactItem = {
      Put: {
        TableName: this.tableName,
        Item: {
          ...digestMarkerKey(marker.teamId, marker.localDate),
          teamId: marker.teamId,
          key: marker.key,
          ...(notification ? { notificationId: notification.notificationId } : {}),
          [TTL]: toEpochSeconds(marker.expiresAt),
        },
        ConditionExpression: 'attribute_not_exists(pk)',
      },
    };
    if (notification)
      return this.conditionalTransaction([put, notificationPut(this.tableName, notification)], true);
    try {
      await this.client.send(new PutCommand(put.Put as ConstructorParameters<typeof PutCommand>[0]));
      return true;
    } catch (error) {
      if (error instanceof ConditionalCheckFailedException) return false;
      throw error;
    }
  }

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
    change: Parameters<CaseStore['recordDeliveryProblem']>[1],
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

  async ping(): Promise<void> {
    await this.client.send(
      new GetCommand({ TableName: this.tableName, Key: { pk: 'HEALTH', sk: 'HEALTH' } }),
    );
  }

  private async get(key: { pk: string; sk: string }): Promise<Item | undefined> {
    const { Item } = await this.client.send(
      new GetCommand({ TableName: this.tableName, Key: key, ConsistentRead: true }),
    );
    return Item;
  }

  private async queryCase(caseId: string, prefix: string): Promise<Item[]> {
    const items: Item[] = [];
    let ExclusiveStartKey: QueryCommandInput['ExclusiveStartKey'];
    do {
      const page = await this.client.send(
        new QueryCommand({
          TableName: this.tableName,
          KeyConditionExpression: 'pk = :pk AND begins_with(sk, :prefix)',
          ExpressionAttributeValues: { ':pk': casePartition(caseId), ':prefix': prefix },
          ConsistentRead: true,
          ExclusiveStartKey,
        }),
      );
      items.push(...(page.Items ?? []));
      ExclusiveStartKey = page.LastEvaluatedKey;
    } while (ExclusiveStartKey);
    return items;
  }

  /** Every item of a partition, read consistently. */
  private async queryPartition(pk: string): Promise<Item[]> {
    const items: Item[] = [];
    let ExclusiveStartKey: QueryCommandInput['ExclusiveStartKey'];
    do {
      const page = await this.client.send(
        new QueryCommand({
          TableName: this.tableName,
          KeyConditionExpression: 'pk = :pk',
          ExpressionAttributeValues: { ':pk': pk },
          ConsistentRead: true,
          ExclusiveStartKey,
        }),
      );
      items.push(...(page.Items ?? []));
      ExclusiveStartKey = page.LastEvaluatedKey;
    } while (ExclusiveStartKey);
    return items;
  }

  /** Deletes up to 25 items, retrying what DynamoDB leaves unprocessed (throttling) with a backoff. */
  private async batchDelete(keys: readonly { pk: string; sk: string }[]): Promise<void> {
    type Requests = NonNullable<BatchWriteCommandOutput['UnprocessedItems']>[string];
    let requests: Requests | undefined = keys.map((key) => ({ DeleteRequest: { Key: key } }));
    for (let attempt = 0; requests && requests.length > 0; attempt++) {
      // Left for the next sweep: the case item is deleted last, so the case stays due for purging.
      if (attempt === 8) throw new Error(`Purge: ${requests.length} deletes left unprocessed`);
      if (attempt > 0) await new Promise((resolve) => setTimeout(resolve, Math.min(1000, 50 * 2 ** attempt)));
      const result: BatchWriteCommandOutput = await this.client.send(
        new BatchWriteCommand({ RequestItems: { [this.tableName]: requests } }),
      );
      requests = result.UnprocessedItems?.[this.tableName];
    }
  }

  /**
   * Adds one to the item's `counter` if `waiting` still holds and fewer than `maxAttempts` were
   * counted; otherwise writes nothing and returns the item as it is (undefined when it is gone), for
   * the caller to tell "no longer waiting" from "out of attempts". One conditional write: two
   * sweeps cannot both take the last attempt.
   */
  private async claimRedrive(
    key: { pk: string; sk: string },
    counter: 'redriveAttempts' | 'routeRedriveAttempts',
    waiting: string,
    values: Record<string, string>,
    maxAttempts: number,
  ): Promise<{ kind: 'claimed'; attempt: number } | { kind: 'refused'; item: Item | undefined }> {
    try {
      const { Attributes } = await this.client.send(
        new UpdateCommand({
          TableName: this.tableName,
          Key: key,
          UpdateExpression: `ADD ${counter} :one`,
          ConditionExpression: `${waiting} AND (attribute_not_exists(${counter}) OR ${counter} < :max)`,
          ...(waiting.includes('#status') ? { ExpressionAttributeNames: { '#status': 'status' } } : {}),
          ExpressionAttributeValues: { ...values, ':one': 1, ':max': maxAttempts },
          ReturnValues: 'UPDATED_NEW',
          ReturnValuesOnConditionCheckFailure: 'ALL_OLD',
        }),
      );
      return { kind: 'claimed', attempt: Number(Attributes?.[counter] ?? 1) };
    } catch (error) {
      if (!(error instanceof ConditionalCheckFailedException)) throw error;
      const item = error.Item ? unmarshall(error.Item as Parameters<typeof unmarshall>[0]) : undefined;
      return { kind: 'refused', item };
    }
  }

  private async queryPending(step: PendingStep, before: Date, limit: number): Promise<Item[]> {
    const perShard = await Promise.all(
      Array.from({ length: INDEX_SHARDS }, (_, shard) =>
        this.client.send(
          new QueryCommand({
            TableName: this.tableName,
            IndexName: PENDING_INDEX,
            KeyConditionExpression: 'gsi2pk = :pk AND gsi2sk < :before',
            ExpressionAttributeValues: {
              ':pk': pendingPartition(step, shard),
              ':before': before.toISOString(),
            },
            Limit: limit,
          }),
        ),
      ),
    );
    return perShard.flatMap((page) => page.Items ?? []).slice(0, limit);
  }

  /**
   * Runs a transaction whose first item carries the condition; false when that condition failed.
   * With `yieldOnConflict`, also false when a concurrent transaction on the same items won
   * (TransactionConflict): for the sweep's once-only writes, the other writer did or will do it.
   */
  private async conditionalTransaction(items: TransactItem[], yieldOnConflict = false): Promise<boolean> {
    try {
      await this.client.send(new TransactWriteCommand({ TransactItems: items }));
      return true;
    } catch (error) {
      if (error instanceof TransactionCanceledException || error instanceof ConditionalCheckFailedException) {
        const reasons =
          error instanceof TransactionCanceledException ? (error.CancellationReasons ?? []) : [];
        if (yieldOnConflict && reasons.some((reason) => reason.Code === 'TransactionConflict')) return false;
        if (error instanceof TransactionCanceledException && reasons[0]?.Code !== 'ConditionalCheckFailed') {
          throw error;
        }
        return false;
      }
      throw error;
    }
  }

  /** Optimistic: written only over the version read, so two intakes for one address cannot both count. */
  private recipientAcknowledgementsPut(
    acknowledgements: NonNullable<NewCase['recipientAcknowledgements']>,
  ): TransactItem {
    return {
      Put: {
        TableName: this.tableName,
        Item: {
          ...recipientAcknowledgementsKey(acknowledgements.key),
          sentAt: [...acknowledgements.sentAt],
          version: acknowledgements.version + 1,
          [TTL]: toEpochSeconds(acknowledgements.expiresAt),
        },
        ConditionExpression:
          acknowledgements.version === 0 ? 'attribute_not_exists(pk)' : 'version = :version',
        ...(acknowledgements.version === 0
          ? {}
          : { ExpressionAttributeValues: { ':version': acknowledgements.version } }),
      },
    };
  }

  private oncePut(
    kind: 'dedup' | 'idem',
    marker: OnceMarker,
    caseId: string,
    nowSeconds: number,
  ): TransactItem {
    return {
      Put: {
        TableName: this.tableName,
        Item: {
          ...onceKey(kind, marker.key),
          caseId,
          sealedResponse: marker.sealedResponse,
          ...(marker.fingerprint ? { fingerprint: marker.fingerprint } : {}),
          validUntil: marker.expiresAt,
          [TTL]: toEpochSeconds(marker.expiresAt),
        },
        // TTL deletes lazily (up to days later): an expired marker counts as absent.
        ConditionExpression: 'attribute_not_exists(pk) OR #ttl < :now',
        ExpressionAttributeNames: { '#ttl': TTL },
        ExpressionAttributeValues: { ':now': nowSeconds },
        ReturnValuesOnConditionCheckFailure: 'ALL_OLD',
      },
    };
  }
}
