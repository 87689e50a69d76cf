import { createHmac, timingSafeEqual } from 'node:crypto';

/**
 * Reply tokens: the reply-to address of every email the desk sends carries a token that names the case
 * and the participant it was sent to, signed so that a reply can be trusted to belong to that case.
 *
 * Format (43 characters, RFC 4648 base32 in lower case, so it survives mail systems that lower-case
 * local parts): 26 characters for the case id's 16 bytes, one role character, and 16 characters for an
 * 80-bit truncated HMAC-SHA256 over the case id, the role and the lower-cased participant address. The
 * local part `case+<token>` is 48 characters, under the 64 that RFC 5321 allows. The address is not in
 * the token, only in the MAC: a token verifies only for mail sent from the address it was issued to.
 */

/** The keyed hasher's sub-key purpose that derives the reply token secret (`hasher.subKey(...)`). */
export const REPLY_TOKEN_KEY_PURPOSE = 'reply-token';

export const REPLY_ROLES = ['requester', 'assignee', 'manager', 'dpo'] as const;
export type ReplyRole = (typeof REPLY_ROLES)[number];

export interface ReplyParticipant {
  readonly role: ReplyRole;
  readonly address: string;
}

export interface ReplyTokenSubject extends ReplyParticipant {
  /** A UUID (any version), 36 characters. */
  readonly caseId: string;
}

/** What a verified token says; the address is the one it was checked against. */
export interface VerifiedReplyToken {
  readonly caseId: string;
  readonly role: ReplyRole;
}

/** At least 16 bytes; a string is taken as UTF-8. */
export type ReplyTokenSecret = string | Uint8Array;

const ROLE_CHARS: Readonly<Record<ReplyRole, string>> = {
  requester: 'r',
  assignee: 'a',
  manager: 'm',
  dpo: 'd',
};
const ROLES_BY_CHAR: ReadonlyMap<string, ReplyRole> = new Map(
  REPLY_ROLES.map((role) => [ROLE_CHARS[role], role] as const),
);

const CASE_ID_CHARS = 26;
const MAC_BYTES = 10;
const MAC_CHARS = 16;
const TOKEN_PATTERN = new RegExp(`^[a-z2-7]{${CASE_ID_CHARS}}[ramd][a-z2-7]{${MAC_CHARS}}$`);
const UUID_PATTERN = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const LOCAL_PART_PREFIX = 'case+';
/** Separates this use of the key from any other use of the same key. */
const MAC_CONTEXT = 'privacy-desk/reply-token/v1';
const MIN_SECRET_BYTES = 16;

/** The token for one participant of one case. Throws on a malformed case id or a short secret. */
export function signReplyToken(secret: ReplyTokenSecret, subject: ReplyTokenSubject): string {
  if (!UUID_PATTERN.test(subject.caseId)) throw new TypeError('caseId must be a UUID');
  const caseId = subject.caseId.toLowerCase();
  const roleChar = ROLE_CHARS[subject.role];
  if (roleChar === undefined) throw new TypeError('role must be one of requester, assignee, manager, dpo');
  const idBytes = Buffer.from(caseId.replaceAll('-', ''), 'hex');
  return `${base32Encode(idBytes)}${roleChar}${base32Encode(mac(secret, caseId, subject.role, subject.address))}`;
}

/**
 * The case and role of `token` when it was signed with `secret` (or, during a key rotation, one of
 * `secret`) for `senderAddress` (compared case-insensitively); otherwise undefined. The token is
 * accepted in any letter case.
 */
export function verifyReplyToken(
  secret: ReplyTokenSecret | readonly ReplyTokenSecret[],
  token: string,
  senderAddress: string,
): VerifiedReplyToken | undefined {
  const normalized = token.trim().toLowerCase();
  if (!TOKEN_PATTERN.test(normalized)) return undefined;
  const idBytes = base32Decode(normalized.slice(0, CASE_ID_CHARS));
  const role = ROLES_BY_CHAR.get(normalized.charAt(CASE_ID_CHARS));
  const presented = base32Decode(normalized.slice(CASE_ID_CHARS + 1));
  if (idBytes?.length !== 16 || role === undefined || presented?.length !== MAC_BYTES) return undefined;
  const caseId = formatUuid(idBytes);
  const secrets = Array.isArray(secret)
    ? (secret as readonly ReplyTokenSecret[])
    : [secret as ReplyTokenSecret];
  // Every key is tried, so the time taken does not tell which one matched.
  let valid = false;
  for (const candidate of secrets) {
    valid = timingSafeEqual(mac(candidate, caseId, role, senderAddress), presented) || valid;
  }
  return valid ? { caseId, role } : undefined;
}

/** The reply-to address that carries `token`: `case+<token>@<inboundDomain>`. */
export function replyAddress(token: string, inboundDomain: string): string {
  return `${LOCAL_PART_PREFIX}${token}@${inboundDomain.toLowerCase()}`;
}

/**
 * Whether an address has the form of a case address (`case+...@<inboundDomain>`), its token readable
 * or not: mail to one is a reply to a case, never a new request.
 */
export function isCaseAddress(address: string, inboundDomain: string): boolean {
  const bare = (/<([^<>]*)>\s*$/.exec(address)?.[1] ?? address).trim().toLowerCase();
  const at = bare.lastIndexOf('@');
  return (
    at >= 0 &&
    bare.slice(at + 1) === inboundDomain.trim().toLowerCase() &&
    bare.slice(0, at).startsWith(LOCAL_PART_PREFIX)
  );
}

/**
 * The token in a recipient address of an inbound email (`case+<token>@<inboundDomain>`, bare or as
 * `Name <address>`), or undefined when the address is not one of the desk's reply addresses. The token
 * comes back in lower case; it is not verified here.
 */
export function tokenFromRecipient(address: string, inboundDomain: string): string | undefined {
  const bare = (/<([^<>]*)>\s*$/.exec(address)?.[1] ?? address).trim().toLowerCase();
  const at = bare.lastIndexOf('@');
  if (at < 0 || bare.slice(at + 1) !== inboundDomain.trim().toLowerCase()) return undefined;
  const localPart = bare.slice(0, at);
  if (!localPart.startsWith(LOCAL_PART_PREFIX)) return undefined;
  const token = localPart.slice(LOCAL_PART_PREFIX.length);
  return TOKEN_PATTERN.test(token) ? token : undefined;
}

function mac(secret: ReplyTokenSecret, caseId: string, role: ReplyRole, address: string): Buffer {
  const key = typeof secret === 'string' ? Buffer.from(secret, 'utf8') : secret;
  if (key.byteLength < MIN_SECRET_BYTES)
    throw new RangeError(`The reply token secret needs ${MIN_SECRET_BYTES}+ bytes`);
  return createHmac('sha256', key)
    .update(`${MAC_CONTEXT}|${caseId}|${role}|${address.trim().toLowerCase()}`)
    .digest()
    .subarray(0, MAC_BYTES);
}

function formatUuid(bytes: Buffer): string {
  const hex = bytes.toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

const ALPHABET = 'abcdefghijklmnopqrstuvwxyz234567';

/** RFC 4648 base32, lower case, no padding. */
export function base32Encode(bytes: Uint8Array): string {
  let out = '';
  let buffer = 0;
  let bits = 0;
  for (const byte of bytes) {
    buffer = (buffer << 8) | byte;
    bits += 8;
    while (bits >= 5) {
      bits -= 5;
      out += ALPHABET.charAt((buffer >>> bits) & 31);
    }
    buffer &= (1 << bits) - 1;
  }
  if (bits > 0) out += ALPHABET.charAt((buffer << (5 - bits)) & 31);
  return out;
}

/**
 * The bytes of lower-case unpadded base32 text, or undefined when the text is not the canonical encoding
 * of some bytes (a character outside the alphabet, or non-zero bits after the last whole byte). Refusing
 * non-canonical text keeps one token per case.
 */
export function base32Decode(text: string): Buffer | undefined {
  const bytes: number[] = [];
  let buffer = 0;
  let bits = 0;
  for (const char of text) {
    const value = ALPHABET.indexOf(char);
    if (value < 0) return undefined;
    buffer = (buffer << 5) | value;
    bits += 5;
    if (bits >= 8) {
      bits -= 8;
      bytes.push((buffer >>> bits) & 0xff);
    }
    buffer &= (1 << bits) - 1;
  }
  if (bits >= 5 || buffer !== 0) return undefined;
  return Buffer.from(bytes);
}
