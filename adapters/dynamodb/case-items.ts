import { randomUUID } from 'node:crypto';
import type { AuditEvent } from '../../domain/case-model.ts';
import type { Notification } from '../../domain/notifications/notification.ts';
import { auditSortKey, casePartition, notificationKey, pendingIndexAttributes } from './keys.ts';

/* Items of a case partition, shaped as DynamoDbCaseStore writes them (see keys.ts). */

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
