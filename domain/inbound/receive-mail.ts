import { createHash, randomUUID } from 'node:crypto';
import type { CaseRecord, ThreadAttachment } from '../case-model.ts';
import type { ContentCipher, KeyedHasher } from '../content-cipher.ts';
import type { DeskSettings } from '../desk-settings.ts';
import { normaliseEmail } from '../intake/submit-request.ts';
import { enqueueNotifications, type NotificationQueue } from '../notifications/notification.ts';
import type { ReplyTokenSecret } from '../reply-token.ts';
import type { SuppressionQueue } from '../routing/suppression-queue.ts';
import { MS_PER_DAY } from '../time-units.ts';
import { planReply } from './apply-reply.ts';
import { ATTACHMENT_LIMITS, type AttachmentLimits, decideAttachments } from './attachment-policy.ts';
import { admitInbound, authorOf, type DropReason, type SenderFacts } from './authorize-sender.ts';
import { DROP_ALERT_WINDOW_MS, dropAlertFor, dropAlertWindow } from './drop-alert.ts';
import { extractReplyText } from './extract-reply-text.ts';
import { type Identification, identifyCase, localPartOf } from './identify-case.ts';
import type { InboundMarker, InboundStore, InboundWrite } from './inbound-store.ts';
import { blockingVerdicts, type MailReceipt } from './mail-receipt.ts';
import type { AttachmentStore, RawMailSource } from './mail-storage.ts';
import { type MailIntake, mayOpenCase, openCaseFromMail, submissionFromMail } from './new-case-from-mail.ts';
import { type InboundMail, MalformedMailError, parseInboundMail } from './parse-inbound-mail.ts';
import { publishOptOut, sealPlan } from './seal-plan.ts';

/*
 * Receives one email SES accepted for the inbound domain: reads it from the bucket, refuses what is
 * not a participant's reply to a case (audited on the case when one was named, and its assignee or
 * team manager alerted (drop-alert.ts); otherwise only logged by the caller, with ids), and files
 * the rest: attachments encrypted into the bucket, the reply's new text sealed into the thread, the
 * case changed, the forwards written to the outbox, all in one write with the email's
 * processed-marker. Then the outbox notifications are enqueued. A message that cannot be parsed is
 * recorded as `malformed_mime` by its SES id and the function returns normally: a throw would only
 * make Lambda retry the same bytes.
 * Never sends anything to an address the email named: only to the case's configured participants.
 */

/** A processed-marker lives this long: SES retries within hours, a client may resend within days. */
export const INBOUND_MARKER_DAYS = 30;
/** A concurrent change to the case makes the write fail; it is decided again this many times. */
const MAX_ATTEMPTS = 3;
const SYSTEM_ACTOR = 'system:inbound';

export interface ReceiveMailDeps {
  readonly store: InboundStore;
  readonly rawMail: RawMailSource;
  readonly attachments: AttachmentStore;
  readonly notificationQueue: NotificationQueue;
  readonly cipher: ContentCipher;
  readonly hasher: KeyedHasher;
  /** The reply token key (hasher.subKey(REPLY_TOKEN_KEY_PURPOSE)); several during a rotation. */
  readonly replyTokenSecret: ReplyTokenSecret | readonly ReplyTokenSecret[];
  readonly settings: DeskSettings;
  readonly now: Date;
  readonly limits?: AttachmentLimits;
  readonly newId?: () => string;
  /** The write is done and the outbox keeps the email: the sweep re-drives it. Not an error. */
  readonly onEnqueueFailure?: (error: unknown) => void;
  readonly onLoadFailure?: (memberId: string, error: unknown) => void;
  /** With it, an email that names no case opens one (new-case-from-mail.ts); without, it is dropped. */
  readonly intake?: MailIntake;
  /** Where an opt-out made by `#type marketing_opt_out` goes to the marketing systems, as routing's do. */
  readonly suppressionQueue: SuppressionQueue;
}

export type ReceiveOutcome =
  | {
      readonly kind: 'filed';
      readonly caseId: string;
      readonly direction: 'from_staff' | 'from_requester';
      readonly notifications: number;
    }
  /** Staff commands that could not be applied: nothing changed, the errors went back to the sender. */
  | { readonly kind: 'rejected'; readonly caseId: string; readonly errors: number }
  | { readonly kind: 'dropped'; readonly reason: DropReason; readonly caseId?: string }
  /** An email that named no case became a new case (type question, channel email). */
  | { readonly kind: 'opened'; readonly caseId: string }
  /** Processed before (the same Message-ID): nothing done. */
  | { readonly kind: 'duplicate' };

/** SHA-256 (hex) of a Message-ID: the key of its processed-marker. */
export function inboundMarkerHash(messageId: string): string {
  return createHash('sha256').update(messageId).digest('hex');
}

export async function receiveMail(receipt: MailReceipt, deps: ReceiveMailDeps): Promise<ReceiveOutcome> {
  const { config } = deps.settings;
  const at = deps.now.toISOString();
  const marker = (key: string, forCase?: string): InboundMarker => ({
    key,
    processedAt: at,
    expiresAt: new Date(deps.now.getTime() + INBOUND_MARKER_DAYS * MS_PER_DAY).toISOString(),
    ...(forCase ? { caseId: forCase } : {}),
  });
  // Without a Message-ID, SES's own id still makes a redelivery of the same receipt a duplicate.
  const receiptMarkerKey = inboundMarkerHash(`<${receipt.sesMessageId}@ses-receipt>`);
  let mail: InboundMail;
  try {
    mail = await parseInboundMail(await deps.rawMail.readRaw(receipt.sesMessageId));
  } catch (error) {
    if (!(error instanceof MalformedMailError)) throw error;
    return dropMalformed(receipt, marker(receiptMarkerKey), deps);
  }
  const markerKey = mail.messageId ? inboundMarkerHash(mail.messageId) : receiptMarkerKey;
  if (await deps.store.isProcessed(markerKey)) return { kind: 'duplicate' };

  const author = authorOf(mail);
  const sender: SenderFacts | undefined = author
    ? { address: author.address, emailHash: deps.hasher.hash('email', normaliseEmail(author.address)) }
    : undefined;
  const identification = await identifyCase(
    {
      recipients: receipt.recipients,
      inboundDomain: config.inboundDomain,
      sender: sender?.address,
      inReplyTo: mail.inReplyTo,
      references: mail.references,
      subject: mail.subject,
      secret: deps.replyTokenSecret,
    },
    deps.store,
  );
  const sentByDesk =
    mail.messageId !== undefined &&
    (await deps.store.findSentEmail(localPartOf(mail.messageId))) !== undefined;
  const caseId = 'caseId' in identification ? identification.caseId : undefined;
  let record = caseId ? await deps.store.getCase(caseId) : undefined;
  const text = extractReplyText(mail.text);
  const decisions = decideAttachments(mail.attachments, deps.limits ?? ATTACHMENT_LIMITS);
  let attachmentsStored = false;
  // Names this email's files in the bucket.
  const inboundId = markerKey.slice(0, 32);

  for (let attempt = 1; attempt <= MAX_ATTEMPTS; attempt++) {
    const admission = admitInbound({
      verdicts: receipt.verdicts,
      sender,
      sentByDesk,
      autoReply: mail.autoReply,
      identification,
      record,
      config,
    });
    const newCase =
      !admission.admitted && admission.reason === 'no_case' && author && deps.intake
        ? mayOpenCase(
            {
              identification,
              verdicts: receipt.verdicts,
              author: author.address,
              recipients: [...receipt.recipients, ...mail.recipients],
            },
            config,
          ) && submissionFromMail(mail, author, config)
        : undefined;
    if (newCase && deps.intake) {
      const opened = await openCaseFromMail(
        newCase,
        markerKey,
        marker(markerKey),
        receipt.sesMessageId,
        {
          subject: mail.subject,
          // Whole: what extractReplyText cuts as quoted history may be the forwarded request itself.
          text: mail.text,
          attachments: decisions,
          omittedAttachments: mail.attachments.length - decisions.length,
          keyOf: (id, index) => deps.attachments.attachmentKey(id, inboundId, index),
          store: (id, attachments) => storeAttachments(id, attachments, decisions, mail, deps),
        },
        { ...deps, intake: deps.intake },
      );
      return opened.duplicate ? { kind: 'duplicate' } : { kind: 'opened', caseId: opened.caseId };
    }
    if (!admission.admitted) {
      const dropped = { reason: admission.reason, record, identification };
      return drop(dropped, receipt, mail, marker(markerKey, admission.caseId), deps);
    }
    const admitted = admission.record;
    const attachments: ThreadAttachment[] = decisions.map((decision) =>
      decision.keep
        ? {
            ...decision.entry,
            key: deps.attachments.attachmentKey(admitted.caseId, inboundId, decision.index),
          }
        : decision.entry,
    );
    const plan = planReply({
      record: admitted,
      participant: admission.participant,
      identifiedBy: admission.identifiedBy,
      authenticated: admission.authenticated,
      dmarcVerdict: receipt.verdicts.dmarc,
      subject: mail.subject,
      text,
      attachments,
      omittedAttachments: mail.attachments.length - decisions.length,
      copied: mail.cc.length,
      config,
      deadlinePolicy: deps.settings.deadlinePolicy,
      now: deps.now,
    });
    if (plan.kind === 'empty') {
      const dropped = { reason: 'empty' as const, record: admitted, identification };
      return drop(dropped, receipt, mail, marker(markerKey, admitted.caseId), deps);
    }
    if (plan.kind === 'apply' && !attachmentsStored) {
      await storeAttachments(admitted.caseId, attachments, decisions, mail, deps);
      attachmentsStored = true;
    }
    const write = await sealPlan(plan, admitted, marker(markerKey, admitted.caseId), deps);
    // Published before the write, as routing does: if the write then fails the mail is retried and the
    // queue drops the copy (deduplicated per case); a suppression without the closed case harms nobody.
    if (plan.kind === 'apply' && plan.suppress) await publishOptOut(admitted, deps);
    const outcome = await deps.store.recordInbound(write);
    if (outcome === 'duplicate') return { kind: 'duplicate' };
    if (outcome === 'case_changed') {
      record = await deps.store.getCase(admitted.caseId);
      continue;
    }
    if (plan.kind === 'apply') {
      for (const move of plan.loadMoves) {
        await deps.store
          .adjustMemberLoad(move.memberId, move.delta)
          .catch((error: unknown) => deps.onLoadFailure?.(move.memberId, error));
      }
    }
    await enqueueNotifications(write.notifications, deps.notificationQueue, deps.onEnqueueFailure);
    return plan.kind === 'apply'
      ? {
          kind: 'filed',
          caseId: admitted.caseId,
          direction: admission.participant.kind === 'requester' ? 'from_requester' : 'from_staff',
          notifications: write.notifications.length,
        }
      : { kind: 'rejected', caseId: admitted.caseId, errors: plan.errors.length };
  }
  throw new Error(`Case ${caseId}: it kept changing over ${MAX_ATTEMPTS} attempts`);
}

interface Dropped {
  readonly reason: DropReason;
  /** The case the mail was aimed at, when it exists. */
  readonly record: CaseRecord | undefined;
  readonly identification: Identification;
}

/**
 * Records a drop: the marker, the audit event on the case the mail was aimed at, and the alert to
 * its assignee or manager (drop-alert.ts) unless the case had one this hour. Ids and reasons only.
 */
async function drop(
  { reason, record, identification }: Dropped,
  receipt: MailReceipt,
  mail: InboundMail,
  marker: InboundMarker,
  deps: ReceiveMailDeps,
): Promise<ReceiveOutcome> {
  const at = deps.now.toISOString();
  const caseId = record?.caseId;
  const detail: Record<string, string> = {
    reason,
    sesMessageId: receipt.sesMessageId,
    identifiedBy: identification.by,
  };
  if (reason === 'verdict_failed') detail.verdicts = blockingVerdicts(receipt.verdicts).join(' ');
  if (reason === 'unauthenticated') detail.dmarc = receipt.verdicts.dmarc;
  if (reason === 'auto_reply') detail.autoReply = mail.autoReplyReasons.join(' ');
  const alert = dropAlertFor(reason, record);
  const write = (alerted: string, withAlert: boolean): InboundWrite => ({
    marker: { ...marker, dropReason: reason, sesMessageId: receipt.sesMessageId },
    thread: [],
    audit: caseId
      ? [{ caseId, at, action: 'mail.dropped', actor: SYSTEM_ACTOR, detail: { ...detail, alerted } }]
      : [],
    notifications:
      withAlert && alert && caseId
        ? [
            {
              notificationId: (deps.newId ?? randomUUID)(),
              caseId,
              template: 'mail-dropped',
              recipient: alert.recipient,
              createdAt: at,
              params: { reason, identifiedBy: identification.by, sesMessageId: receipt.sesMessageId },
            },
          ]
        : [],
    ...(withAlert && caseId && alert
      ? {
          alertGuard: {
            caseId,
            window: dropAlertWindow(deps.now),
            expiresAt: new Date(deps.now.getTime() + 2 * DROP_ALERT_WINDOW_MS).toISOString(),
          },
        }
      : {}),
  });
  let written = write(alert?.to ?? 'none', alert !== undefined);
  let outcome = await deps.store.recordInbound(written);
  if (outcome === 'alert_throttled') {
    written = write('throttled', false);
    outcome = await deps.store.recordInbound(written);
  }
  if (outcome === 'duplicate') return { kind: 'duplicate' };
  await enqueueNotifications(written.notifications, deps.notificationQueue, deps.onEnqueueFailure);
  return caseId ? { kind: 'dropped', reason, caseId } : { kind: 'dropped', reason };
}

/** A message the parser refused: only its SES id is known, so only the marker records it. */
async function dropMalformed(
  receipt: MailReceipt,
  marker: InboundMarker,
  deps: ReceiveMailDeps,
): Promise<ReceiveOutcome> {
  const outcome = await deps.store.recordInbound({
    marker: { ...marker, dropReason: 'malformed_mime', sesMessageId: receipt.sesMessageId },
    thread: [],
    audit: [],
    notifications: [],
  });
  return outcome === 'duplicate' ? { kind: 'duplicate' } : { kind: 'dropped', reason: 'malformed_mime' };
}

async function storeAttachments(
  caseId: string,
  attachments: readonly ThreadAttachment[],
  decisions: ReturnType<typeof decideAttachments>,
  mail: InboundMail,
  deps: ReceiveMailDeps,
): Promise<void> {
  for (const decision of decisions) {
    const key = attachments[decision.index]?.key;
    const source = mail.attachments[decision.index];
    if (!decision.keep || key === undefined || source === undefined) continue;
    const encrypted = await deps.cipher.encrypt(source.content, { caseId, purpose: 'attachment' });
    await deps.attachments.putAttachment(key, encrypted);
  }
}
