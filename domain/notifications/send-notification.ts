import { randomUUID } from 'node:crypto';
import type { CaseContent, CaseRecord, ThreadMessage } from '../case-model.ts';
import type { CaseReader, OutboxStore } from '../case-store.ts';
import { memberById } from '../config/member-lookups.ts';
import { type ContentCipher, openJson, sealJson } from '../content-cipher.ts';
import type { DeskSettings } from '../desk-settings.ts';
import { NotFoundError } from '../errors.ts';
import { type ReplyTokenSecret, replyAddress, signReplyToken } from '../reply-token.ts';
import type { Language } from '../request-types.ts';
import { isTemplateName, TEMPLATES, type Translations, templateFor } from '../templates/catalog.ts';
import { renderTemplate } from '../templates/render-template.ts';
import { TEAM_TEMPLATES } from '../templates/sweep-templates.ts';
import { teamTemplateValues } from './escalation-values.ts';
import type { Mailer } from './mailer.ts';
import type { Notification, NotificationRecipient, NotifyMessage } from './notification.ts';
import { staffDigestValues } from './staff-email-content.ts';
import { templateValues } from './template-values.ts';

export type SendOutcome = 'sent' | 'already_sent';

/** Another delivery of the same notification is sending it: this one is retried, and then finds it sent. */
export class SendInProgressError extends Error {
  constructor(notificationId: string) {
    super(`Notification ${notificationId} is being sent by another delivery`);
    this.name = 'SendInProgressError';
  }
}

interface ResolvedRecipient {
  readonly address: string;
  readonly language: Language;
  /** Staff member id or role, for the thread; never the address. */
  readonly participant: string;
  readonly isRequester: boolean;
}

function resolveRecipient(
  recipient: NotificationRecipient,
  record: CaseRecord | undefined,
  content: CaseContent | undefined,
  settings: DeskSettings,
): ResolvedRecipient {
  const { config } = settings;
  switch (recipient.role) {
    case 'requester':
      if (!record || !content) throw new Error('A requester notification needs its case');
      return {
        address: content.email,
        language: record.language,
        participant: 'requester',
        isRequester: true,
      };
    case 'member': {
      const member = memberById(config, recipient.memberId);
      if (!member) throw new NotFoundError(`Unknown member ${recipient.memberId}`);
      // Staff read the desk's emails in their own first language, whatever the requester's: a
      // member's languages list the one they work in first (the requester's words stay as written).
      return {
        address: member.email,
        language: member.languages[0] ?? 'en',
        participant: `member:${member.id}`,
        isRequester: false,
      };
    }
    case 'manager': {
      const team = config.teams.find((t) => t.id === recipient.teamId);
      if (!team) throw new NotFoundError(`Unknown team ${recipient.teamId}`);
      // A manager and the DPO have one configured language each; without it, English.
      return {
        address: team.manager.email,
        language: team.manager.language ?? 'en',
        participant: `manager:${team.id}`,
        isRequester: false,
      };
    }
    case 'dpo':
      return {
        address: config.dpo.email,
        language: config.dpo.language ?? 'en',
        participant: 'dpo',
        isRequester: false,
      };
    default:
      throw new Error(`Unknown recipient ${JSON.stringify(recipient satisfies never)}`);
  }
}

/**
 * Sends one outbox notification: renders its template for the recipient, sends it, and records it
 * in the thread with the provider's message id (replies are threaded by it). Sent already: nothing.
 * A crash between sending and recording sends it again on the retry: at least once, never lost.
 */
export async function sendNotification(
  message: NotifyMessage,
  deps: {
    store: Pick<
      OutboxStore,
      'getNotification' | 'claimNotificationSend' | 'releaseNotificationSend' | 'recordNotificationSent'
    > &
      Pick<CaseReader, 'getCase'>;
    cipher: ContentCipher;
    mailer: Mailer;
    settings: DeskSettings;
    now: Date;
    /** Signs the Reply-To token of notifications with `replyAs`. */
    replyTokenSecret?: ReplyTokenSecret;
    /**
     * How long this delivery holds the notification while it sends: at least as long as a delivery
     * can run (the function's timeout), so that a claim never runs out under a live send.
     */
    sendClaimMs: number;
  },
): Promise<SendOutcome> {
  const notification = await deps.store.getNotification(message.caseId, message.notificationId);
  if (!notification) throw new NotFoundError(`Notification ${message.notificationId} not found`);
  if (notification.sentAt) return 'already_sent';
  if (!isTemplateName(notification.template)) throw new Error(`Unknown template ${notification.template}`);
  // A team notification (a digest) has no case: its partition is the team's (or the DPO's) digest log.
  const teamNotification = TEAM_TEMPLATES.has(notification.template);
  const record = teamNotification ? undefined : await deps.store.getCase(notification.caseId);
  if (!record && !teamNotification) throw new NotFoundError(`Case ${notification.caseId} not found`);

  const content = record
    ? await openJson<CaseContent>(deps.cipher, record.caseId, 'case-content', record.content)
    : undefined;
  const secrets = notification.sealedParams
    ? await openJson<Record<string, string>>(
        deps.cipher,
        notification.caseId,
        'thread-message',
        notification.sealedParams,
      )
    : {};
  const recipient = resolveRecipient(notification.recipient, record, content, deps.settings);
  const translations: Translations = TEMPLATES[notification.template];
  // Values in the template's language: a staff template written in English only stays all English.
  const language = translations[recipient.language] ? recipient.language : 'en';
  const params = notification.params ?? {};
  const rendered = renderTemplate(
    templateFor(notification.template, language),
    record && content
      ? templateValues(notification.template, {
          record,
          content,
          secrets,
          params,
          settings: deps.settings,
          language,
          recipient: notification.recipient,
          now: deps.now,
        })
      : staffDigestValues(
          teamTemplateValues(notification.template, { params, settings: deps.settings, language }),
          deps.settings,
        ),
  );
  const replyTo = notification.replyAs
    ? replyToAddress(notification.replyAs, notification.caseId, recipient.address, deps)
    : undefined;
  // Claimed only now, so that a delivery failing before it sends holds nothing up.
  const claim = { now: deps.now, until: new Date(deps.now.getTime() + deps.sendClaimMs) };
  const claimed = await deps.store.claimNotificationSend(message, claim);
  if (claimed === 'sent') return 'already_sent';
  if (claimed === 'busy') throw new SendInProgressError(message.notificationId);
  let messageId: string;
  try {
    ({ messageId } = await deps.mailer.send({
      to: recipient.address,
      subject: rendered.subject,
      text: rendered.text,
      html: rendered.html,
      ...(replyTo ? { replyTo } : {}),
    }));
  } catch (error) {
    // Not sent: the retry need not wait for this claim to run out.
    await deps.store.releaseNotificationSend(message, claim).catch(() => undefined);
    throw error;
  }
  const at = deps.now.toISOString();
  const threadMessage: ThreadMessage = {
    caseId: notification.caseId,
    messageId: randomUUID(),
    at,
    direction: recipient.isRequester ? 'to_requester' : 'to_staff',
    template: notification.template,
    participant: recipient.participant,
    emailMessageId: messageId,
    delivery: 'sent',
    sealed: await sealJson(deps.cipher, notification.caseId, 'thread-message', {
      subject: rendered.subject,
      text: rendered.text,
    }),
  };
  const recorded = await deps.store.recordNotificationSent(notification as Notification, threadMessage);
  return recorded ? 'sent' : 'already_sent';
}

/** `case+<token>@<inboundDomain>`: a reply from this recipient's address files on this case. */
function replyToAddress(
  role: NonNullable<Notification['replyAs']>,
  caseId: string,
  address: string,
  deps: { settings: DeskSettings; replyTokenSecret?: ReplyTokenSecret },
): string {
  if (deps.replyTokenSecret === undefined)
    throw new Error('A notification with replyAs needs the reply token secret');
  return replyAddress(
    signReplyToken(deps.replyTokenSecret, { caseId, role, address }),
    deps.settings.config.inboundDomain,
  );
}
