import { randomUUID } from 'node:crypto';
import type { AuditEvent, CaseContent, CaseRecord, ThreadMessage } from '../case-model.ts';
import { type ContentCipher, openJson, sealJson } from '../content-cipher.ts';
import type { Notification } from '../notifications/notification.ts';
import { type SuppressionQueue, suppressionMessageOf } from '../routing/suppression-queue.ts';
import type { InboundMarker, InboundWrite } from './inbound-store.ts';
import type { ReplyPlan } from './reply-plan.ts';

/*
 * Turning a reply plan into its one write, shared by the mail receiver and the staff API's actions
 * (kept apart from receive-mail.ts so that the staff functions do not carry the MIME parser).
 */

interface SealDeps {
  readonly cipher: ContentCipher;
  readonly now: Date;
  readonly newId?: () => string;
}

/** An opt-out made by `#type marketing_opt_out` (by email or the staff API) to the marketing systems. */
export async function publishOptOut(
  record: CaseRecord,
  deps: { readonly cipher: ContentCipher; readonly suppressionQueue: SuppressionQueue },
): Promise<void> {
  const content = await openJson<CaseContent>(deps.cipher, record.caseId, 'case-content', record.content);
  await deps.suppressionQueue.publish(suppressionMessageOf(record, content));
}

/** The plan's thread messages and emails sealed, as one write (shared with the staff API's actions). */
export async function sealPlan(
  plan: Exclude<ReplyPlan, { kind: 'empty' }>,
  caseId: string,
  marker: InboundMarker,
  deps: SealDeps,
): Promise<InboundWrite> {
  const at = deps.now.toISOString();
  const newId = deps.newId ?? randomUUID;
  const thread: ThreadMessage[] =
    plan.kind === 'apply'
      ? await Promise.all(
          plan.thread.map(async (message) => ({
            caseId,
            messageId: newId(),
            at,
            direction: message.direction,
            participant: message.participant,
            ...(message.unauthenticated ? { unauthenticated: true as const } : {}),
            sealed: await sealJson(deps.cipher, caseId, 'thread-message', message.content),
          })),
        )
      : [];
  const notifications: Notification[] = await Promise.all(
    plan.notifications.map(async (planned) => ({
      notificationId: newId(),
      caseId,
      template: planned.template,
      recipient: planned.recipient,
      ...(planned.replyAs ? { replyAs: planned.replyAs } : {}),
      createdAt: at,
      ...(planned.params ? { params: planned.params } : {}),
      ...(planned.secrets && Object.keys(planned.secrets).length > 0
        ? { sealedParams: await sealJson(deps.cipher, caseId, 'thread-message', planned.secrets) }
        : {}),
    })),
  );
  const audit: AuditEvent[] = plan.audit.map((event) => ({
    caseId,
    at,
    action: event.action,
    actor: plan.actor,
    ...(event.detail ? { detail: event.detail } : {}),
  }));
  return {
    marker,
    ...(plan.kind === 'apply' && plan.change ? { change: plan.change } : {}),
    ...(plan.kind === 'apply' && plan.suppress
      ? { suppression: { emailHash: plan.suppress.emailHash, caseId, at } }
      : {}),
    thread,
    audit,
    notifications,
  };
}
