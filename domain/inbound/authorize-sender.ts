import type { CaseRecord } from '../case-model.ts';
import type { DeskConfig } from '../config/desk-config.ts';
import { memberByEmail, sameAddress } from '../config/member-lookups.ts';
import type { NotificationRecipient } from '../notifications/notification.ts';
import type { ReplyRole } from '../reply-token.ts';
import type { Identification, IdentifiedBy } from './identify-case.ts';
import { blockingVerdicts, dmarcAuthenticates, type MailReceipt } from './mail-receipt.ts';
import type { InboundMail, MailAddress } from './parse-inbound-mail.ts';

/*
 * Who may write to a case by email, decided from facts the handler gathered. Pure.
 *
 * Only the case's participants: the requester (their address's keyed hash is the case's emailHash),
 * the assigned representative, the manager of the case's team and the DPO. With a reply token the
 * sender must be exactly the participant the token was issued to, and still hold that role (a
 * representative the case was taken from can no longer write with an old token). Everything else is
 * dropped: never forwarded, never answered (an answer to a forged sender is backscatter).
 *
 * A From header is only a claim until SES's DMARC verdict is PASS (SPF or DKIM aligned with the From
 * domain). Authenticated mail from a participant is filed. Mail DMARC did not authenticate (GRAY:
 * the domain has no DMARC policy; FAIL) is filed only when it is the requester's reply to her own
 * case address (a token signed for that case, the requester role and that address), and then as
 * unauthenticated text (apply-reply.ts); anything else it claims to be is dropped. Which of the
 * admitted mails may run staff commands is apply-reply.ts's decision (a staff token only).
 */

export type StaffRole = Exclude<ReplyRole, 'requester'>;

export type Participant =
  | { readonly kind: 'requester' }
  | { readonly kind: 'staff'; readonly role: 'assignee'; readonly memberId: string }
  | { readonly kind: 'staff'; readonly role: 'manager'; readonly teamId: string }
  | { readonly kind: 'staff'; readonly role: 'dpo' };

export type StaffParticipant = Extract<Participant, { kind: 'staff' }>;

/** The sender as the desk may compare it: the From address and its keyed hash (purpose `email`). */
export interface SenderFacts {
  /** Lower-cased. */
  readonly address: string;
  readonly emailHash: string;
}

/** The participant a verified token was issued to, when the sender still is that participant. */
export function participantForToken(
  role: ReplyRole,
  sender: SenderFacts,
  record: CaseRecord,
  config: DeskConfig,
): Participant | undefined {
  switch (role) {
    case 'requester':
      return sender.emailHash === record.emailHash ? { kind: 'requester' } : undefined;
    case 'assignee': {
      const member = memberByEmail(config, sender.address);
      return member && member.id === record.assigneeId
        ? { kind: 'staff', role: 'assignee', memberId: member.id }
        : undefined;
    }
    case 'manager': {
      const team = config.teams.find((candidate) => candidate.id === record.teamId);
      return team && sameAddress(team.manager.email, sender.address)
        ? { kind: 'staff', role: 'manager', teamId: team.id }
        : undefined;
    }
    case 'dpo':
      return sameAddress(config.dpo.email, sender.address) ? { kind: 'staff', role: 'dpo' } : undefined;
    default:
      return undefined;
  }
}

/**
 * The participant a sender is on a case found without a token (by thread or subject). The requester
 * is tried first: a person who is both (a staff member's own request) gets no staff powers on it.
 */
export function participantBySender(
  sender: SenderFacts,
  record: CaseRecord,
  config: DeskConfig,
): Participant | undefined {
  const roles: ReplyRole[] = ['requester', 'assignee', 'manager', 'dpo'];
  for (const role of roles) {
    const participant = participantForToken(role, sender, record, config);
    if (participant) return participant;
  }
  return undefined;
}

/** The audit actor: `requester`, the member id, `manager:<teamId>` or `dpo`. Never an address. */
export function participantActor(participant: Participant): string {
  if (participant.kind === 'requester') return 'requester';
  switch (participant.role) {
    case 'assignee':
      return participant.memberId;
    case 'manager':
      return `manager:${participant.teamId}`;
    case 'dpo':
      return 'dpo';
  }
}

/** The thread's participant, as send-notification writes it: `member:<id>`, `manager:<team>`, `dpo`. */
export function participantLabel(participant: Participant): string {
  if (participant.kind === 'requester') return 'requester';
  return participant.role === 'assignee' ? `member:${participant.memberId}` : participantActor(participant);
}

/** Where an email to this participant goes, and the role its Reply-To token is issued for. */
export function participantRecipient(participant: Participant): {
  readonly recipient: NotificationRecipient;
  readonly replyAs: ReplyRole;
} {
  if (participant.kind === 'requester') return { recipient: { role: 'requester' }, replyAs: 'requester' };
  switch (participant.role) {
    case 'assignee':
      return { recipient: { role: 'member', memberId: participant.memberId }, replyAs: 'assignee' };
    case 'manager':
      return { recipient: { role: 'manager', teamId: participant.teamId }, replyAs: 'manager' };
    case 'dpo':
      return { recipient: { role: 'dpo' }, replyAs: 'dpo' };
  }
}

export const DROP_REASONS = [
  /** SES found spam or a virus, or could not scan for viruses (mail-receipt.ts `blockingVerdicts`). */
  'verdict_failed',
  /** The message could not be parsed (too many parts, a header too large, broken MIME). */
  'malformed_mime',
  /** No single author: no From mailbox, several, or a Sender header naming someone else (`authorOf`). */
  'no_sender',
  /** The desk's own email came back (its Message-ID, or sent from the desk's addresses). */
  'loop',
  /** An out-of-office, bounce or list mail (auto-reply.ts). */
  'auto_reply',
  /** No case found, or the case it names does not exist. */
  'no_case',
  /** A case address whose token does not verify for the sender. */
  'token_invalid',
  /** A valid token, but the sender no longer holds the role it was issued for. */
  'not_participant',
  /** A case found by thread or subject, from an address that is none of its participants. */
  'unknown_sender',
  /** DMARC did not authenticate the From address, and the mail is not the requester's token reply. */
  'unauthenticated',
  /** Nothing left after the quoted history, the signature and the commands: no text, no files. */
  'empty',
] as const;
export type DropReason = (typeof DROP_REASONS)[number];

export interface AdmissionInput {
  readonly verdicts: MailReceipt['verdicts'];
  /** The single author (`authorOf`), or undefined when the message has none. */
  readonly sender: SenderFacts | undefined;
  /** The mail's own Message-ID is one the desk sent. */
  readonly sentByDesk: boolean;
  readonly autoReply: boolean;
  readonly identification: Identification;
  /** The identified case, when it exists. */
  readonly record: CaseRecord | undefined;
  readonly config: DeskConfig;
}

export type Admission =
  | {
      readonly admitted: true;
      readonly record: CaseRecord;
      readonly participant: Participant;
      readonly identifiedBy: IdentifiedBy;
      /** DMARC authenticated the From address; false only for a requester's token reply. */
      readonly authenticated: boolean;
    }
  | {
      readonly admitted: false;
      readonly reason: DropReason;
      /** The case the mail was aimed at, when it exists: the drop is audited there. */
      readonly caseId?: string;
    };

/** Whether an inbound email is filed, and as whom; otherwise why it is dropped. */
export function admitInbound(input: AdmissionInput): Admission {
  const drop = (reason: DropReason): Admission =>
    input.record ? { admitted: false, reason, caseId: input.record.caseId } : { admitted: false, reason };
  if (blockingVerdicts(input.verdicts).length > 0) return drop('verdict_failed');
  if (input.sender === undefined) return drop('no_sender');
  if (input.sentByDesk || isDeskAddress(input.sender.address, input.config)) return drop('loop');
  if (input.autoReply) return drop('auto_reply');

  const { identification, record } = input;
  if (identification.by === 'none') return drop('no_case');
  if (identification.by === 'bad_token') return drop('token_invalid');
  if (record === undefined || record.caseId !== identification.caseId) return drop('no_case');
  const participant =
    identification.by === 'token'
      ? participantForToken(identification.role, input.sender, record, input.config)
      : participantBySender(input.sender, record, input.config);
  if (participant === undefined) {
    return drop(identification.by === 'token' ? 'not_participant' : 'unknown_sender');
  }
  const authenticated = dmarcAuthenticates(input.verdicts);
  // Without DMARC only the requester's own case address vouches for anything: the token was mailed
  // to her address alone. It still proves nothing about who wrote, so the text is filed as such.
  if (!authenticated && !(identification.by === 'token' && participant.kind === 'requester')) {
    return drop('unauthenticated');
  }
  return { admitted: true, record, participant, identifiedBy: identification.by, authenticated };
}

/**
 * The one mailbox a message claims as its author, or undefined when that claim is ambiguous: no From
 * mailbox, several (in one From field or in several fields: parsers, DMARC checkers and mail clients
 * do not agree on which one counts), or a Sender header that names another mailbox (mail sent on
 * someone's behalf is not that person's mail).
 */
export function authorOf(mail: Pick<InboundMail, 'from' | 'sender' | 'headers'>): MailAddress | undefined {
  const fromFields = mail.headers.get('from')?.length ?? 0;
  const senderFields = mail.headers.get('sender')?.length ?? 0;
  const [author] = mail.from;
  if (fromFields !== 1 || mail.from.length !== 1 || author === undefined) return undefined;
  if (senderFields === 0) return author;
  const [sender] = mail.sender;
  return senderFields === 1 &&
    mail.sender.length === 1 &&
    sender &&
    sameAddress(sender.address, author.address)
    ? author
    : undefined;
}

/** Mail from the desk's own sender or reply addresses is the desk talking to itself. */
function isDeskAddress(address: string, config: DeskConfig): boolean {
  return sameAddress(address, config.fromAddress) || address.endsWith(`@${config.inboundDomain}`);
}
