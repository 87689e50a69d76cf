import { TransactionCanceledException } from '@aws-sdk/client-dynamodb';
import { unmarshall } from '@aws-sdk/util-dynamodb';
import type {
  CreateCaseResult,
  IntakeStore,
  NewCase,
  OnceMarker,
  ReferenceEntry,
  VerificationEntry,
} from '../../domain/case-store.ts';
import { transactWriteChained } from './audit-chain-writer.ts';
import { auditPut, notificationPut, recipientAcknowledgementsPut, type TransactItem } from './case-items.ts';
import { caseTransitionUpdate } from './case-transition.ts';
import { DynamoDbCaseTable, TTL } from './dynamodb-case-table.ts';
import {
  caseKey,
  onceKey,
  openIndexAttributes,
  pendingIndexAttributes,
  referenceKey,
  toEpochSeconds,
  verificationKey,
} from './keys.ts';

/** Intake: new cases with their markers, lookups and verification. */
export class DynamoDbIntakeStore extends DynamoDbCaseTable implements IntakeStore {
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
    const referencePut: TransactItem = {
      Put: {
        TableName: this.tableName,
        Item: {
          ...referenceKey(record.reference),
          caseId: record.caseId,
          accessTokenHash: record.accessTokenHash,
        },
        ConditionExpression: 'attribute_not_exists(pk)',
      },
    };
    const acknowledgementsPut = acknowledgements
      ? recipientAcknowledgementsPut(this.tableName, acknowledgements)
      : undefined;
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
      referencePut,
      ...markers.map((marker) => marker.item),
      ...(acknowledgementsPut ? [acknowledgementsPut] : []),
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
      await transactWriteChained(this.client, items, { newCases: [record.caseId] });
      return { kind: 'created' };
    } catch (error) {
      if (!(error instanceof TransactionCanceledException)) throw error;
      const reasons = error.CancellationReasons ?? [];
      // Reasons come in the order of the items: each is read by the item it is about.
      const reasonOf = (item: TransactItem | undefined) => (item ? reasons[items.indexOf(item)] : undefined);
      // Markers first: an idempotent retry must see its case, not a reference clash.
      for (const marker of markers) {
        const reason = reasonOf(marker.item);
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
      if (reasonOf(referencePut)?.Code === 'ConditionalCheckFailed') return { kind: 'reference_taken' };
      const acknowledgementsReason = reasonOf(acknowledgementsPut)?.Code;
      if (
        acknowledgementsReason === 'ConditionalCheckFailed' ||
        acknowledgementsReason === 'TransactionConflict'
      ) {
        return { kind: 'recipient_changed' };
      }
      throw error;
    }
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

  async markVerified(caseId: string, change: Parameters<IntakeStore['markVerified']>[1]): Promise<boolean> {
    return this.conditionalTransaction([
      caseTransitionUpdate(this.tableName, caseId, change.transition),
      auditPut(this.tableName, change.audit),
      ...change.notifications.map((notification) => notificationPut(this.tableName, notification)),
    ]);
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
