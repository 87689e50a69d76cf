import { randomUUID } from 'node:crypto';
import type { TransactWriteCommand } from '@aws-sdk/lib-dynamodb';
import type { BreachRegisterWrite } from '../../domain/audit/breach-register.ts';
import type { AuditEvent } from '../../domain/case-model.ts';
import type { RecipientAcknowledgements } from '../../domain/case-store.ts';
import type { Notification } from '../../domain/notifications/notification.ts';
import { OPT_OUT_SCOPES, type OptOutScope } from '../../domain/queue-messages/opt-out-scopes.ts';
import { CASE_TABLE } from '../../resources/desk-resources.ts';
import {
  auditSortKey,
  breachRegisterKey,
  casePartition,
  notificationKey,
  pendingIndexAttributes,
  recipientAcknowledgementsKey,
  suppressionKey,
  toEpochSeconds,
} from './keys.ts';

/*
 * Items of a case partition, shaped once for every store that writes them (see keys.ts): the
 * case store, the assignment store (routing) and the inbound store (replies).
 */

export type Item = Record<string, unknown>;
export type TransactItem = NonNullable<
  ConstructorParameters<typeof TransactWriteCommand>[0]['TransactItems']
>[number];

const KEY_ATTRIBUTES = [
  'pk',
  'sk',
  'gsi1pk',
  'gsi1sk',
  'gsi2pk',
  'gsi2sk',
  CASE_TABLE.timeToLiveAttribute,
] as const;

/** An item as the domain sees it: without keys, index attributes and TTL. */
export function withoutKeys<T>(item: Item): T {
  const copy: Item = { ...item };
  for (const name of KEY_ATTRIBUTES) delete copy[name];
  // The escalation state is a string set (ADD is atomic); the domain sees a sorted list.
  if (copy.escalationsSent instanceof Set) copy.escalationsSent = [...copy.escalationsSent].sort();
  // Cases stored before Norwegian became `nb` say `no`: they are answered in Bokmål too.
  if (copy.language === 'no') copy.language = 'nb';
  return copy as T;
}

/** One audit event; events of the same instant sort by a random suffix. */
export const auditItem = (audit: AuditEvent) => ({
  pk: casePartition(audit.caseId),
  sk: auditSortKey(audit.at, randomUUID()),
  ...audit,
});

/** An outbox notification, pending (in the byPendingStep index) until it is sent. */
export const notificationItem = (notification: Notification) => ({
  ...notificationKey(notification.caseId, notification.notificationId),
  ...notification,
  ...pendingIndexAttributes('notify', notification.notificationId, notification.createdAt),
});

export const auditPut = (tableName: string, audit: AuditEvent): TransactItem => ({
  Put: { TableName: tableName, Item: auditItem(audit) },
});

/** Written once: a redelivered step never writes its notification twice. */
export const notificationPut = (tableName: string, notification: Notification): TransactItem => ({
  Put: {
    TableName: tableName,
    Item: notificationItem(notification),
    ConditionExpression: 'attribute_not_exists(pk)',
  },
});

/**
 * The emails counted against one address's cap. Optimistic: written only over the version read, so
 * two writers for one address cannot both count.
 */
export function recipientAcknowledgementsPut(
  tableName: string,
  acknowledgements: RecipientAcknowledgements & { readonly expiresAt: string },
): TransactItem {
  return {
    Put: {
      TableName: tableName,
      Item: {
        ...recipientAcknowledgementsKey(acknowledgements.key),
        sentAt: [...acknowledgements.sentAt],
        version: acknowledgements.version + 1,
        [CASE_TABLE.timeToLiveAttribute]: toEpochSeconds(acknowledgements.expiresAt),
      },
      ConditionExpression: acknowledgements.version === 0 ? 'attribute_not_exists(pk)' : 'version = :version',
      ...(acknowledgements.version === 0
        ? {}
        : { ExpressionAttributeValues: { ':version': acknowledgements.version } }),
    },
  };
}

/**
 * An address (its keyed hash) onto the marketing suppression list. The first opt-out is the one that
 * counts; a later one only records that it came again.
 */
export const suppressionUpdate = (
  tableName: string,
  emailHash: string,
  optOut: { readonly caseId: string; readonly at: string; readonly scopes?: readonly OptOutScope[] },
): TransactItem => ({
  Update: {
    TableName: tableName,
    Key: suppressionKey(emailHash),
    UpdateExpression:
      'SET suppressedAt = if_not_exists(suppressedAt, :at), caseId = if_not_exists(caseId, :caseId), lastRequestedAt = :at, lastCaseId = :caseId ADD scopes :scopes',
    ExpressionAttributeValues: {
      ':at': optOut.at,
      ':caseId': optOut.caseId,
      // An opt-out through the form or a staff `#type` stops both, as the confirmation says.
      ':scopes': new Set(optOut.scopes ?? OPT_OUT_SCOPES),
    },
  },
});

/**
 * The breach register entry of a case, created by its first `#breach` and changed by later ones:
 * only the fields a reply names; an answer replaces the other side of its question (notified on a
 * date, or not and why).
 */
export function breachRegisterUpdateItem(tableName: string, write: BreachRegisterWrite): TransactItem {
  const set: string[] = [
    'caseId = :caseId',
    '#reference = :reference',
    'teamId = :teamId',
    'receivedAt = :receivedAt',
    'assessedAt = if_not_exists(assessedAt, :at)',
    'updatedAt = :at',
    'updatedBy = :actor',
  ];
  const remove: string[] = [];
  const values: Record<string, unknown> = {
    ':caseId': write.caseId,
    ':reference': write.reference,
    ':teamId': write.teamId,
    ':receivedAt': write.receivedAt,
    ':at': write.at,
    ':actor': write.actor,
  };
  const answer = (
    value: { on: string } | { reason: string } | undefined,
    flag: string,
    onField: string,
    reasonField: string,
  ) => {
    if (!value) return;
    if ('on' in value) {
      set.push(`${flag} = :${flag}`, `${onField} = :${onField}`);
      values[`:${flag}`] = true;
      values[`:${onField}`] = value.on;
      remove.push(reasonField);
    } else {
      set.push(`${flag} = :${flag}`, `${reasonField} = :${reasonField}`);
      values[`:${flag}`] = false;
      values[`:${reasonField}`] = value.reason;
      remove.push(onField);
    }
  };
  answer(write.update.authorityNotified, 'authorityNotified', 'authorityNotifiedOn', 'notNotifiedReason');
  answer(write.update.subjectsInformed, 'subjectsInformed', 'subjectsInformedOn', 'notInformedReason');
  if (write.update.remedialAction !== undefined) {
    set.push('remedialAction = :remedialAction');
    values[':remedialAction'] = write.update.remedialAction;
  }
  return {
    Update: {
      TableName: tableName,
      Key: breachRegisterKey(write.receivedAt, write.caseId),
      UpdateExpression: `SET ${set.join(', ')}${remove.length > 0 ? ` REMOVE ${remove.join(', ')}` : ''}`,
      ExpressionAttributeNames: { '#reference': 'reference' },
      ExpressionAttributeValues: values,
    },
  };
}
