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
  readonly from: MailAddress | undefined;
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

/** Rejects only when mailparser does (e.g. a header block over 1 MB or more than 1000 MIME parts). */
export async function parseInboundMail(raw: Buffer | string): Promise<InboundMail> {
  const mail = await simpleParser(raw, {
    keepCidLinks: true,
    skipTextToHtml: true,
    skipTextLinks: true,
    maxHtmlLengthToParse: MAX_HTML_TO_TEXT_CHARS,
    checksumAlgo: false,
  });
  const headers = rawHeadersOf(mail.headerLines);
  const subject = mail.subject ?? '';
  const to = addressesOf(mail.to);
  const cc = addressesOf(mail.cc);
  const delivered = [...allHeaders(headers, 'delivered-to'), ...allHeaders(headers, 'x-original-to')].flatMap(
    (value) => mailboxesOf(parseAddressHeader(value, { flatten: true }).value),
  );
  const { autoReply, reasons } = detectAutoReply(headers, subject);
  const fromAddress = addressesOf(mail.from)[0];

  return {
    from: fromAddress,
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
