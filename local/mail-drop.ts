import { randomBytes, randomUUID } from 'node:crypto';
import { PutObjectCommand, type S3Client } from '@aws-sdk/client-s3';
import type { SESEvent, SESReceiptStatus } from 'aws-lambda';
import { parseAddressHeader } from 'mailparser';
import { loadDeskConfig } from '../domain/config/load-desk-config.ts';
import { VERDICT_NAMES, type VerdictName } from '../domain/inbound/mail-receipt.ts';
import { firstMessageId } from '../domain/inbound/message-ids.ts';
import { BUCKETS, MAIL_RECEIVERS } from '../resources/desk-resources.ts';
import type { LocalRoute } from './gateway.ts';
import { type HandlerLoader, lambdaContext } from './lambda-invoke.ts';

/*
 * The local stand-in for SES receiving: a raw MIME message goes through the same handler, with the
 * same event, as in AWS. Like the receipt rule, it first stores the message in the mail bucket at
 * `<inboundPrefix><SES message id>`, then invokes the inbound function with the Lambda action event
 * (headers only). It reads only the top-level header block, never the MIME structure: a message
 * the desk cannot parse must still reach the handler, as it would in AWS.
 *
 * Nothing local checks SPF, DKIM, DMARC, spam or viruses; the verdicts come, in this order, from
 *   1. the delivery's options (`?spf=fail&dmarc=gray` on the route, `--spf fail --dmarc gray` on
 *      `npm run mail:deliver`),
 *   2. the headers SES itself writes into every message it stores, read from the file:
 *      `X-SES-Spam-Verdict`, `X-SES-Virus-Verdict`, and the topmost
 *      `Authentication-Results: amazonses.com; spf=...; dkim=...; dmarc=...`
 *      (pass → PASS; fail, softfail → FAIL; none, neutral → GRAY; temperror, permerror →
 *      PROCESSING_FAILED; the SES words themselves are accepted too),
 *   3. PASS.
 * Only this local stand-in reads those headers: in AWS the handler takes the verdicts from SES's
 * event, and a sender's own Authentication-Results header is never believed.
 *
 *   POST /local/mail            body: the raw message (message/rfc822); optional `?rcpt=<address>`
 *                               (repeatable) for the envelope recipients, e.g. a Bcc, and
 *                               `?spf=|dkim=|dmarc=|spam=|virus=` with a verdict
 *   npm run mail:deliver -- path/to/message.eml      (posts the file to a running `npm start`)
 */

export const MAIL_DROP_PATH = '/local/mail';

export const VERDICT_STATUSES = ['PASS', 'FAIL', 'GRAY', 'PROCESSING_FAILED', 'DISABLED'] as const;
export type VerdictStatus = (typeof VERDICT_STATUSES)[number];
export type Verdicts = Partial<Record<VerdictName, VerdictStatus>>;

export interface MailDropDeps {
  readonly s3: S3Client;
  readonly bucketName: string;
  /** The desk configuration: its inbound domain decides which recipients the "receipt rule" matches. */
  readonly configFile: string;
  readonly loadHandler: HandlerLoader;
}

export interface DeliveryOptions {
  /** Envelope recipients; by default To, Cc, Delivered-To and X-Original-To of the message. */
  readonly recipients?: readonly string[];
  /** Verdicts that override the message's own SES headers, to see what the desk does with them. */
  readonly verdicts?: Verdicts;
  readonly now?: Date;
}

export interface Delivery {
  readonly sesMessageId: string;
  /** What the handler returned (`{ disposition, outcome }`): ids and reasons only. */
  readonly result: unknown;
}

/** Stores `raw` as SES would and invokes the inbound function with SES's event. */
export async function deliverLocalMail(
  raw: Buffer,
  deps: MailDropDeps,
  options: DeliveryOptions = {},
): Promise<Delivery> {
  const sesMessageId = randomBytes(20).toString('hex');
  await deps.s3.send(
    new PutObjectCommand({
      Bucket: deps.bucketName,
      Key: `${BUCKETS.mail.inboundPrefix}${sesMessageId}`,
      Body: raw,
      ContentType: 'message/rfc822',
    }),
  );
  const { inboundDomain } = loadDeskConfig(deps.configFile);
  const event = sesReceiptEvent(raw, { sesMessageId, inboundDomain, ...options });
  const key = MAIL_RECEIVERS[0].function;
  const { handler, declaration } = await deps.loadHandler(key);
  const result = await handler(event, lambdaContext(key, declaration, randomUUID()));
  return { sesMessageId, result };
}

/** SES leaves `mail.headers` out of the event when they exceed 10 KB. */
const MAX_EVENT_HEADER_BYTES = 10 * 1024;

/**
 * The SES receipt rule's Lambda action event for a raw message: `mail` with the envelope and the
 * headers, `receipt` with the recipients at the inbound domain (what the rule matches) and verdicts.
 */
export function sesReceiptEvent(
  raw: Buffer,
  options: DeliveryOptions & { sesMessageId: string; inboundDomain: string },
): SESEvent {
  const now = options.now ?? new Date();
  const headers = headerFieldsOf(raw);
  const header = (name: string) => headers.find((field) => field.name.toLowerCase() === name)?.value;
  const destination = [...(options.recipients ?? envelopeRecipientsOf(headers))].map((address) =>
    address.toLowerCase(),
  );
  const domain = `@${options.inboundDomain.toLowerCase()}`;
  const verdicts = { ...verdictsFromHeaders(headers), ...options.verdicts };
  const status = (name: VerdictName): SESReceiptStatus => ({ status: verdicts[name] ?? 'PASS' });
  const returnPath =
    header('return-path')?.replace(/^<|>$/g, '') ?? mailboxesIn(header('from') ?? '')[0] ?? '';
  const truncated = JSON.stringify(headers).length > MAX_EVENT_HEADER_BYTES;
  return {
    Records: [
      {
        eventSource: 'aws:ses',
        eventVersion: '1.0',
        ses: {
          mail: {
            timestamp: now.toISOString(),
            source: returnPath,
            messageId: options.sesMessageId,
            destination,
            headersTruncated: truncated,
            headers: truncated ? [] : headers,
            commonHeaders: {
              returnPath,
              ...(header('from') ? { from: [header('from')!] } : {}),
              date: header('date') ?? '',
              ...(header('to') ? { to: [header('to')!] } : {}),
              ...(header('cc') ? { cc: [header('cc')!] } : {}),
              messageId: firstMessageId(header('message-id')) ?? '',
              subject: header('subject') ?? '',
            },
          },
          receipt: {
            timestamp: now.toISOString(),
            processingTimeMillis: 0,
            recipients: destination.filter((address) => address.endsWith(domain)),
            spamVerdict: status('spam'),
            virusVerdict: status('virus'),
            spfVerdict: status('spf'),
            dkimVerdict: status('dkim'),
            dmarcVerdict: status('dmarc'),
            action: {
              type: 'Lambda',
              functionArn: `arn:aws:lambda:us-east-1:000000000000:function:privacy-desk-${MAIL_RECEIVERS[0].function}`,
              invocationType: 'Event',
            },
          },
        },
      },
    ],
  };
}

export interface HeaderField {
  readonly name: string;
  readonly value: string;
}

/** The top-level header fields, unfolded, names as written: SES's `mail.headers`. */
export function headerFieldsOf(raw: Buffer): HeaderField[] {
  const text = raw.toString('latin1');
  const end = text.search(/\r?\n\r?\n/);
  const block = end === -1 ? text : text.slice(0, end);
  return block
    .replace(/\r?\n(?=[ \t])/g, '')
    .split(/\r?\n/)
    .map((line) => {
      const colon = line.indexOf(':');
      return colon <= 0
        ? undefined
        : { name: line.slice(0, colon).trim(), value: line.slice(colon + 1).trim() };
    })
    .filter((field): field is HeaderField => field !== undefined);
}

/** To, Cc, then Delivered-To and X-Original-To, lower-cased, without duplicates. */
function envelopeRecipientsOf(headers: readonly HeaderField[]): string[] {
  const names = ['to', 'cc', 'delivered-to', 'x-original-to'];
  const addresses = names.flatMap((name) =>
    headers.filter((field) => field.name.toLowerCase() === name).flatMap((field) => mailboxesIn(field.value)),
  );
  return [...new Set(addresses)];
}

function mailboxesIn(value: string): string[] {
  return parseAddressHeader(value, { flatten: true })
    .value.map((entry) => entry.address?.trim().toLowerCase() ?? '')
    .filter((address) => address !== '');
}

/** An SES status, or a result word of Authentication-Results (RFC 8601) in SES's terms. */
export function verdictStatusOf(word: string): VerdictStatus | undefined {
  const normalised = word.trim().toUpperCase();
  if ((VERDICT_STATUSES as readonly string[]).includes(normalised)) return normalised as VerdictStatus;
  switch (normalised) {
    case 'SOFTFAIL':
    case 'HARDFAIL':
      return 'FAIL';
    case 'NONE':
    case 'NEUTRAL':
    case 'POLICY':
      return 'GRAY';
    case 'TEMPERROR':
    case 'PERMERROR':
      return 'PROCESSING_FAILED';
    default:
      return undefined;
  }
}

const AUTH_RESULT = /(?:^|;)\s*(spf|dkim|dmarc)\s*=\s*([a-z_]+)/gi;

/** The verdicts SES wrote into the stored message (see the header comment); missing ones are left out. */
export function verdictsFromHeaders(headers: readonly HeaderField[]): Verdicts {
  const verdicts: { -readonly [K in VerdictName]?: VerdictStatus } = {};
  const first = (name: string) => headers.find((field) => field.name.toLowerCase() === name)?.value;
  const spam = verdictStatusOf(first('x-ses-spam-verdict') ?? '');
  const virus = verdictStatusOf(first('x-ses-virus-verdict') ?? '');
  if (spam) verdicts.spam = spam;
  if (virus) verdicts.virus = virus;
  const results = headers.find(
    (field) =>
      field.name.toLowerCase() === 'authentication-results' && /^amazonses\.com\s*;/i.test(field.value),
  );
  for (const match of results?.value.matchAll(AUTH_RESULT) ?? []) {
    const name = match[1]!.toLowerCase() as VerdictName;
    const status = verdictStatusOf(match[2]!);
    // The first result of each method counts (a message may carry several DKIM signatures).
    if (status && verdicts[name] === undefined) verdicts[name] = status;
  }
  return verdicts;
}

/** `?spf=fail&dmarc=gray`: the verdicts a delivery asks for; an unknown status is an error. */
export function verdictsFromQuery(query: URLSearchParams): Verdicts | { readonly invalid: string } {
  const verdicts: { -readonly [K in VerdictName]?: VerdictStatus } = {};
  for (const name of VERDICT_NAMES) {
    const value = query.get(name);
    if (value === null) continue;
    const status = value.trim().toUpperCase();
    if (!(VERDICT_STATUSES as readonly string[]).includes(status)) return { invalid: name };
    verdicts[name] = status as VerdictStatus;
  }
  return verdicts;
}

/** `POST /local/mail`: delivers the body as a raw message; answers the SES message id and the outcome. */
export function mailDropRoute(deps: MailDropDeps): LocalRoute {
  return async (request, response, body) => {
    const url = new URL(request.url ?? '/', 'http://localhost');
    if (url.pathname !== MAIL_DROP_PATH) return false;
    if (request.method !== 'POST') {
      response.writeHead(405, { 'content-type': 'application/json', allow: 'POST' });
      response.end(JSON.stringify({ message: 'POST a raw MIME message' }));
      return true;
    }
    if (body.length === 0) {
      response.writeHead(400, { 'content-type': 'application/json' });
      response.end(JSON.stringify({ message: 'The body must be a raw MIME message' }));
      return true;
    }
    const verdicts = verdictsFromQuery(url.searchParams);
    if ('invalid' in verdicts) {
      response.writeHead(400, { 'content-type': 'application/json' });
      response.end(
        JSON.stringify({
          message: `${verdicts.invalid}: expected one of ${VERDICT_STATUSES.join(', ')}`,
        }),
      );
      return true;
    }
    const recipients = url.searchParams.getAll('rcpt');
    const delivery = await deliverLocalMail(body, deps, {
      ...(recipients.length > 0 ? { recipients } : {}),
      verdicts,
    });
    response.writeHead(202, { 'content-type': 'application/json' });
    response.end(JSON.stringify(delivery));
    return true;
  };
}
