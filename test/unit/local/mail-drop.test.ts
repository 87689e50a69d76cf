import { describe, expect, it } from 'vitest';
import { mailReceiptOf, SesReceiptEventSchema } from '../../../domain/inbound/index.ts';
import {
  headerFieldsOf,
  sesReceiptEvent,
  verdictStatusOf,
  verdictsFromHeaders,
  verdictsFromQuery,
} from '../../../local/mail-drop.ts';
import { mailFixture } from '../../helpers/mail.ts';

/** A stored message's top: SES's own verdict headers, then the sender's. */
function stored(sesHeaders: readonly string[], rest: readonly string[] = []): Buffer {
  return Buffer.from(
    [
      ...sesHeaders,
      ...rest,
      'From: Anna <anna@example.com>',
      'To: case+abc@replies.example.org',
      'Subject: Re: x',
      '',
      'Hello.',
      '',
    ].join('\r\n'),
    'latin1',
  );
}

const receiptOf = (raw: Buffer, verdicts = {}) =>
  mailReceiptOf(
    SesReceiptEventSchema.parse(
      sesReceiptEvent(raw, { sesMessageId: 'abc123', inboundDomain: 'replies.example.org', verdicts }),
    ),
  );

describe('the local mail drop: verdicts', () => {
  it('reads the verdicts SES writes into the stored message', () => {
    const raw = stored([
      'X-SES-Spam-Verdict: FAIL',
      'X-SES-Virus-Verdict: PASS',
      'Authentication-Results: amazonses.com;',
      ' spf=softfail (spfCheck: example.com does not designate 192.0.2.9) client-ip=192.0.2.9;',
      ' dkim=none; dmarc=none header.from=example.com;',
    ]);

    expect(receiptOf(raw).verdicts).toEqual({
      spf: 'FAIL',
      dkim: 'GRAY',
      dmarc: 'GRAY',
      spam: 'FAIL',
      virus: 'PASS',
    });
  });

  it('believes only the topmost Authentication-Results of amazonses.com, never one the sender wrote', () => {
    const raw = stored(
      ['Authentication-Results: amazonses.com; spf=pass; dkim=fail; dmarc=fail header.from=example.com;'],
      ['Authentication-Results: mx.example.com; spf=pass; dkim=pass; dmarc=pass'],
    );
    const forgedOnly = stored([], ['Authentication-Results: mx.example.com; dmarc=fail']);

    expect(receiptOf(raw).verdicts).toMatchObject({ spf: 'PASS', dkim: 'FAIL', dmarc: 'FAIL' });
    expect(receiptOf(forgedOnly).verdicts.dmarc).toBe('PASS');
  });

  it('lets the delivery’s own verdicts win over the headers', () => {
    const raw = stored(['Authentication-Results: amazonses.com; spf=pass; dkim=pass; dmarc=pass']);

    expect(receiptOf(raw, { spf: 'FAIL', dmarc: 'GRAY' }).verdicts).toEqual({
      spf: 'FAIL',
      dkim: 'PASS',
      dmarc: 'GRAY',
      spam: 'PASS',
      virus: 'PASS',
    });
  });

  it('gives PASS for what nothing states', () => {
    expect(verdictsFromHeaders(headerFieldsOf(stored([])))).toEqual({});
    expect(receiptOf(stored([])).verdicts.dmarc).toBe('PASS');
  });

  it.each([
    ['pass', 'PASS'],
    ['Fail', 'FAIL'],
    ['softfail', 'FAIL'],
    ['none', 'GRAY'],
    ['neutral', 'GRAY'],
    ['temperror', 'PROCESSING_FAILED'],
    ['permerror', 'PROCESSING_FAILED'],
    ['gray', 'GRAY'],
    ['bogus', undefined],
  ])('reads %s as %s', (word, status) => {
    expect(verdictStatusOf(word)).toBe(status);
  });

  it('takes ?spf=fail&dmarc=gray from the route, and refuses a status SES never gives', () => {
    expect(verdictsFromQuery(new URLSearchParams('spf=fail&dmarc=GRAY&rcpt=x'))).toEqual({
      spf: 'FAIL',
      dmarc: 'GRAY',
    });
    expect(verdictsFromQuery(new URLSearchParams('dmarc=softfail'))).toEqual({ invalid: 'dmarc' });
  });
});

describe('the local mail drop: hostile messages reach the handler as they would in AWS', () => {
  it('builds the event from the header block alone, whatever the MIME structure', () => {
    const parts = Array.from({ length: 1_500 }, (_, i) => `--b\r\nContent-Type: text/plain\r\n\r\n${i}\r\n`);
    const raw = Buffer.from(
      `From: a@example.com\r\nTo: case+abc@replies.example.org\r\nSubject: x\r\nContent-Type: multipart/mixed; boundary="b"\r\n\r\n${parts.join('')}--b--\r\n`,
      'latin1',
    );

    const receipt = receiptOf(raw);

    expect(receipt.recipients).toEqual(['case+abc@replies.example.org']);
  });

  it('leaves the header list out of the event when it is over 10 KB, as SES does', () => {
    const padding = Array.from({ length: 200 }, (_, i) => `X-Pad-${i}: ${'a'.repeat(90)}`);
    const event = sesReceiptEvent(stored([], padding), {
      sesMessageId: 'abc123',
      inboundDomain: 'replies.example.org',
    });

    expect(event.Records[0]!.ses.mail).toMatchObject({ headersTruncated: true, headers: [] });
  });

  it('still takes the envelope recipients from To, Cc, Delivered-To and X-Original-To', () => {
    const event = sesReceiptEvent(Buffer.from(mailFixture('cc-third-party-reply.eml'), 'latin1'), {
      sesMessageId: 'abc123',
      inboundDomain: 'replies.example.org',
    });

    expect(event.Records[0]!.ses.mail.destination).toEqual([
      'case+abcdefghijklmnop@replies.example.org',
      'jan.jansen@example.com',
      'privacy@example.org',
    ]);
  });
});
