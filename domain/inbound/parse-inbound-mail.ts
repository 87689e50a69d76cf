import { type AddressObject, type EmailAddress, parseAddressHeader, simpleParser } from 'mailparser';
import { type AutoReplyReason, detectAutoReply } from './auto-reply.ts';
import { firstMessageId, messageIdsIn } from './message-ids.ts';
import { allHeaders, firstHeader, type RawHeaders, rawHeadersOf } from './raw-headers.ts';

/*
 * Reads one raw inbound message (the MIME SES stored) into what the inbound-mail handler needs to
 * decide what it is: who sent it, to which case address, in reply to which of the desk's messages,
 * whether it is automatic, and its text and attachments. Pure: no AWS, no clock; nothing here
 * decides whether the sender may act on a case (a From header is only a claim).
 */

export interface MailAddress {
  /** Lower-cased. */
  readonly address: string;
  /** The display name, decoded; empty when the header gave none. */
  readonly name: string;
}

export interface InboundAttachment {
  readonly filename: string | undefined;
  readonly contentType: string;
  /** Decoded size in bytes. */
  readonly size: number;
  readonly content: Buffer;
  /** The Content-ID with angle brackets, as in the header. */
  readonly contentId: string | undefined;
  /** Part of the HTML body (`multipart/related`, e.g. a signature logo) rather than a file sent on purpose. */
  readonly embedded: boolean;
}

export interface InboundMail {
  /**
   * Every mailbox of every From field, in order. A message has one From field naming one mailbox;
   * anything else makes the author ambiguous (authorize-sender.ts `authorOf`). mailparser's own
   * `from` shows only the first field, which is why these are read from the raw header fields.
   */
  readonly from: readonly MailAddress[];
  /** Every mailbox of every Sender field (who submitted the message, when not the author). */
  readonly sender: readonly MailAddress[];
  readonly to: readonly MailAddress[];
  readonly cc: readonly MailAddress[];
  /**
   * Every address the message was delivered or addressed to, lower-cased, without duplicates: To,
   * Cc, then `Delivered-To` and `X-Original-To` when present (the only trace of a Bcc).
   */
  readonly recipients: readonly string[];
  readonly subject: string;
  /** `<id@host>`. */
  readonly messageId: string | undefined;
  /** `<id@host>`: the first id of In-Reply-To. */
  readonly inReplyTo: string | undefined;
  /** `<id@host>` each, oldest first as the sender wrote them, without duplicates. */
  readonly references: readonly string[];
  /** The Date header; undefined when missing or unreadable (never "now"). */
  readonly date: Date | undefined;
  /**
   * The plain-text body with `\n` line ends: the text/plain part(s), or the HTML converted to text
   * (html-to-text, via mailparser) when there is no plain part. Empty when there is no body or the
   * HTML was too large to convert. The HTML itself is deliberately not exposed.
   */
  readonly text: string;
  readonly attachments: readonly InboundAttachment[];
  readonly autoReply: boolean;
  /** Why `autoReply` is true (see auto-reply.ts); empty when it is false. */
  readonly autoReplyReasons: readonly AutoReplyReason[];
  /** The top-level header fields, raw (e.g. for SES's `X-SES-Spam-Verdict`). */
  readonly headers: RawHeaders;
}

/** HTML larger than this is not converted to text (html-to-text is CPU-heavy on huge documents). */
export const MAX_HTML_TO_TEXT_CHARS = 2_000_000;

const CRLF = /\r\n?/g;

/**
 * A message with more MIME parts than this is not read. mailparser's own limit is 1000; a reply
 * needs a few, and the desk keeps at most 50 files (attachment-policy.ts).
 */
export const MAX_MIME_PARTS = 300;
/** A header block (of the message or of any part) larger than this is not read. mailparser allows 1 MB. */
export const MAX_HEADER_BYTES = 256 * 1024;

/**
 * A message the parser could not read (too many parts, a header block too large, broken MIME). It
 * carries the parser's error code only: the parser's message could quote the mail.
 */
export class MalformedMailError extends Error {
  readonly code: string | undefined;
  constructor(code: string | undefined) {
    super(`The message could not be parsed${code ? ` (${code})` : ''}`);
    this.name = 'MalformedMailError';
    this.code = code;
  }
}

/** Rejects with a MalformedMailError, and nothing else, when the message cannot be read. */
export async function parseInboundMail(raw: Buffer | string): Promise<InboundMail> {
  try {
    return await parse(raw);
  } catch (error) {
    const code = (error as { code?: unknown } | undefined)?.code;
    throw new MalformedMailError(typeof code === 'string' ? code : undefined);
  }
}

async function parse(raw: Buffer | string): Promise<InboundMail> {
  const mail = await simpleParser(raw, {
    keepCidLinks: true,
    skipTextToHtml: true,
    skipTextLinks: true,
    maxHtmlLengthToParse: MAX_HTML_TO_TEXT_CHARS,
    checksumAlgo: false,
    maxChildNodes: MAX_MIME_PARTS,
    maxHeadSize: MAX_HEADER_BYTES,
  });
  const headers = rawHeadersOf(mail.headerLines);
  const subject = mail.subject ?? '';
  const to = addressesOf(mail.to);
  const cc = addressesOf(mail.cc);
  const delivered = [...allHeaders(headers, 'delivered-to'), ...allHeaders(headers, 'x-original-to')].flatMap(
    (value) => mailboxesOf(parseAddressHeader(value, { flatten: true }).value),
  );
  const { autoReply, reasons } = detectAutoReply(headers, subject);
  const mailboxesOfFields = (name: string) =>
    allHeaders(headers, name).flatMap((value) =>
      mailboxesOf(parseAddressHeader(value, { flatten: true }).value),
    );

  return {
    from: mailboxesOfFields('from'),
    sender: mailboxesOfFields('sender'),
    to,
    cc,
    recipients: [...new Set([...to, ...cc, ...delivered].map((mailbox) => mailbox.address))],
    subject,
    messageId: firstMessageId(firstHeader(headers, 'message-id')),
    inReplyTo: firstMessageId(firstHeader(headers, 'in-reply-to')),
    references: messageIdsIn(allHeaders(headers, 'references').join(' ')),
    date: dateOf(firstHeader(headers, 'date')),
    text: (mail.text ?? '').replace(CRLF, '\n'),
    attachments: mail.attachments.map((attachment) => ({
      filename: attachment.filename,
      contentType: attachment.contentType,
      size: attachment.size,
      content: attachment.content,
      contentId: attachment.contentId,
      embedded: attachment.related === true,
    })),
    autoReply,
    autoReplyReasons: reasons,
    headers,
  };
}

function addressesOf(field: AddressObject | AddressObject[] | undefined): MailAddress[] {
  if (field === undefined) return [];
  return (Array.isArray(field) ? field : [field]).flatMap((object) => mailboxesOf(object.value));
}

/** Mailboxes with an address, groups flattened, addresses lower-cased. */
function mailboxesOf(entries: readonly EmailAddress[]): MailAddress[] {
  return entries.flatMap((entry): MailAddress[] => {
    if (entry.group) return mailboxesOf(entry.group);
    const address = entry.address?.trim().toLowerCase();
    return address ? [{ address, name: entry.name }] : [];
  });
}

function dateOf(value: string | undefined): Date | undefined {
  if (value === undefined) return undefined;
  const date = new Date(value);
  return Number.isNaN(date.getTime()) ? undefined : date;
}
