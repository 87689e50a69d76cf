import { randomUUID } from 'node:crypto';
import type { DeliveryStore } from '../case-store.ts';
import type { DeskSettings } from '../desk-settings.ts';
import { caseOwner } from '../sweep/case-owner.ts';
import {
  enqueueNotifications,
  type Notification,
  type NotificationQueue,
  type NotificationRecipient,
} from './notification.ts';
import { participantOf, stepRecipients } from './staff-recipients.ts';

/** A sending event that matters to the desk, read from SES (the bounces queue message, domain/queue-messages/delivery-event-message.ts). */
export type DeliveryEvent =
  | {
      readonly kind: 'bounce';
      /** The MessageId SES returned when the email was sent. */
      readonly messageId: string;
      /** Permanent, Transient or Undetermined. */
      readonly bounceType: string;
      readonly bounceSubType?: string;
    }
  | { readonly kind: 'complaint'; readonly messageId: string; readonly feedbackType?: string }
  | { readonly kind: 'ignored'; readonly eventType: string };

export const DELIVERY_FAILED_TEMPLATE = 'delivery-failed';

export type DeliveryOutcome =
  | { readonly outcome: 'ignored' | 'unknown_message' | 'already_recorded' }
  | { readonly outcome: 'recorded'; readonly caseId: string; readonly alerted: readonly string[] };

/**
 * An email the desk sent bounced or drew a complaint: the thread message is marked `bounced` or
 * `complained` and, for an open case, the assignee and the team manager are alerted at once
 * (`delivery-failed`), except whoever the failed email was for; if that leaves nobody, the DPO.
 * Marking and alert are one transaction conditional on the message still being `sent`, so a
 * redelivered event alerts nobody twice. A failed `delivery-failed` alert is only marked, so two
 * bouncing addresses cannot alert each other forever; digest emails have no case and are only marked.
 */
export async function handleDeliveryEvent(
  event: DeliveryEvent,
  deps: {
    store: DeliveryStore;
    notificationQueue: NotificationQueue;
    settings: DeskSettings;
    now: Date;
    newId?: () => string;
    onEnqueueFailure?: (error: unknown) => void;
  },
): Promise<DeliveryOutcome> {
  if (event.kind === 'ignored') return { outcome: 'ignored' };
  const message = await deps.store.findEmailMessage(event.messageId);
  if (!message) return { outcome: 'unknown_message' };
  const delivery = event.kind === 'bounce' ? 'bounced' : 'complained';
  const detail =
    event.kind === 'bounce'
      ? [event.bounceType, event.bounceSubType].filter(Boolean).join('/')
      : ['complaint', event.feedbackType].filter(Boolean).join('/');
  const at = deps.now.toISOString();
  const record = await deps.store.getCase(message.caseId);
  const alert =
    record !== undefined && record.status !== 'closed' && message.template !== DELIVERY_FAILED_TEMPLATE;

  let recipients: NotificationRecipient[] = [];
  if (alert) {
    const { config } = deps.settings;
    const owner = caseOwner(record, config);
    recipients = stepRecipients(['assignee', 'manager'], record.teamId, owner.member?.id, config)
      .map(({ recipient }) => recipient)
      .filter((recipient) => participantOf(recipient) !== message.participant);
    if (recipients.length === 0 && message.participant !== 'dpo') recipients = [{ role: 'dpo' }];
  }
  const notifications: Notification[] = recipients.map((recipient) => ({
    notificationId: (deps.newId ?? randomUUID)(),
    caseId: message.caseId,
    template: DELIVERY_FAILED_TEMPLATE,
    recipient,
    createdAt: at,
    params: {
      at,
      problem: delivery,
      bounceType: event.kind === 'bounce' ? event.bounceType : '',
      failedTemplate: message.template ?? '',
      failedParticipant: message.participant,
      failedAt: message.at,
    },
  }));
  const recorded = await deps.store.recordDeliveryProblem(message, {
    delivery,
    at,
    detail,
    notifications,
    ...(record
      ? {
          audit: {
            caseId: record.caseId,
            at,
            action: `email.${delivery}`,
            actor: 'system:ses',
            detail: { template: message.template ?? '', participant: message.participant, problem: detail },
          },
        }
      : {}),
  });
  if (!recorded) return { outcome: 'already_recorded' };
  await enqueueNotifications(notifications, deps.notificationQueue, deps.onEnqueueFailure);
  return { outcome: 'recorded', caseId: message.caseId, alerted: recipients.map(participantOf) };
}
