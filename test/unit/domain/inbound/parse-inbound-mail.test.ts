import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import {
  type InboundMail,
  MAX_HEADER_BYTES,
  MAX_MIME_PARTS,
  MalformedMailError,
  parseInboundMail,
} from '../../../../domain/inbound/index.ts';

async function parseFixture(name: string): Promise<InboundMail> {
  return parseInboundMail(await readFile(new URL(`../../../fixtures/mail/${name}`, import.meta.url)));
}

/** A minimal message with CRLF line ends, for header edge cases the fixtures do not need. */
function rawMail(headers: readonly string[], body = 'Hello.'): string {
  return [...headers, 'MIME-Version: 1.0', 'Content-Type: text/plain; charset=utf-8', '', body, ''].join(
    '\r\n',
  );
}

const CASE_ADDRESS = 'case+abcdefghijklmnop@replies.example.org';
const DESK = { address: CASE_ADDRESS, name: 'Privacy Desk' };
const ANNA = { address: 'anna.devries@example.com', name: 'Anna de Vries' };
const INGRID = { address: 'ingrid.hansen@example.org', name: 'Ingrid Hansen' };
const sesId = (n: number) => `<0100018c-aaaa-bbbb-cccc-00000000000${n}-000000@email.amazonses.com>`;

describe('parseInboundMail: envelope and threading of each fixture', () => {
  it.each([
    {
      fixture: 'representative-plain-reply.eml',
      expected: {
        from: [INGRID],
        to: [DESK],
        cc: [],
        recipients: [CASE_ADDRESS],
        subject: 'Re: [PD-7K3M-Q9XA] New access request assigned to you',
        messageId: '<a3f1c2d4-5e6f-4a7b-8c9d-0e1f2a3b4c5d@mail.example.org>',
        inReplyTo: sesId(1),
        references: [sesId(1)],
        date: '2026-11-03T13:12:09.000Z',
      },
    },
    {
      fixture: 'html-only-reply.eml',
      expected: {
        from: [ANNA],
        to: [DESK],
        cc: [],
        recipients: [CASE_ADDRESS],
        subject: 'Re: [PD-7K3M-Q9XA] Please confirm your access request',
        messageId: '<CAF7x2kQ9vN3pR5sT8uW1yZ4bD6eG9hJ2kM5nP8qS1tV4wY7zA@mail.gmail.com>',
        inReplyTo: sesId(1),
        references: [sesId(1)],
        date: '2026-11-03T10:02:44.000Z',
      },
    },
    {
      fixture: 'pdf-attachment-reply.eml',
      expected: {
        from: [INGRID],
        to: [DESK],
        cc: [],
        recipients: [CASE_ADDRESS],
        subject: 'Re: [PD-7K3M-Q9XA] New access request assigned to you',
        messageId: '<b7e2d9f0-1a2b-4c3d-9e8f-7a6b5c4d3e2f@mail.example.org>',
        inReplyTo: sesId(2),
        references: [sesId(1), sesId(2)],
        date: '2026-11-12T08:30:00.000Z',
      },
    },
    {
      fixture: 'outlook-reply.eml',
      expected: {
        from: [INGRID],
        to: [DESK],
        cc: [],
        recipients: [CASE_ADDRESS],
        subject: 'RE: [PD-7K3M-Q9XA] New access request assigned to you',
        messageId: '<AM9PR07MB71234ABCDEF0123456789ABCDEF01234@AM9PR07MB7123.eurprd07.prod.outlook.com>',
        inReplyTo: sesId(1),
        references: [sesId(1)],
        date: '2026-11-03T13:05:12.000Z',
      },
    },
    {
      fixture: 'outlook-dutch-reply.eml',
      expected: {
        from: [{ address: 'pieter.bakker@example.org', name: 'Pieter Bakker' }],
        to: [DESK],
        cc: [],
        recipients: [CASE_ADDRESS],
        subject: 'RE: [PD-7K3M-Q9XA] Nieuw inzageverzoek aan u toegewezen',
        messageId: '<DB8PR03MB5987F2E1D0C9B8A7F6E5D4C3B2A10987@DB8PR03MB5987.eurprd03.prod.outlook.com>',
        inReplyTo: sesId(1),
        references: [sesId(1)],
        date: '2026-11-03T14:41:07.000Z',
      },
    },
    {
      fixture: 'outlook-original-message-reply.eml',
      expected: {
        from: [{ address: 'ingrid.hansen@example.org', name: 'Hansen, Ingrid' }],
        to: [{ address: CASE_ADDRESS, name: '' }],
        cc: [],
        recipients: [CASE_ADDRESS],
        subject: 'RE: [PD-7K3M-Q9XA] New access request assigned to you',
        messageId: '<000001db4e7a$3c2f9a10$b48ece30$@example.org>',
        inReplyTo: sesId(1),
        references: [sesId(1)],
        date: '2026-11-04T07:15:33.000Z',
      },
    },
    {
      fixture: 'gmail-reply.eml',
      expected: {
        from: [ANNA],
        to: [DESK],
        cc: [],
        recipients: [CASE_ADDRESS],
        subject: 'Re: [PD-7K3M-Q9XA] We received your access request',
        messageId: '<CAH2mPq4vR7tX0zB3dF6hK9mN2qS5uW8yA1cE4gI7kM0oQ3sU6w@mail.gmail.com>',
        inReplyTo: sesId(1),
        references: [sesId(1)],
        date: '2026-11-03T09:47:12.000Z',
      },
    },
    {
      fixture: 'gmail-dutch-reply.eml',
      expected: {
        from: [ANNA],
        to: [DESK],
        cc: [],
        recipients: [CASE_ADDRESS],
        subject: 'Re: [PD-7K3M-Q9XA] Wij hebben uw inzageverzoek ontvangen',
        messageId: '<CAJ8rT1wY4aC7eG0iK3mO6qS9uW2yA5cE8gI1kM4oQ7sU0wY3b@mail.gmail.com>',
        inReplyTo: sesId(1),
        references: [sesId(1)],
        date: '2026-11-03T10:20:05.000Z',
      },
    },
    {
      fixture: 'apple-mail-reply.eml',
      expected: {
        from: [ANNA],
        to: [DESK],
        cc: [],
        recipients: [CASE_ADDRESS],
        subject: 'Re: [PD-7K3M-Q9XA] We received your access request',
        messageId: '<5F3C2B1A-9E8D-4C7B-A6F5-E4D3C2B1A098@example.com>',
        inReplyTo: sesId(1),
        references: [sesId(1)],
        date: '2026-11-03T11:03:27.000Z',
      },
    },
    {
      fixture: 'iphone-reply.eml',
      expected: {
        from: [ANNA],
        to: [DESK],
        cc: [],
        recipients: [CASE_ADDRESS],
        subject: 'Re: [PD-7K3M-Q9XA] We received your access request',
        messageId: '<8A7B6C5D-4E3F-4A2B-9C1D-0E9F8A7B6C5D@example.com>',
        inReplyTo: sesId(1),
        references: [sesId(1)],
        date: '2026-11-03T17:44:02.000Z',
      },
    },
    {
      fixture: 'norwegian-gmail-reply.eml',
      expected: {
        from: [{ address: 'oystein.lunde@example.com', name: 'Øystein Lunde' }],
        to: [DESK],
        cc: [],
        recipients: [CASE_ADDRESS],
        subject: 'Re: [PD-7K3M-Q9XA] Vi har mottatt forespørselen din',
        messageId: '<CAK3nQ6sU9wY2aC5eG8iK1mO4qS7uW0yA3cE6gI9kM2oQ5sU8w@mail.gmail.com>',
        inReplyTo: sesId(1),
        references: [sesId(1)],
        date: '2026-11-04T08:12:40.000Z',
      },
    },
    {
      fixture: 'swedish-base64-reply.eml',
      expected: {
        from: [{ address: 'karin.sjoberg@example.com', name: 'Karin Sjöberg' }],
        to: [DESK],
        cc: [],
        recipients: [CASE_ADDRESS],
        subject: 'Re: [PD-7K3M-Q9XA] Vi har tagit emot din begäran',
        messageId: '<20261104093000.4f2a1b3c@mail.example.com>',
        inReplyTo: sesId(1),
        references: [sesId(1)],
        date: '2026-11-04T09:30:00.000Z',
      },
    },
    {
      fixture: 'quoted-printable-reply.eml',
      expected: {
        from: [{ address: 'zoe.odegard@example.com', name: 'Zoë Ødegård' }],
        to: [DESK],
        cc: [],
        recipients: [CASE_ADDRESS],
        subject: 'Re: [PD-7K3M-Q9XA] Uw verzoek tot rectificatie',
        messageId: '<6e1d2c3b-4a59-4868-9776-a5b4c3d2e1f0@example.com>',
        inReplyTo: sesId(1),
        references: [sesId(1)],
        date: '2026-11-05T15:05:51.000Z',
      },
    },
    {
      fixture: 'auto-reply.eml',
      expected: {
        from: [INGRID],
        to: [DESK],
        cc: [],
        recipients: [CASE_ADDRESS],
        subject: 'Automatic reply: [PD-7K3M-Q9XA] New access request assigned to you',
        messageId: '<AM9PR07MB7123FEDCBA9876543210FEDCBA987654@AM9PR07MB7123.eurprd07.prod.outlook.com>',
        inReplyTo: sesId(1),
        references: [sesId(1)],
        date: '2026-11-03T09:00:04.000Z',
      },
    },
    {
      fixture: 'forged-sender.eml',
      expected: {
        from: [{ address: 'mallory@example.com', name: 'Ingrid Hansen (Privacy)' }],
        to: [DESK],
        cc: [],
        recipients: [CASE_ADDRESS],
        subject: 'Re: [PD-7K3M-Q9XA] New access request assigned to you',
        messageId: '<f0e1d2c3-b4a5-4697-8877-665544332211@example.com>',
        inReplyTo: sesId(1),
        references: [],
        date: '2026-11-03T21:17:45.000Z',
      },
    },
    {
      fixture: 'staff-commands.eml',
      expected: {
        from: [INGRID],
        to: [DESK],
        cc: [],
        recipients: [CASE_ADDRESS],
        subject: 'Re: [PD-7K3M-Q9XA] New access request assigned to you',
        messageId: '<c4d5e6f7-0819-4a2b-bc3d-4e5f60718293@mail.example.org>',
        inReplyTo: sesId(1),
        references: [sesId(1)],
        date: '2026-11-20T10:45:00.000Z',
      },
    },
    {
      fixture: 'staff-commands-malformed.eml',
      expected: {
        from: [INGRID],
        to: [DESK],
        cc: [],
        recipients: [CASE_ADDRESS],
        subject: 'Re: [PD-7K3M-Q9XA] New access request assigned to you',
        messageId: '<d5e6f708-192a-4b3c-8d4e-5f6071829304@mail.example.org>',
        inReplyTo: sesId(1),
        references: [sesId(1)],
        date: '2026-11-20T10:50:00.000Z',
      },
    },
    {
      fixture: 'requester-reply-quoting-desk.eml',
      expected: {
        from: [ANNA],
        to: [DESK],
        cc: [],
        recipients: [CASE_ADDRESS],
        subject: 'Re: [PD-7K3M-Q9XA] The answer to your access request',
        messageId: '<7d3c2b1a-0f9e-4d8c-b7a6-95f4e3d2c1b0@example.com>',
        inReplyTo: sesId(3),
        references: [sesId(1), sesId(2), sesId(3)],
        date: '2026-12-04T19:14:03.000Z',
      },
    },
    {
      fixture: 'cc-third-party-reply.eml',
      expected: {
        from: [ANNA],
        to: [DESK],
        cc: [
          { address: 'jan.jansen@example.com', name: 'Jan Jansen (advocaat)' },
          { address: 'privacy@example.org', name: 'Privacy Team' },
        ],
        recipients: [CASE_ADDRESS, 'jan.jansen@example.com', 'privacy@example.org'],
        subject: 'Re: [PD-7K3M-Q9XA] We received your access request',
        messageId: '<1b2c3d4e-5f60-4718-9293-a4b5c6d7e8f9@example.com>',
        inReplyTo: sesId(2),
        references: [sesId(1), sesId(2)],
        date: '2026-12-07T08:01:10.000Z',
      },
    },
  ])('reads $fixture', async ({ fixture, expected }) => {
    // Act
    const mail = await parseFixture(fixture);

    // Assess
    expect({
      from: mail.from,
      to: mail.to,
      cc: mail.cc,
      recipients: mail.recipients,
      subject: mail.subject,
      messageId: mail.messageId,
      inReplyTo: mail.inReplyTo,
      references: mail.references,
      date: mail.date?.toISOString(),
    }).toEqual(expected);
  });
});

describe('parseInboundMail: auto-replies', () => {
  it.each([
    {
      fixture: 'auto-reply.eml',
      expected: {
        autoReply: true,
        autoReplyReasons: ['auto_submitted', 'auto_reply_subject', 'auto_response_suppress'],
      },
    },
    // Outlook puts X-Auto-Response-Suppress on ordinary mail: on its own it is no auto-reply.
    { fixture: 'outlook-reply.eml', expected: { autoReply: false, autoReplyReasons: [] } },
    { fixture: 'outlook-dutch-reply.eml', expected: { autoReply: false, autoReplyReasons: [] } },
    { fixture: 'representative-plain-reply.eml', expected: { autoReply: false, autoReplyReasons: [] } },
    { fixture: 'html-only-reply.eml', expected: { autoReply: false, autoReplyReasons: [] } },
    { fixture: 'pdf-attachment-reply.eml', expected: { autoReply: false, autoReplyReasons: [] } },
    { fixture: 'outlook-original-message-reply.eml', expected: { autoReply: false, autoReplyReasons: [] } },
    { fixture: 'gmail-reply.eml', expected: { autoReply: false, autoReplyReasons: [] } },
    { fixture: 'gmail-dutch-reply.eml', expected: { autoReply: false, autoReplyReasons: [] } },
    { fixture: 'apple-mail-reply.eml', expected: { autoReply: false, autoReplyReasons: [] } },
    { fixture: 'iphone-reply.eml', expected: { autoReply: false, autoReplyReasons: [] } },
    { fixture: 'norwegian-gmail-reply.eml', expected: { autoReply: false, autoReplyReasons: [] } },
    { fixture: 'swedish-base64-reply.eml', expected: { autoReply: false, autoReplyReasons: [] } },
    { fixture: 'quoted-printable-reply.eml', expected: { autoReply: false, autoReplyReasons: [] } },
    { fixture: 'forged-sender.eml', expected: { autoReply: false, autoReplyReasons: [] } },
    { fixture: 'staff-commands.eml', expected: { autoReply: false, autoReplyReasons: [] } },
    { fixture: 'staff-commands-malformed.eml', expected: { autoReply: false, autoReplyReasons: [] } },
    { fixture: 'requester-reply-quoting-desk.eml', expected: { autoReply: false, autoReplyReasons: [] } },
    { fixture: 'cc-third-party-reply.eml', expected: { autoReply: false, autoReplyReasons: [] } },
  ])('$fixture: autoReply $expected.autoReply', async ({ fixture, expected }) => {
    // Act
    const mail = await parseFixture(fixture);

    // Assess
    expect({ autoReply: mail.autoReply, autoReplyReasons: mail.autoReplyReasons }).toEqual(expected);
  });
});

describe('parseInboundMail: bodies', () => {
  it.each([
    {
      name: 'converts an HTML-only body to text, without the style sheet, quoting the blockquote',
      fixture: 'html-only-reply.eml',
      expected:
        'Thank you. I confirm that I want a copy of all the data you hold about me,\n' +
        'including the support tickets.\n' +
        '\n' +
        'Anna\n' +
        '\n' +
        'On Tue, 3 Nov 2026 at 10:00, Privacy Desk\n' +
        '<case+abcdefghijklmnop@replies.example.org\n' +
        '[case+abcdefghijklmnop@replies.example.org]> wrote:\n' +
        '\n' +
        '> Dear Anna de Vries,\n' +
        '> \n' +
        '> We received your access request. Please confirm that you want a copy of all\n' +
        '> your data.',
    },
    {
      name: 'decodes quoted-printable UTF-8 with soft line breaks',
      fixture: 'quoted-printable-reply.eml',
      expected:
        'Goedendag,\n' +
        '\n' +
        'Mijn naam is Zoë Ødegård. Ik woon sinds kort in Noorwegen; mijn nieuwe adres is Bjørnstjerne ' +
        'Bjørnsons gate 5, 0254 Oslo. Wilt u dit adres in mijn klantgegevens aanpassen? Ik heb één account ' +
        'bij de webshop en één bij de klantenservice.\n' +
        '\n' +
        'Met vriendelijke groet,\n' +
        'Zoë Ødegård',
    },
    {
      name: 'decodes a base64 text part and normalises CRLF to LF',
      fixture: 'swedish-base64-reply.eml',
      expected:
        'Hej,\n' +
        '\n' +
        'Jag vill också att ni tar bort mina uppgifter från nyhetsbrevet.\n' +
        '\n' +
        'Med vänliga hälsningar\n' +
        'Karin Sjöberg\n' +
        '\n' +
        'Den tis 3 nov. 2026 kl 10:00 skrev Privacy Desk <case+abcdefghijklmnop@replies.example.org>:\n' +
        '\n' +
        '> Hej Karin Sjöberg,\n' +
        '>\n' +
        '> Vi har tagit emot din begäran om radering den 3 november 2026.\n' +
        '>\n' +
        '> Dataskyddsombudet\n',
    },
    {
      name: 'reads the text part of a multipart/mixed message',
      fixture: 'pdf-attachment-reply.eml',
      expected:
        'Dear Ms de Vries,\n\nAttached is the copy of your personal data, as a PDF.\n\nKind regards,\nIngrid Hansen\n',
    },
  ])('$name', async ({ fixture, expected }) => {
    // Act
    const mail = await parseFixture(fixture);

    // Assess
    expect(mail.text).toBe(expected);
  });
});

describe('parseInboundMail: attachments', () => {
  const pdf =
    '%PDF-1.4\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\n' +
    '2 0 obj\n<< /Type /Pages /Kids [] /Count 0 >>\nendobj\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n';

  it.each([
    {
      fixture: 'pdf-attachment-reply.eml',
      expected: [
        {
          filename: 'access-export-PD-7K3M-Q9XA.pdf',
          contentType: 'application/pdf',
          size: 142,
          content: Buffer.from(pdf, 'latin1'),
          contentId: '<export-1@example.org>',
          embedded: false,
        },
      ],
    },
    { fixture: 'representative-plain-reply.eml', expected: [] },
    { fixture: 'html-only-reply.eml', expected: [] },
  ])('$fixture has $expected.length attachment(s)', async ({ fixture, expected }) => {
    // Act
    const mail = await parseFixture(fixture);

    // Assess
    expect(mail.attachments).toEqual(expected);
  });
});

describe('parseInboundMail: header edge cases', () => {
  it.each([
    {
      name: 'a message without Date has no date (never "now")',
      headers: ['From: a@example.com', 'Subject: x'],
      read: (mail: InboundMail) => mail.date,
      expected: undefined,
    },
    {
      name: 'an unreadable Date gives no date',
      headers: ['From: a@example.com', 'Date: sometime next week'],
      read: (mail: InboundMail) => mail.date,
      expected: undefined,
    },
    {
      name: 'a Date with a zone comment is read',
      headers: ['From: a@example.com', 'Date: Tue, 3 Nov 2026 10:00:00 +0100 (CET)'],
      read: (mail: InboundMail) => mail.date?.toISOString(),
      expected: '2026-11-03T09:00:00.000Z',
    },
    {
      name: 'a message without From has no From mailbox',
      headers: ['To: case+abcdefghijklmnop@replies.example.org'],
      read: (mail: InboundMail) => mail.from,
      expected: [],
    },
    {
      name: 'an encoded display name is decoded and the address lower-cased',
      headers: ['From: =?UTF-8?Q?Zo=C3=AB_=C3=98deg=C3=A5rd?= <Zoe.Odegard@EXAMPLE.com>'],
      read: (mail: InboundMail) => mail.from,
      expected: [{ address: 'zoe.odegard@example.com', name: 'Zoë Ødegård' }],
    },
    {
      name: 'every mailbox of a From field is kept, not only the first',
      headers: ['From: Anna <anna@example.com>, Mallory <mallory@example.com>'],
      read: (mail: InboundMail) => mail.from.map((mailbox) => mailbox.address),
      expected: ['anna@example.com', 'mallory@example.com'],
    },
    {
      name: 'a second From field is kept too (mailparser shows only the first)',
      headers: ['From: Anna <anna@example.com>', 'From: =?UTF-8?Q?Mall=C3=B8ry?= <mallory@example.com>'],
      read: (mail: InboundMail) => mail.from,
      expected: [
        { address: 'anna@example.com', name: 'Anna' },
        { address: 'mallory@example.com', name: 'Malløry' },
      ],
    },
    {
      name: 'a From group is flattened into its mailboxes',
      headers: ['From: Staff: anna@example.com, mallory@example.com;'],
      read: (mail: InboundMail) => mail.from.length,
      expected: 2,
    },
    {
      name: 'Sender mailboxes are read',
      headers: ['From: anna@example.com', 'Sender: Mallory <Mallory@Example.com>'],
      read: (mail: InboundMail) => mail.sender,
      expected: [{ address: 'mallory@example.com', name: 'Mallory' }],
    },
    {
      name: 'no Sender, no Sender mailboxes',
      headers: ['From: anna@example.com'],
      read: (mail: InboundMail) => mail.sender,
      expected: [],
    },
    {
      name: 'group syntax is flattened and an empty group adds nothing',
      headers: [
        'From: a@example.com',
        'To: Team: b@example.com, C <c@example.com>;, undisclosed-recipients:;',
      ],
      read: (mail: InboundMail) => mail.to,
      expected: [
        { address: 'b@example.com', name: '' },
        { address: 'c@example.com', name: 'C' },
      ],
    },
    {
      name: 'Delivered-To and X-Original-To add Bcc recipients, without duplicates',
      headers: [
        'Delivered-To: case+abcdefghijklmnop@replies.example.org',
        'X-Original-To: privacy@example.org',
        'From: a@example.com',
        'To: Someone <someone@example.com>',
        'Cc: Case+ABCDEFGHIJKLMNOP@replies.example.org',
      ],
      read: (mail: InboundMail) => mail.recipients,
      expected: ['someone@example.com', 'case+abcdefghijklmnop@replies.example.org', 'privacy@example.org'],
    },
    {
      name: 'bare ids in References are bracketed',
      headers: ['From: a@example.com', 'References: first@example.com, second@example.com'],
      read: (mail: InboundMail) => mail.references,
      expected: ['<first@example.com>', '<second@example.com>'],
    },
    {
      name: 'In-Reply-To keeps the first id and drops an old-style comment',
      headers: ['From: a@example.com', 'In-Reply-To: <one@example.com> (Anna de Vries\'s message of "Tue")'],
      read: (mail: InboundMail) => mail.inReplyTo,
      expected: '<one@example.com>',
    },
    {
      name: 'a message without a subject has an empty subject',
      headers: ['From: a@example.com'],
      read: (mail: InboundMail) => mail.subject,
      expected: '',
    },
    {
      name: 'raw headers are kept by lower-case name, unfolded',
      headers: ['From: a@example.com', 'X-SES-Spam-Verdict: PASS', 'X-Custom: one', '\ttwo'],
      read: (mail: InboundMail) => [mail.headers.get('x-ses-spam-verdict'), mail.headers.get('x-custom')],
      expected: [['PASS'], ['one\ttwo']],
    },
  ])('$name', async ({ headers, read, expected }) => {
    // Prepare
    const raw = rawMail(headers);

    // Act
    const mail = await parseInboundMail(raw);

    // Assess
    expect(read(mail)).toEqual(expected);
  });
});

describe('parseInboundMail: hostile messages', () => {
  /** A multipart/mixed message with `parts` text parts. */
  const multipart = (parts: number) =>
    [
      'From: a@example.com',
      'Subject: x',
      'MIME-Version: 1.0',
      'Content-Type: multipart/mixed; boundary="b"',
      '',
      ...Array.from({ length: parts }, (_, i) => `--b\r\nContent-Type: text/plain\r\n\r\npart ${i}`),
      '--b--',
      '',
    ].join('\r\n');
  /** A message whose header block is about `bytes` long. */
  const bigHeader = (bytes: number) =>
    rawMail([
      'From: a@example.com',
      ...Array.from({ length: Math.ceil(bytes / 100) }, (_, i) => `X-Pad-${i}: ${'a'.repeat(88)}`),
    ]);

  it.each([
    { name: '1,500 parts', raw: multipart(1_500) },
    { name: `${MAX_MIME_PARTS + 1} parts`, raw: multipart(MAX_MIME_PARTS + 1) },
    { name: 'a 1.2 MB header', raw: bigHeader(1_200_000) },
    { name: `a header just over ${MAX_HEADER_BYTES} bytes`, raw: bigHeader(MAX_HEADER_BYTES + 1_000) },
  ])('refuses $name with a MalformedMailError that carries the parser’s code only', async ({ raw }) => {
    const error = await parseInboundMail(raw).catch((caught: unknown) => caught);

    expect(error).toBeInstanceOf(MalformedMailError);
    expect(error).toMatchObject({ code: 'EMAXLEN' });
  });

  it('reads a message just inside the limits', async () => {
    const mail = await parseInboundMail(multipart(MAX_MIME_PARTS - 2));

    expect(mail.text).toContain('part 0');
  });
});
