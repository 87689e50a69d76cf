import {
  base32Decode,
  type ReplyRole,
  type ReplyTokenSecret,
  tokenFromRecipient,
  verifyReplyToken,
} from '../reply-token.ts';

/*
 * Which case an inbound email belongs to, tried in this order:
 * 1. the signed reply token in a recipient address (`case+<token>@<inboundDomain>`): it must verify
 *    for the sender's address, or the mail is not filed at all (a token that does not verify is a
 *    forwarded email, a forged sender or a tampered address, never a reason to look further);
 * 2. In-Reply-To, then References (newest first), against the emails the desk sent: SES writes
 *    Message-ID `<sesMessageId@region.amazonses.com>`, the desk keeps the bare SES MessageId, so
 *    the local part is compared;
 * 3. a case reference (`PD-XXXX-XXXX`) in the subject.
 * Finding a case is not permission to write to it: with 2 and 3 the sender must be a known
 * participant of that case (authorize-sender.ts), so a reference in a subject alone never files the
 * mail of an unknown sender.
 */

export type Identification =
  /** A token that verifies for the sender: the case and the role it was issued to. */
  | { readonly by: 'token'; readonly caseId: string; readonly role: ReplyRole }
  /** A case address whose token does not verify for the sender; the case it names, if readable. */
  | { readonly by: 'bad_token'; readonly caseId?: string }
  | { readonly by: 'thread'; readonly caseId: string }
  | { readonly by: 'subject'; readonly caseId: string }
  | { readonly by: 'none' };

export type IdentifiedBy = Exclude<Identification['by'], 'bad_token' | 'none'>;

export interface CaseLookups {
  /** The case of an email the desk sent, by the SES MessageId it got. */
  findSentEmail(sesMessageId: string): Promise<{ readonly caseId: string } | undefined>;
  findCaseIdByReference(reference: string): Promise<string | undefined>;
}

export interface IdentifyInput {
  /** Envelope recipients (SES receipt), lower-cased. */
  readonly recipients: readonly string[];
  readonly inboundDomain: string;
  /** The From address, lower-cased; undefined when the mail has none. */
  readonly sender: string | undefined;
  readonly inReplyTo: string | undefined;
  readonly references: readonly string[];
  readonly subject: string;
  /** The reply token key; during a rotation the current one first. */
  readonly secret: ReplyTokenSecret | readonly ReplyTokenSecret[];
}

export async function identifyCase(input: IdentifyInput, lookups: CaseLookups): Promise<Identification> {
  const tokens = replyTokensIn(input.recipients, input.inboundDomain);
  if (tokens.length > 0) {
    for (const token of tokens) {
      const verified =
        input.sender === undefined ? undefined : verifyReplyToken(input.secret, token, input.sender);
      if (verified) return { by: 'token', caseId: verified.caseId, role: verified.role };
    }
    const named = tokens.map(caseIdOfToken).find((caseId) => caseId !== undefined);
    return named ? { by: 'bad_token', caseId: named } : { by: 'bad_token' };
  }
  for (const candidate of deskMessageIdCandidates(input)) {
    const sent = await lookups.findSentEmail(candidate);
    if (sent) return { by: 'thread', caseId: sent.caseId };
  }
  for (const reference of caseReferencesIn(input.subject)) {
    const caseId = await lookups.findCaseIdByReference(reference);
    if (caseId) return { by: 'subject', caseId };
  }
  return { by: 'none' };
}

/** The reply tokens of the desk's case addresses among `recipients`, in order, without duplicates. */
export function replyTokensIn(recipients: readonly string[], inboundDomain: string): string[] {
  const tokens = recipients
    .map((recipient) => tokenFromRecipient(recipient, inboundDomain))
    .filter((token): token is string => token !== undefined);
  return [...new Set(tokens)];
}

const TOKEN_CASE_ID_CHARS = 26;

/**
 * The case id a token names, WITHOUT verifying it: only to put the audit event of a refused email on
 * the case it was aimed at. Undefined when the token is malformed.
 */
export function caseIdOfToken(token: string): string | undefined {
  const bytes = base32Decode(token.toLowerCase().slice(0, TOKEN_CASE_ID_CHARS));
  if (bytes?.length !== 16) return undefined;
  const hex = bytes.toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/** At most this many ids are looked up: a References header can list a whole thread. */
export const MAX_THREAD_LOOKUPS = 10;

/**
 * The local parts of the Message-IDs a reply refers to, In-Reply-To first, then References from the
 * newest (the last) back, without duplicates: the SES MessageIds to look up.
 */
export function deskMessageIdCandidates(mail: {
  readonly inReplyTo: string | undefined;
  readonly references: readonly string[];
}): string[] {
  const ids = [...(mail.inReplyTo ? [mail.inReplyTo] : []), ...[...mail.references].reverse()];
  const localParts = ids.map(localPartOf).filter((part) => part !== '');
  return [...new Set(localParts)].slice(0, MAX_THREAD_LOOKUPS);
}

/** `<0100018c-...-000000@email.amazonses.com>` gives `0100018c-...-000000`. */
export function localPartOf(messageId: string): string {
  const bare = messageId.trim().replace(/^<|>$/g, '');
  const at = bare.lastIndexOf('@');
  return at === -1 ? bare : bare.slice(0, at);
}

const REFERENCE_IN_TEXT = /\bPD-([0-9A-HJKMNP-TV-Z]{4})-([0-9A-HJKMNP-TV-Z]{4})\b/gi;

/** Case references in a subject, upper-cased, in order, without duplicates: `Re: [PD-7K3M-Q9XA] ...`. */
export function caseReferencesIn(subject: string): string[] {
  const references = [...subject.matchAll(REFERENCE_IN_TEXT)].map(
    (match) => `PD-${match[1]!.toUpperCase()}-${match[2]!.toUpperCase()}`,
  );
  return [...new Set(references)];
}
