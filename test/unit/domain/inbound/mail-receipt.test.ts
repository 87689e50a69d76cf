import { describe, expect, it } from 'vitest';
import {
  blockingVerdicts,
  decideAttachments,
  describeAttachments,
  dmarcAuthenticates,
  type MailReceipt,
  mailReceiptOf,
  SesReceiptEventSchema,
} from '../../../../domain/inbound/index.ts';
import { headerFieldsOf, sesReceiptEvent } from '../../../../local/mail-drop.ts';
import { mailFixture } from '../../../helpers/mail.ts';

/** An SES receipt rule's Lambda action event, as AWS documents it (headers abridged). */
const SES_EVENT = {
  Records: [
    {
      eventSource: 'aws:ses',
      eventVersion: '1.0',
      ses: {
        mail: {
          timestamp: '2026-11-03T13:12:11.000Z',
          source: 'anna.devries@example.com',
          messageId: 'o3vrnil0e2ic28trm7dfhrc2v0clambda4nbp0g1',
          destination: ['Case+ABC@replies.example.org'],
          headersTruncated: false,
          headers: [{ name: 'From', value: 'Anna de Vries <anna.devries@example.com>' }],
          commonHeaders: {
            returnPath: 'anna.devries@example.com',
            from: ['Anna de Vries <anna.devries@example.com>'],
            date: 'Tue, 3 Nov 2026 14:12:09 +0100',
            to: ['case+abc@replies.example.org'],
            messageId: '<a@example.com>',
            subject: 'Re: [PD-7K3M-Q9XA]',
          },
        },
        receipt: {
          timestamp: '2026-11-03T13:12:11.000Z',
          processingTimeMillis: 574,
          recipients: ['Case+ABC@replies.example.org', 'case+abc@replies.example.org'],
          spamVerdict: { status: 'PASS' },
          virusVerdict: { status: 'PASS' },
          spfVerdict: { status: 'PASS' },
          dkimVerdict: { status: 'GRAY' },
          dmarcVerdict: { status: 'FAIL' },
          dmarcPolicy: 'reject',
          action: {
            type: 'Lambda',
            functionArn: 'arn:aws:lambda:eu-west-1:123456789012:function:receive',
            invocationType: 'Event',
          },
        },
      },
    },
  ],
};

describe('the SES receipt event', () => {
  it('gives the SES message id, the envelope recipients lower-cased once, and the verdicts', () => {
    const receipt = mailReceiptOf(SesReceiptEventSchema.parse(SES_EVENT));

    expect(receipt).toEqual({
      sesMessageId: 'o3vrnil0e2ic28trm7dfhrc2v0clambda4nbp0g1',
      receivedAt: '2026-11-03T13:12:11.000Z',
      recipients: ['case+abc@replies.example.org'],
      verdicts: { spf: 'PASS', dkim: 'GRAY', dmarc: 'FAIL', spam: 'PASS', virus: 'PASS' },
    });
  });

  it.each([
    ['a message id that could leave the inbound prefix', { messageId: '../attachments/x' }],
    ['an empty message id', { messageId: '' }],
  ])('refuses %s', (_name, mail) => {
    const event = structuredClone(SES_EVENT);
    Object.assign(event.Records[0]!.ses.mail, mail);
    expect(SesReceiptEventSchema.safeParse(event).success).toBe(false);
  });

  it('refuses an event that is not from SES, or has more than one record', () => {
    expect(SesReceiptEventSchema.safeParse({ Records: [] }).success).toBe(false);
    expect(
      SesReceiptEventSchema.safeParse({ Records: [{ ...SES_EVENT.Records[0], eventSource: 'aws:sqs' }] })
        .success,
    ).toBe(false);
    expect(
      SesReceiptEventSchema.safeParse({ Records: [SES_EVENT.Records[0], SES_EVENT.Records[0]] }).success,
    ).toBe(false);
  });
});

describe('the verdicts', () => {
  const pass: MailReceipt['verdicts'] = {
    spf: 'PASS',
    dkim: 'PASS',
    dmarc: 'PASS',
    spam: 'PASS',
    virus: 'PASS',
  };

  it.each<[Partial<MailReceipt['verdicts']>, string[]]>([
    [{}, []],
    [{ spam: 'FAIL' }, ['spam']],
    [{ spam: 'GRAY' }, []],
    [{ spam: 'PROCESSING_FAILED' }, []],
    [{ virus: 'FAIL' }, ['virus']],
    [{ virus: 'PROCESSING_FAILED' }, ['virus']],
    [{ virus: 'DISABLED' }, []],
    [{ spam: 'fail', virus: 'FAIL' }, ['spam', 'virus']],
    [{ spf: 'FAIL', dkim: 'FAIL', dmarc: 'FAIL' }, []],
  ])('%o blocks %o whatever the sender', (change, expected) => {
    expect(blockingVerdicts({ ...pass, ...change })).toEqual(expected);
  });

  it.each<[Partial<MailReceipt['verdicts']>, boolean]>([
    [{}, true],
    [{ spf: 'FAIL' }, true],
    [{ dkim: 'GRAY' }, true],
    [{ spf: 'FAIL', dkim: 'FAIL' }, true],
    [{ dmarc: 'pass' }, true],
    [{ dmarc: 'GRAY' }, false],
    [{ dmarc: 'FAIL' }, false],
    [{ dmarc: 'PROCESSING_FAILED' }, false],
  ])('%o: DMARC authenticates the From address: %s', (change, expected) => {
    expect(dmarcAuthenticates({ ...pass, ...change })).toBe(expected);
  });
});

describe('the local mail drop builds the same event', () => {
  it('with the recipients at the inbound domain and PASS verdicts', async () => {
    const raw = Buffer.from(mailFixture('cc-third-party-reply.eml'), 'latin1');

    const event = await sesReceiptEvent(raw, {
      sesMessageId: 'abc123',
      inboundDomain: 'replies.example.org',
    });

    const receipt = mailReceiptOf(SesReceiptEventSchema.parse(event));
    expect(receipt.recipients).toEqual(['case+abcdefghijklmnop@replies.example.org']);
    expect(Object.values(receipt.verdicts)).toEqual(['PASS', 'PASS', 'PASS', 'PASS', 'PASS']);
    expect(event.Records[0]!.ses.mail.destination).toEqual([
      'case+abcdefghijklmnop@replies.example.org',
      'jan.jansen@example.com',
      'privacy@example.org',
    ]);
    expect(event.Records[0]!.ses.mail.commonHeaders).toMatchObject({
      returnPath: 'anna.devries@example.com',
      messageId: '<1b2c3d4e-5f60-4718-9293-a4b5c6d7e8f9@example.com>',
      subject: 'Re: [PD-7K3M-Q9XA] We received your access request',
    });
  });

  it('with the envelope recipients it is given (a Bcc) and the verdicts a test asks for', async () => {
    const raw = Buffer.from(mailFixture('gmail-reply.eml'), 'latin1');

    const event = await sesReceiptEvent(raw, {
      sesMessageId: 'abc123',
      inboundDomain: 'replies.example.org',
      recipients: ['Case+XYZ@replies.example.org', 'someone@example.com'],
      verdicts: { spam: 'FAIL' },
    });

    const receipt = mailReceiptOf(SesReceiptEventSchema.parse(event));
    expect(receipt.recipients).toEqual(['case+xyz@replies.example.org']);
    expect(receipt.verdicts).toMatchObject({ spam: 'FAIL', dmarc: 'PASS' });
  });

  it('lists the header fields unfolded, names as written', () => {
    const fields = headerFieldsOf(Buffer.from('Subject: a\r\n folded\r\nX-Test:b\r\n\r\nBody: no\r\n'));
    expect(fields).toEqual([
      { name: 'Subject', value: 'a folded' },
      { name: 'X-Test', value: 'b' },
    ]);
  });
});

describe('decideAttachments', () => {
  const limits = { maxBytesEach: 100, maxBytesTotal: 250, maxCount: 6 };
  const file = (size: number, ...named: [filename?: string | undefined, embedded?: boolean]) => ({
    filename: named.length > 0 ? named[0] : `f${size}.pdf`,
    embedded: named[1] ?? false,
    contentType: 'application/pdf',
    size,
  });

  it.each([
    { sizes: [10, 20], kept: [true, true], refused: [undefined, undefined] },
    { sizes: [100], kept: [true], refused: [undefined] },
    { sizes: [101], kept: [false], refused: ['too_large'] },
    { sizes: [100, 100, 100], kept: [true, true, false], refused: [undefined, undefined, 'total_too_large'] },
    {
      sizes: [100, 101, 100, 50],
      kept: [true, false, true, true],
      refused: [undefined, 'too_large', undefined, undefined],
    },
    {
      sizes: [100, 100, 60, 50],
      kept: [true, true, false, true],
      refused: [undefined, undefined, 'total_too_large', undefined],
    },
  ])('sizes $sizes', ({ sizes, kept, refused }) => {
    const decisions = decideAttachments(
      sizes.map((size) => file(size)),
      limits,
    );
    expect(decisions.map((decision) => decision.keep)).toEqual(kept);
    expect(decisions.map((decision) => decision.entry.refused)).toEqual(refused);
  });

  it.each([
    [undefined, 'attachment-1'],
    ['', 'attachment-1'],
    ['report\r\nBcc: x.pdf', 'report  Bcc: x.pdf'],
    ['x'.repeat(300), 'x'.repeat(200)],
  ])('names the file %j as %j', (filename, expected) => {
    expect(decideAttachments([file(1, filename)], limits)[0]?.entry.filename).toBe(expected);
  });

  it('keeps and lists at most maxCount parts', () => {
    const decisions = decideAttachments(
      Array.from({ length: 9 }, () => file(1)),
      limits,
    );
    expect(decisions.map((decision) => decision.index)).toEqual([0, 1, 2, 3, 4, 5]);
  });

  it('marks inline parts', () => {
    expect(decideAttachments([file(1, 'logo.png', true)], limits)[0]?.entry.inline).toBe(true);
  });

  it('describes kept and refused files for the forwarded email', () => {
    expect(
      describeAttachments([
        { filename: 'a.pdf', contentType: 'application/pdf', size: 142 },
        { filename: 'b.png', contentType: 'image/png', size: 2048 },
        { filename: 'c.zip', contentType: 'application/zip', size: 11 * 1024 * 1024, refused: 'too_large' },
      ]),
    ).toBe('a.pdf (142 bytes), b.png (2.0 KB), c.zip (11.0 MB, not kept: over the size limit)');
  });
});
