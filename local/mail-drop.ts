import { randomBytes, randomUUID } from 'node:crypto';
import { PutObjectCommand, type S3Client } from '@aws-sdk/client-s3';
import type { SESEvent, SESReceiptStatus } from 'aws-lambda';
import { loadDeskConfig } from '../domain/config/load-desk-config.ts';
import type { VerdictName } from '../domain/inbound/mail-receipt.ts';
import { parseInboundMail } from '../domain/inbound/parse-inbound-mail.ts';
import { BUCKETS, MAIL_RECEIVERS } from '../lib/desk-resources.ts';
import type { LocalRoute } from './gateway.ts';
import { type HandlerLoader, lambdaContext } from './lambda-invoke.ts';

/*
 * The local stand-in for SES receiving: a raw MIME message goes through the same handler, with the
 * same event, as in AWS. Like the receipt rule, it first stores the message in the mail bucket at
 * `<inboundPrefix><SES message id>`, then invokes the inbound function with the Lambda action event
 * (headers only). The verdicts are PASS unless a test says otherwise: nothing local checks SPF.
 *
 *   POST /local/mail            body: the raw message (message/rfc822); optional `?rcpt=<address>`
 *                               (repeatable) for the envelope recipients, e.g. a Bcc
 *   npm run mail:deliver -- path/to/message.eml      (posts the file to a running `npm start`)
 */

export const MAIL_DROP_PATH = '/local/mail';

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
  /** Verdicts other than PASS, to see what the desk does with them. */
  readonly verdicts?: Partial<Record<VerdictName, SESReceiptStatus['status']>>;
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
  const event = await sesReceiptEvent(raw, { sesMessageId, inboundDomain, ...options });
  const key = MAIL_RECEIVERS[0].function;
  const { handler, declaration } = await deps.loadHandler(key);
  const result = await handler(event, lambdaContext(key, declaration, randomUUID()));
  return { sesMessageId, result };
}

/**
 * The SES receipt rule's Lambda action event for a raw message: `mail` with the envelope and the
 * headers, `receipt` with the recipients at the inbound domain (what the rule matches) and verdicts.
 */
export async function sesReceiptEvent(
  raw: Buffer,
  options: DeliveryOptions & { sesMessageId: string; inboundDomain: string },
): Promise<SESEvent> {
  const now = options.now ?? new Date();
  const mail = await parseInboundMail(raw);
  const destination = [...(options.recipients ?? mail.recipients)].map((address) => address.toLowerCase());
  const domain = `@${options.inboundDomain.toLowerCase()}`;
  const headers = headerFieldsOf(raw);
  const header = (name: string) => headers.find((field) => field.name.toLowerCase() === name)?.value;
  const pass = (name: VerdictName): SESReceiptStatus => ({ status: options.verdicts?.[name] ?? 'PASS' });
  const returnPath = header('return-path')?.replace(/^<|>$/g, '') ?? mail.from?.address ?? '';
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
            headersTruncated: false,
            headers,
            commonHeaders: {
              returnPath,
              ...(header('from') ? { from: [header('from')!] } : {}),
              date: header('date') ?? '',
              ...(header('to') ? { to: [header('to')!] } : {}),
              ...(header('cc') ? { cc: [header('cc')!] } : {}),
              messageId: mail.messageId ?? '',
              subject: mail.subject,
            },
          },
          receipt: {
            timestamp: now.toISOString(),
            processingTimeMillis: 0,
            recipients: destination.filter((address) => address.endsWith(domain)),
            spamVerdict: pass('spam'),
            virusVerdict: pass('virus'),
            spfVerdict: pass('spf'),
            dkimVerdict: pass('dkim'),
            dmarcVerdict: pass('dmarc'),
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

/** The top-level header fields, unfolded, names as written: SES's `mail.headers`. */
export function headerFieldsOf(raw: Buffer): { name: string; value: string }[] {
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
    .filter((field): field is { name: string; value: string } => field !== undefined);
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
    const recipients = url.searchParams.getAll('rcpt');
    const delivery = await deliverLocalMail(body, deps, recipients.length > 0 ? { recipients } : {});
    response.writeHead(202, { 'content-type': 'application/json' });
    response.end(JSON.stringify(delivery));
    return true;
  };
}
