import { execFile } from 'node:child_process';
import { createHash, randomUUID } from 'node:crypto';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { GetItemCommand, PutItemCommand, QueryCommand, UpdateItemCommand } from '@aws-sdk/client-dynamodb';
import { GetObjectCommand } from '@aws-sdk/client-s3';
import { unmarshall } from '@aws-sdk/util-dynamodb';
import { beforeAll, describe, expect, it } from 'vitest';
import { documentClient } from '../../adapters/aws-clients.ts';
import { keysFromEnv } from '../../adapters/crypto/keys-from-env.ts';
import { DynamoDbCaseStore } from '../../adapters/dynamodb/dynamodb-case-store.ts';
import type { AuditEvent, CaseRecord, ThreadMessage, ThreadMessageContent } from '../../domain/case-model.ts';
import { type ContentCipher, openJson } from '../../domain/content-cipher.ts';
import { addMonthsClamped, endOfLocalDay, localDateOf } from '../../domain/deadlines/calendar.ts';
import {
  REPLY_TOKEN_KEY_PURPOSE,
  type ReplyRole,
  tokenFromRecipient,
  verifyReplyToken,
} from '../../domain/reply-token.ts';
import type { RequestType } from '../../domain/request-types.ts';
import { localS3Client } from '../../local/desk-runtime.ts';
import { handlerLoader } from '../../local/lambda-invoke.ts';
import { deliverLocalMail } from '../../local/mail-drop.ts';
import { repositoryRoot } from '../../local/settings.ts';
import { validSubmission } from '../helpers/factories.ts';
import { ANNA, FIXTURE_CONFIG_FILE, PIETER } from '../helpers/fixture-config.ts';
import { openAssignedCase } from '../helpers/intake.ts';
import {
  caseAddressFor,
  deliverMail,
  INBOUND_DOMAIN,
  type MailRewrite,
  mailFixture,
  rewriteMail,
  withBody,
} from '../helpers/mail.ts';
import { type SentEmail, sentEmailsTo } from '../helpers/ses-store.ts';
import { eventually, testDeskForThisFile } from '../helpers/test-desk.ts';

/*
 * Replies by email, end to end through the LOCAL path SES stands for: each fixture in
 * test/fixtures/mail is made to fit a real case (its real signed case address, the participant's
 * real address, a fresh Message-ID), posted to the local mail drop (POST /local/mail, what
 * `npm run mail:deliver` does), stored in the local S3 bucket and handed to the inbound handler with
 * SES's event. Assertions read the decrypted thread, the SES emulator's store, the case and its audit.
 */

let store: DynamoDbCaseStore;
let cipher: ContentCipher;
let replySecret: Buffer;

const DESK_FROM = 'privacy-desk@example.org';
/** nl-privacy (test/fixtures/desk.config.json): English and Dutch cases from NL go there. */
// Anna and Pieter work in Dutch first: the desk writes to them in Dutch.
const MANAGER = 'marieke.jansen@example.org';
const DPO = 'dpo@example.org';

const desk = testDeskForThisFile();

beforeAll(async () => {
  store = new DynamoDbCaseStore(documentClient(), desk.tableName);
  const keys = await keysFromEnv();
  cipher = keys.cipher;
  replySecret = keys.hasher.subKey(REPLY_TOKEN_KEY_PURPOSE);
});

interface OpenCase {
  readonly caseId: string;
  readonly reference: string;
  /** The requester's address. */
  readonly requester: string;
}

/**
 * A case made through the intake API, verified when its type needs it, routed by the real router,
 * then given to a known member (Anna unless told otherwise) directly in the table, so that every
 * test knows who the representative is whatever the router's load balancing chose.
 */
async function openCase(options: { type?: RequestType; language?: 'en' | 'nl'; assignee?: string } = {}) {
  const type = options.type ?? 'question';
  const submission = validSubmission({ type, language: options.language ?? 'en' });
  const { caseId, reference } = await openAssignedCase(desk, submission, options.assignee ?? ANNA.id);
  // The acknowledgement is in the thread (and the EMAIL# lookup) once sent.
  await eventually(async () => ((await thread(caseId)).length > 0 ? true : undefined));
  return { caseId, reference, requester: submission.email } satisfies OpenCase;
}

async function record(caseId: string): Promise<CaseRecord> {
  return (await store.getCase(caseId))!;
}

/** Routing's own email to the representative it chose; these tests look at what replies add. */
const ROUTING_TEMPLATE = 'case-assigned';

async function thread(caseId: string) {
  const messages: ThreadMessage[] = (await store.listThread(caseId)).filter(
    (message) => message.template !== ROUTING_TEMPLATE,
  );
  return Promise.all(
    messages.map(async (message) => ({
      ...message,
      content: await openJson<ThreadMessageContent>(cipher, caseId, 'thread-message', message.sealed),
    })),
  );
}

async function audit(caseId: string): Promise<AuditEvent[]> {
  return store.listAuditEvents(caseId);
}

/** The case's outbox: every email the desk decided to send on it (sent or not yet), by template. */
async function outbox(caseId: string): Promise<{ template: string; recipient: { role: string } }[]> {
  const { Items } = await desk.dynamodb.send(
    new QueryCommand({
      TableName: desk.tableName,
      KeyConditionExpression: 'pk = :pk AND begins_with(sk, :notify)',
      ExpressionAttributeValues: { ':pk': { S: `CASE#${caseId}` }, ':notify': { S: 'NOTIFY#' } },
      ConsistentRead: true,
    }),
  );
  return (Items ?? [])
    .map((item) => unmarshall(item) as { template: string; recipient: { role: string } })
    .filter((notification) => notification.template !== ROUTING_TEMPLATE);
}

async function outboxTemplates(caseId: string): Promise<string[]> {
  return (await outbox(caseId)).map((notification) => notification.template).sort();
}

async function actions(caseId: string): Promise<string[]> {
  return (await audit(caseId)).map((event) => event.action);
}

/** Waits until `address` has received at least `count` emails from the desk, oldest first. */
async function emailsTo(address: string, count: number): Promise<SentEmail[]> {
  return eventually(async () => {
    const emails = await sentEmailsTo(desk, address);
    return emails.length >= count ? emails.sort((a, b) => a.at - b.at) : undefined;
  });
}

/** Emails to `address` whose subject names the case: the SES store is shared by the whole run. */
async function caseEmailsTo(address: string, reference: string): Promise<SentEmail[]> {
  return (await sentEmailsTo(desk, address)).filter((email) => email.subject.includes(reference));
}

async function waitForCaseEmail(address: string, reference: string, subject: RegExp): Promise<SentEmail> {
  return eventually(async () =>
    (await caseEmailsTo(address, reference)).find((email) => subject.test(email.subject)),
  );
}

/** The reply token of a Reply-To address, verified for the address it must have been issued to. */
function replyToRole(email: SentEmail, issuedTo: string): { caseId: string; role: ReplyRole } | undefined {
  const token = tokenFromRecipient(email.replyTo[0] ?? '', INBOUND_DOMAIN);
  return token ? verifyReplyToken(replySecret, token, issuedTo) : undefined;
}

/** A fixture from a participant of the case, to the case address signed for that participant. */
async function reply(
  fixture: string,
  open: OpenCase,
  sender: { role: ReplyRole; address: string },
  rewrite: Omit<MailRewrite, 'from' | 'caseAddress'> = {},
): Promise<string> {
  return rewriteMail(mailFixture(fixture), {
    caseAddress: await caseAddressFor(open.caseId, sender.role, sender.address),
    from: sender.address,
    ...rewrite,
  });
}

async function ackSesMessageId(caseId: string): Promise<string> {
  const ack = (await thread(caseId)).find((message) => message.template === 'acknowledgement');
  return ack!.emailMessageId!;
}

describe('a representative answers by replying', () => {
  it('files the new text (without the signature), forwards it to the requester with her own reply address, and waits for her', async () => {
    // Prepare
    const open = await openCase();
    const raw = await reply('representative-plain-reply.eml', open, {
      role: 'assignee',
      address: ANNA.email,
    });

    // Act
    const answer = await deliverMail(desk, raw);

    // Assess: filed from staff, signature stripped, closing kept
    expect(answer.result.outcome).toEqual({
      kind: 'filed',
      caseId: open.caseId,
      direction: 'from_staff',
      notifications: 1,
    });
    const filed = (await thread(open.caseId)).find((message) => message.direction === 'from_staff');
    expect(filed).toMatchObject({ participant: `member:${ANNA.id}` });
    expect(filed?.content.text).toBe(
      'Dear Ms de Vries,\n\nWe have checked the customer portal, the billing system and the support\n' +
        'system. Attached to our next message you will find a copy of the personal\ndata we hold about you.\n\n' +
        'Kind regards,\nIngrid Hansen',
    );

    // Assess: forwarded from the desk's address, with a reply address for the requester only
    const forwarded = await waitForCaseEmail(open.requester, open.reference, /Re: your question/);
    expect(forwarded.from).toBe(DESK_FROM);
    expect(forwarded.destination).toEqual({ to: [open.requester], cc: [], bcc: [] });
    expect(forwarded.body.text).toContain('We have checked the customer portal');
    expect(forwarded.body.text).not.toContain('Privacy representative');
    expect(replyToRole(forwarded, open.requester)).toEqual({ caseId: open.caseId, role: 'requester' });
    expect(replyToRole(forwarded, ANNA.email)).toBeUndefined();

    // Assess: the case
    const after = await record(open.caseId);
    expect(after.status).toBe('waiting_for_requester');
    expect(after.firstResponseAt).toBeDefined();
    expect(await actions(open.caseId)).toEqual(
      expect.arrayContaining(['mail.filed', 'case.status_changed', 'case.first_response']),
    );
    const filedEvent = (await audit(open.caseId)).find((event) => event.action === 'mail.filed');
    expect(filedEvent).toMatchObject({
      actor: ANNA.id,
      detail: { direction: 'from_staff', identifiedBy: 'token', forwardedTo: 'requester' },
    });
    await eventually(async () =>
      (await thread(open.caseId)).some((message) => message.template === 'staff-reply') ? true : undefined,
    );
  });

  it('keeps an attachment encrypted in the mail bucket and lists it in the thread', async () => {
    const open = await openCase();
    const raw = await reply('pdf-attachment-reply.eml', open, { role: 'assignee', address: ANNA.email });

    await deliverMail(desk, raw);

    const filed = (await thread(open.caseId)).find((message) => message.direction === 'from_staff')!;
    const [attachment] = filed.content.attachments ?? [];
    expect(attachment).toMatchObject({
      filename: 'access-export-PD-7K3M-Q9XA.pdf',
      contentType: 'application/pdf',
      size: 142,
    });
    expect(attachment?.key).toMatch(new RegExp(`^attachments/${open.caseId}/[0-9a-f]{32}/0$`));
    const s3 = localS3Client(desk.endpoints.s3);
    const object = await s3.send(
      new GetObjectCommand({ Bucket: desk.services.bucketNames.mail, Key: attachment!.key! }),
    );
    const stored = await object.Body!.transformToByteArray();
    s3.destroy();
    expect(Buffer.from(stored).includes(Buffer.from('%PDF'))).toBe(false);
    const opened = await cipher.decrypt(stored, { caseId: open.caseId, purpose: 'attachment' });
    expect(Buffer.from(opened).subarray(0, 5).toString()).toBe('%PDF-');
    expect(opened.byteLength).toBe(142);
    const forwarded = await waitForCaseEmail(open.requester, open.reference, /Re: your question/);
    expect(forwarded.body.text).toContain('access-export-PD-7K3M-Q9XA.pdf (142 bytes)');
  });
});

describe('replies written in common mail clients', () => {
  it.each([
    {
      fixture: 'outlook-reply.eml',
      client: 'Outlook (rule and From:/Sent: block)',
      sender: 'assignee' as const,
      expected:
        'Hello Anna,\n\nThank you for your request. We will send the copy of your data within the\n' +
        'deadline. If you also use our webshop, please tell us the email address of\nthat account.\n\nIngrid',
      quoted: 'New access request assigned to you',
    },
    {
      fixture: 'gmail-reply.eml',
      client: 'Gmail ("On ... wrote:" and > quotes)',
      sender: 'requester' as const,
      expected:
        'Thank you. Could you also include the data from the webshop? My account\n' +
        'there uses the same address.\n\nAnna',
      quoted: 'We received your access request on 3 November 2026',
    },
    {
      fixture: 'apple-mail-reply.eml',
      client: 'Apple Mail (quoted attribution)',
      sender: 'requester' as const,
      expected:
        'I would like to withdraw the part of my request about the newsletter.\nThe rest still stands.\n\nAnna',
      quoted: 'wrote:',
    },
    {
      fixture: 'html-only-reply.eml',
      client: 'Gmail, HTML only',
      sender: 'requester' as const,
      expected:
        'Thank you. I confirm that I want a copy of all the data you hold about me,\n' +
        'including the support tickets.\n\nAnna',
      quoted: 'gmail_quote',
    },
  ])(
    '$client: files the new text only and forwards it to the other side',
    async ({ fixture, sender, expected, quoted }) => {
      // Prepare
      const open = await openCase();
      const address = sender === 'assignee' ? ANNA.email : open.requester;
      const raw = await reply(fixture, open, { role: sender, address });

      // Act
      const answer = await deliverMail(desk, raw);

      // Assess
      const direction = sender === 'assignee' ? 'from_staff' : 'from_requester';
      expect(answer.result.outcome).toMatchObject({ kind: 'filed', direction });
      const filed = (await thread(open.caseId)).find((message) => message.direction === direction);
      expect(filed?.content.text).toBe(expected);
      const recipient = sender === 'assignee' ? open.requester : ANNA.email;
      const forwarded = await waitForCaseEmail(
        recipient,
        open.reference,
        sender === 'assignee' ? /Re: your question/ : /De aanvrager heeft gereageerd/,
      );
      expect(forwarded.body.text).toContain(expected.split('\n')[0]);
      expect(forwarded.body.text).not.toContain(quoted);
      expect(replyToRole(forwarded, recipient)?.role).toBe(sender === 'assignee' ? 'requester' : 'assignee');
    },
  );
});

describe('a requester answers by replying', () => {
  it('is forwarded to the representative, and a case waiting for the requester is assigned again', async () => {
    // Prepare: the representative asked something; the case waits for the requester
    const open = await openCase();
    await deliverMail(
      desk,
      await reply('outlook-reply.eml', open, { role: 'assignee', address: ANNA.email }),
    );
    expect((await record(open.caseId)).status).toBe('waiting_for_requester');

    // Act: she answers, with a line that would be a command from staff
    const raw = withBody(
      await reply('gmail-reply.eml', open, { role: 'requester', address: open.requester }),
      '#close fulfilled\n\nThe webshop account uses this same address.\n\nAnna',
    );
    const answer = await deliverMail(desk, raw);

    // Assess
    expect(answer.result.outcome).toMatchObject({ kind: 'filed', direction: 'from_requester' });
    const after = await record(open.caseId);
    expect(after.status).toBe('assigned');
    expect(after.outcome).toBeUndefined();
    const forwarded = await waitForCaseEmail(ANNA.email, open.reference, /De aanvrager heeft gereageerd/);
    expect(forwarded.body.text).toContain('#close fulfilled');
    expect(replyToRole(forwarded, ANNA.email)).toEqual({ caseId: open.caseId, role: 'assignee' });
  });

  it('never writes to the people she copied, and keeps requester and representative as they were', async () => {
    const open = await openCase();
    const raw = await reply('cc-third-party-reply.eml', open, { role: 'requester', address: open.requester });

    const answer = await deliverMail(desk, raw);

    expect(answer.result.outcome).toMatchObject({ kind: 'filed', direction: 'from_requester' });
    expect(await outbox(open.caseId)).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          template: 'requester-reply',
          recipient: { role: 'member', memberId: ANNA.id },
        }),
      ]),
    );
    expect(await outbox(open.caseId)).toHaveLength(2);
    await waitForCaseEmail(ANNA.email, open.reference, /De aanvrager heeft gereageerd/);
    expect(await sentEmailsTo(desk, 'jan.jansen@example.com')).toEqual([]);
    expect(await sentEmailsTo(desk, 'privacy@example.org')).toEqual([]);
    expect((await record(open.caseId)).assigneeId).toBe(ANNA.id);
    const filedEvent = (await audit(open.caseId)).find((event) => event.action === 'mail.filed');
    expect(filedEvent?.detail).toMatchObject({ copied: 2, forwardedTo: 'assignee' });
  });

  it('may answer the acknowledgement: it carries her reply address', async () => {
    const open = await openCase();
    const [ack] = await emailsTo(open.requester, 1);
    expect(replyToRole(ack!, open.requester)).toEqual({ caseId: open.caseId, role: 'requester' });

    const answer = await deliverMail(
      desk,
      rewriteMail(mailFixture('iphone-reply.eml'), { caseAddress: ack!.replyTo[0], from: open.requester }),
    );

    expect(answer.result.outcome).toMatchObject({ kind: 'filed', direction: 'from_requester' });
  });

  it('files a reply without a case address by its In-Reply-To, from a known sender', async () => {
    const open = await openCase();
    const inReplyTo = `<${await ackSesMessageId(open.caseId)}@email.amazonses.com>`;
    const raw = rewriteMail(mailFixture('requester-reply-quoting-desk.eml'), {
      caseAddress: `privacy@${INBOUND_DOMAIN}`,
      from: open.requester,
      inReplyTo,
    });

    const answer = await deliverMail(desk, raw);

    expect(answer.result.outcome).toMatchObject({ kind: 'filed', caseId: open.caseId });
    const filedEvent = (await audit(open.caseId)).find((event) => event.action === 'mail.filed');
    expect(filedEvent?.detail).toMatchObject({ identifiedBy: 'thread' });
  });

  it('files a reply by the case reference in its subject only when the sender is a participant', async () => {
    const open = await openCase();
    const known = rewriteMail(mailFixture('iphone-reply.eml'), {
      caseAddress: `privacy@${INBOUND_DOMAIN}`,
      from: open.requester,
      reference: open.reference,
      inReplyTo: '<unknown-id@mail.example.test>',
    });
    const unknown = rewriteMail(mailFixture('iphone-reply.eml'), {
      caseAddress: `privacy@${INBOUND_DOMAIN}`,
      from: 'someone.else@example.com',
      reference: open.reference,
      inReplyTo: '<unknown-id@mail.example.test>',
    });

    const knownAnswer = await deliverMail(desk, known);
    const unknownAnswer = await deliverMail(desk, unknown);

    expect(knownAnswer.result.outcome).toMatchObject({ kind: 'filed', caseId: open.caseId });
    expect(unknownAnswer.result.outcome).toEqual({
      kind: 'dropped',
      reason: 'unknown_sender',
      caseId: open.caseId,
    });
    const fromRequester = (await thread(open.caseId)).filter((m) => m.direction === 'from_requester');
    expect(fromRequester).toHaveLength(1);
    expect(await outboxTemplates(open.caseId)).toEqual([
      'acknowledgement',
      'mail-dropped',
      'requester-reply',
    ]);
    expect(await sentEmailsTo(desk, 'someone.else@example.com')).toEqual([]);
  });
});

describe('what the desk refuses', () => {
  it('ignores an auto-reply, audited on its case', async () => {
    const open = await openCase();
    const raw = await reply('auto-reply.eml', open, { role: 'assignee', address: ANNA.email });

    const answer = await deliverMail(desk, raw);

    expect(answer.result.outcome).toEqual({ kind: 'dropped', reason: 'auto_reply', caseId: open.caseId });
    expect(await outboxTemplates(open.caseId)).toEqual(['acknowledgement']);
    expect((await thread(open.caseId)).map((message) => message.direction)).toEqual(['to_requester']);
    const dropped = (await audit(open.caseId)).find((event) => event.action === 'mail.dropped');
    expect(dropped).toMatchObject({ actor: 'system:inbound', detail: { reason: 'auto_reply' } });
    expect((await record(open.caseId)).status).toBe('assigned');
  });

  it('drops a forged sender using the representative’s case address: no command runs, nobody is answered', async () => {
    // Prepare: mallory@example.com writes "#close fulfilled" to Anna's own case address
    const open = await openCase();
    const raw = rewriteMail(mailFixture('forged-sender.eml'), {
      caseAddress: await caseAddressFor(open.caseId, 'assignee', ANNA.email),
    });

    // Act
    const answer = await deliverMail(desk, raw);

    // Assess
    expect(answer.result.outcome).toEqual({ kind: 'dropped', reason: 'token_invalid', caseId: open.caseId });
    const after = await record(open.caseId);
    expect(after.status).toBe('assigned');
    expect(after.outcome).toBeUndefined();
    // Only Anna hears of it, with ids and the reason.
    const written = await outbox(open.caseId);
    expect(written).toHaveLength(2);
    expect(written).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ template: 'acknowledgement' }),
        expect.objectContaining({
          template: 'mail-dropped',
          recipient: { role: 'member', memberId: ANNA.id },
        }),
      ]),
    );
    expect(await sentEmailsTo(desk, 'mallory@example.com')).toEqual([]);
    expect((await thread(open.caseId)).map((message) => message.direction)).toEqual(['to_requester']);
    const dropped = (await audit(open.caseId)).find((event) => event.action === 'mail.dropped');
    expect(dropped?.detail).toMatchObject({ reason: 'token_invalid' });
    expect(JSON.stringify(dropped)).not.toContain('mallory');
  });

  it('drops a reply from another address than the one the token was issued to (a wrong token)', async () => {
    const open = await openCase();
    const raw = rewriteMail(mailFixture('wrong-token-reply.eml'), {
      caseAddress: await caseAddressFor(open.caseId, 'requester', open.requester),
    });

    const answer = await deliverMail(desk, raw);

    expect(answer.result.outcome).toEqual({ kind: 'dropped', reason: 'token_invalid', caseId: open.caseId });
    expect(await outboxTemplates(open.caseId)).toEqual(['acknowledgement', 'mail-dropped']);
    expect(await sentEmailsTo(desk, 'a.devries@work.example.net')).toEqual([]);
  });

  it('drops mail to a token that names no case with a log line only', async () => {
    const raw = rewriteMail(mailFixture('gmail-reply.eml'), {});

    const answer = await deliverMail(desk, raw);

    expect(answer.result.outcome).toEqual({ kind: 'dropped', reason: 'no_case' });
  });

  it('processes the same Message-ID once', async () => {
    const open = await openCase();
    const raw = await reply('gmail-reply.eml', open, { role: 'requester', address: open.requester });

    const first = await deliverMail(desk, raw);
    const second = await deliverMail(desk, raw);

    expect(first.result.outcome).toMatchObject({ kind: 'filed' });
    expect(second.result.outcome).toEqual({ kind: 'duplicate' });
    await waitForCaseEmail(ANNA.email, open.reference, /De aanvrager heeft gereageerd/);
    const fromRequester = (await thread(open.caseId)).filter((m) => m.direction === 'from_requester');
    expect(fromRequester).toHaveLength(1);
    expect(await outboxTemplates(open.caseId)).toEqual(['acknowledgement', 'requester-reply']);
    const forwarded = (await caseEmailsTo(ANNA.email, open.reference)).filter((email) =>
      /De aanvrager heeft gereageerd/.test(email.subject),
    );
    expect(forwarded).toHaveLength(1);
  });

  it('drops the desk’s own email coming back (a loop)', async () => {
    const open = await openCase();
    const own = `<${await ackSesMessageId(open.caseId)}@email.amazonses.com>`;
    const raw = await reply(
      'gmail-reply.eml',
      open,
      { role: 'requester', address: open.requester },
      {
        messageId: own,
      },
    );

    const answer = await deliverMail(desk, raw);

    expect(answer.result.outcome).toEqual({ kind: 'dropped', reason: 'loop', caseId: open.caseId });
  });

  it('drops staff mail that DMARC did not authenticate', async () => {
    const open = await openCase();
    const raw = await reply('representative-plain-reply.eml', open, {
      role: 'assignee',
      address: ANNA.email,
    });

    const delivery = await deliverLocalMail(
      Buffer.from(raw, 'latin1'),
      {
        s3: localS3Client(desk.endpoints.s3),
        bucketName: desk.services.bucketNames.mail,
        configFile: FIXTURE_CONFIG_FILE,
        loadHandler: handlerLoader(),
      },
      { verdicts: { dmarc: 'FAIL', spam: 'GRAY' } },
    );

    // Spam GRAY is no verdict either way; a DMARC FAIL leaves the From a claim, and staff mail must be authenticated.
    expect((delivery.result as { outcome: unknown }).outcome).toEqual({
      kind: 'dropped',
      reason: 'unauthenticated',
      caseId: open.caseId,
    });
    const dropped = (await audit(open.caseId)).find((event) => event.action === 'mail.dropped');
    expect(dropped?.detail).toMatchObject({ reason: 'unauthenticated', dmarc: 'FAIL' });
  });
});

describe('staff commands', () => {
  it('#extend and #note: extends the deadline with a notice to the requester, keeps the note internal', async () => {
    // Prepare: an access request (a rights request, so it can be extended), verified and routed
    const open = await openCase({ type: 'access' });
    const before = await record(open.caseId);
    const raw = await reply('staff-commands.eml', open, { role: 'assignee', address: ANNA.email });

    // Act
    const answer = await deliverMail(desk, raw);

    // Assess: the deadline, and the byDue index with it
    expect(answer.result.outcome).toMatchObject({ kind: 'filed', direction: 'from_staff' });
    const after = await record(open.caseId);
    expect(after.deadline.extendedMonths).toBe(2);
    expect(after.deadline.originalDueAt).toBe(before.deadline.dueAt);
    expect(after.deadline.dueAt > before.deadline.dueAt).toBe(true);
    const raw2 = await desk.dynamodb.send(
      new GetItemCommand({
        TableName: desk.tableName,
        Key: { pk: { S: `CASE#${open.caseId}` }, sk: { S: 'CASE' } },
      }),
    );
    expect(unmarshall(raw2.Item!).gsi1sk).toBe(`${after.deadline.dueAt}#${open.caseId}`);
    expect(after.status).toBe('assigned');

    // Assess: the note stays inside, the staff text is filed
    const messages = await thread(open.caseId);
    const note = messages.find((message) => message.direction === 'internal');
    expect(note?.content.text).toBe('Billing export requested from the finance team on 19 November');
    const filed = messages.find((message) => message.direction === 'from_staff');
    expect(filed?.content.text).not.toContain('#extend');

    // Assess: the Art. 12(3) notice, with the reason and the staff text, and never the note
    const notice = await waitForCaseEmail(open.requester, open.reference, /need more time/);
    expect(notice.body.text).toContain('Large volume of records across three systems');
    expect(notice.body.text).toContain('2 months');
    expect(notice.body.text).toContain('Your request covers records in three separate systems');
    expect(notice.body.text).not.toContain('Billing export');
    expect(replyToRole(notice, open.requester)?.role).toBe('requester');
    expect(await actions(open.caseId)).toEqual(expect.arrayContaining(['case.extended', 'case.note_added']));
  });

  it('a malformed command changes nothing and goes back to the sender with the errors', async () => {
    const open = await openCase();
    const before = await record(open.caseId);
    const raw = await reply('staff-commands-malformed.eml', open, { role: 'assignee', address: ANNA.email });

    const answer = await deliverMail(desk, raw);

    expect(answer.result.outcome).toEqual({ kind: 'rejected', caseId: open.caseId, errors: 2 });
    const error = await waitForCaseEmail(ANNA.email, open.reference, /Uw antwoord is niet verwerkt/);
    // Anna reads Dutch first: the lines are hers too.
    expect(error.body.text).toContain('Regel 1, #extend: Een verlenging is 1 of 2 maanden.');
    expect(error.body.text).toContain(
      'Regel 2, #frobnicate: Onbekende opdracht. De opdrachten staan hieronder.',
    );
    expect(replyToRole(error, ANNA.email)?.role).toBe('assignee');
    expect(await record(open.caseId)).toEqual(before);
    // The thread holds the acknowledgement and the error email, and nothing of the rejected reply.
    await eventually(async () => ((await thread(open.caseId)).length === 2 ? true : undefined));
    expect(
      (await thread(open.caseId)).map((message) => message.template ?? message.direction).sort(),
    ).toEqual(['acknowledgement', 'command-error']);
    expect(await outboxTemplates(open.caseId)).toEqual(['acknowledgement', 'command-error']);
    expect(await actions(open.caseId)).toContain('mail.command_rejected');
  });

  it('#extend on a question is refused by the deadline rules and mailed back', async () => {
    const open = await openCase();
    const raw = withBody(
      await reply('representative-plain-reply.eml', open, { role: 'assignee', address: ANNA.email }),
      '#extend 1 Many systems to search\n\nDear Ms de Vries,\n\nWe need more time.',
    );

    const answer = await deliverMail(desk, raw);

    expect(answer.result.outcome).toMatchObject({ kind: 'rejected' });
    const error = await waitForCaseEmail(ANNA.email, open.reference, /Uw antwoord is niet verwerkt/);
    expect(error.body.text).toContain(
      'Regel 1, #extend: De termijn van dit soort verzoek kan niet worden verlengd.',
    );
    expect((await record(open.caseId)).deadline.extendedMonths).toBe(0);
  });

  it('#close: closes the case, takes it out of the due index and the representative’s load, and tells the requester', async () => {
    // Prepare: Anna carries one open case
    const open = await openCase();
    await desk.dynamodb.send(
      new PutItemCommand({
        TableName: desk.tableName,
        Item: { pk: { S: `MEMBER#${ANNA.id}` }, sk: { S: 'LOAD' }, openCases: { N: '1' } },
      }),
    );
    const raw = await reply('forged-sender.eml', open, { role: 'assignee', address: ANNA.email });

    // Act: the same words as the forged sender's, now from Anna herself (her domain passes DMARC)
    const answer = await deliverMail(desk, raw, [], { dmarc: 'PASS' });

    // Assess
    expect(answer.result.outcome).toMatchObject({ kind: 'filed', direction: 'from_staff' });
    const after = await record(open.caseId);
    expect(after).toMatchObject({ status: 'closed', outcome: 'fulfilled' });
    expect(after.closedAt).toBeDefined();
    const item = await desk.dynamodb.send(
      new GetItemCommand({
        TableName: desk.tableName,
        Key: { pk: { S: `CASE#${open.caseId}` }, sk: { S: 'CASE' } },
      }),
    );
    expect(item.Item?.gsi1pk).toBeUndefined();
    expect(item.Item?.gsi1sk).toBeUndefined();
    // Waiting for its purge, until the end of the day 12 calendar months (closedCaseMonths) on.
    const zone = after.deadline.timeZone;
    const purgeAt = endOfLocalDay(addMonthsClamped(localDateOf(new Date(after.closedAt!), zone), 12), zone);
    expect(item.Item?.gsi2pk?.S).toMatch(/^PENDING#purge#\d+$/);
    expect(item.Item?.gsi2sk?.S).toBe(`${purgeAt.toISOString()}#${open.caseId}`);
    const load = await desk.dynamodb.send(
      new GetItemCommand({
        TableName: desk.tableName,
        Key: { pk: { S: `MEMBER#${ANNA.id}` }, sk: { S: 'LOAD' } },
      }),
    );
    expect(load.Item?.openCases).toEqual({ N: '0' });
    const notice = await waitForCaseEmail(open.requester, open.reference, /has been closed/);
    expect(notice.body.text).toContain('your request has been carried out');
    expect(notice.body.text).toContain('All done, the requester has received everything.');
    expect(await actions(open.caseId)).toEqual(
      expect.arrayContaining(['case.closed', 'case.status_changed']),
    );
  });

  it('#refuse: closes as refused with the Art. 12(4) notice in the requester’s language', async () => {
    const open = await openCase({ language: 'nl' });
    const raw = withBody(
      await reply('representative-plain-reply.eml', open, { role: 'assignee', address: ANNA.email }),
      '#refuse Het verzoek is kennelijk ongegrond: het betreft geen persoonsgegevens.',
    );

    await deliverMail(desk, raw);

    expect(await record(open.caseId)).toMatchObject({ status: 'closed', outcome: 'refused' });
    const notice = await waitForCaseEmail(open.requester, open.reference, /Ons besluit/);
    expect(notice.body.text).toContain('kennelijk ongegrond');
    expect(notice.body.text).toContain('toezichthoudende autoriteit');
    expect(notice.body.text).toContain('Autoriteit Persoonsgegevens');
    expect(notice.body.text).toContain('verzoekschrift in te dienen bij de rechtbank');
    expect(await actions(open.caseId)).toEqual(expect.arrayContaining(['case.refused', 'case.closed']));
  });

  it('#assign: moves the case and the load to another member, who gets the case with a reply address', async () => {
    // Prepare
    const open = await openCase();
    for (const [member, count] of [
      [ANNA.id, '3'],
      [PIETER.id, '1'],
    ] as const) {
      await desk.dynamodb.send(
        new PutItemCommand({
          TableName: desk.tableName,
          Item: { pk: { S: `MEMBER#${member}` }, sk: { S: 'LOAD' }, openCases: { N: count } },
        }),
      );
    }
    const raw = withBody(
      await reply('representative-plain-reply.eml', open, { role: 'assignee', address: ANNA.email }),
      `#assign ${PIETER.email}\n#note Pieter knows the webshop`,
    );

    // Act
    const answer = await deliverMail(desk, raw);

    // Assess
    expect(answer.result.outcome).toMatchObject({ kind: 'filed' });
    expect((await record(open.caseId)).assigneeId).toBe(PIETER.id);
    const loads = await Promise.all(
      [ANNA.id, PIETER.id].map(async (member) => {
        const item = await desk.dynamodb.send(
          new GetItemCommand({
            TableName: desk.tableName,
            Key: { pk: { S: `MEMBER#${member}` }, sk: { S: 'LOAD' } },
          }),
        );
        return item.Item?.openCases?.N;
      }),
    );
    expect(loads).toEqual(['2', '2']);
    const assigned = await waitForCaseEmail(PIETER.email, open.reference, /Zaak aan u toegewezen/);
    expect(assigned.body.text).toContain('Anna de Vries heeft zaak');
    expect(assigned.body.text).toContain('Which of my data do you keep');
    expect(replyToRole(assigned, PIETER.email)).toEqual({ caseId: open.caseId, role: 'assignee' });
    // Only commands, no text: nothing goes to the requester.
    expect(await outboxTemplates(open.caseId)).toEqual(['acknowledgement', 'case-reassigned']);

    // The previous representative's case address no longer lets her write.
    const late = await deliverMail(
      desk,
      await reply('outlook-reply.eml', open, { role: 'assignee', address: ANNA.email }),
    );
    expect(late.result.outcome).toEqual({ kind: 'dropped', reason: 'not_participant', caseId: open.caseId });
  });

  it('#assign by the manager before the router got to the case: assigned, and no longer waiting for routing', async () => {
    // Prepare: put the case back where intake leaves it, unrouted and in the routing step's index
    const open = await openCase();
    await desk.dynamodb.send(
      new UpdateItemCommand({
        TableName: desk.tableName,
        Key: { pk: { S: `CASE#${open.caseId}` }, sk: { S: 'CASE' } },
        UpdateExpression: 'SET #status = :received, gsi2pk = :pk, gsi2sk = :sk REMOVE assigneeId',
        ExpressionAttributeNames: { '#status': 'status' },
        ExpressionAttributeValues: {
          ':received': { S: 'received' },
          ':pk': { S: 'PENDING#route#0' },
          ':sk': { S: `2026-01-01T00:00:00.000Z#${open.caseId}` },
        },
      }),
    );
    const raw = withBody(
      await reply('outlook-reply.eml', open, { role: 'manager', address: MANAGER }),
      `#assign ${PIETER.email}`,
    );

    // Act
    const answer = await deliverMail(desk, raw);

    // Assess
    expect(answer.result.outcome).toMatchObject({ kind: 'filed' });
    const item = await desk.dynamodb.send(
      new GetItemCommand({
        TableName: desk.tableName,
        Key: { pk: { S: `CASE#${open.caseId}` }, sk: { S: 'CASE' } },
      }),
    );
    const stored = unmarshall(item.Item!);
    expect(stored).toMatchObject({ status: 'assigned', assigneeId: PIETER.id });
    expect(stored.gsi2pk).toBeUndefined();
    expect(stored.gsi1pk).toBeDefined();
    expect((await audit(open.caseId)).find((event) => event.action === 'case.reassigned')).toMatchObject({
      actor: 'manager:nl-privacy',
      detail: { from: 'none', to: PIETER.id },
    });
  });

  it('the team manager may answer and the DPO may add a note on their own case addresses', async () => {
    const open = await openCase();
    const fromManager = await reply('outlook-dutch-reply.eml', open, { role: 'manager', address: MANAGER });
    const fromDpo = withBody(
      await reply('outlook-reply.eml', open, { role: 'dpo', address: DPO }),
      '#note Checked with legal.',
    );

    const managerAnswer = await deliverMail(desk, fromManager);
    const dpoAnswer = await deliverMail(desk, fromDpo);

    expect(managerAnswer.result.outcome).toMatchObject({ kind: 'filed', direction: 'from_staff' });
    expect(dpoAnswer.result.outcome).toMatchObject({
      kind: 'filed',
      direction: 'from_staff',
      notifications: 0,
    });
    const messages = await thread(open.caseId);
    expect(messages.find((message) => message.direction === 'from_staff')?.participant).toBe(
      'manager:nl-privacy',
    );
    expect(messages.find((message) => message.direction === 'internal')).toMatchObject({
      participant: 'dpo',
    });
    const events = await audit(open.caseId);
    expect(events.find((event) => event.action === 'case.note_added')?.actor).toBe('dpo');
  });
});

describe('npm run mail:deliver', () => {
  it('hands a message file to the running desk, which files it', async () => {
    const open = await openCase();
    const folder = mkdtempSync(path.join(tmpdir(), 'desk-mail-'));
    const file = path.join(folder, 'reply.eml');
    writeFileSync(
      file,
      await reply('gmail-dutch-reply.eml', open, { role: 'requester', address: open.requester }),
      'latin1',
    );

    const { stdout } = await promisify(execFile)(
      process.execPath,
      ['--import', 'tsx', path.join(repositoryRoot, 'local', 'deliver-mail.ts'), file],
      {
        env: {
          ...process.env,
          DESK_GATEWAY_PORT: String(desk.services.gateway.port),
          DESK_CONFIG_FILE: FIXTURE_CONFIG_FILE,
        },
      },
    );

    expect(JSON.parse(stdout).result.outcome).toMatchObject({ kind: 'filed', caseId: open.caseId });
  });

  it('takes verdicts as flags: --dmarc gray files a requester’s reply as unauthenticated', async () => {
    const open = await openCase();
    const folder = mkdtempSync(path.join(tmpdir(), 'desk-mail-'));
    const file = path.join(folder, 'reply.eml');
    writeFileSync(
      file,
      await reply('gmail-reply.eml', open, { role: 'requester', address: open.requester }),
      'latin1',
    );

    const { stdout } = await promisify(execFile)(
      process.execPath,
      [
        '--import',
        'tsx',
        path.join(repositoryRoot, 'local', 'deliver-mail.ts'),
        file,
        '--spf',
        'fail',
        '--dmarc',
        'gray',
      ],
      {
        env: {
          ...process.env,
          DESK_GATEWAY_PORT: String(desk.services.gateway.port),
          DESK_CONFIG_FILE: FIXTURE_CONFIG_FILE,
        },
      },
    );

    expect(JSON.parse(stdout).result.outcome).toMatchObject({ kind: 'filed', caseId: open.caseId });
    const filed = (await thread(open.caseId)).find((message) => message.direction === 'from_requester');
    expect(filed?.unauthenticated).toBe(true);
  });
});

describe('whom the desk believes', () => {
  /** The drop alert the assignee (or the manager) gets: ids and the reason, never the dropped text. */
  const ALERT_SUBJECT = /Een e-mail voor deze zaak is niet aanvaard/;

  it('accepts what DMARC authenticates, whatever SPF says (a forwarded or relayed reply)', async () => {
    const open = await openCase();
    const raw = await reply('gmail-reply.eml', open, { role: 'requester', address: open.requester });

    const answer = await deliverMail(desk, raw, [], { spf: 'FAIL', dkim: 'PASS', dmarc: 'PASS' });

    expect(answer.result.outcome).toMatchObject({ kind: 'filed', direction: 'from_requester' });
    const filed = (await thread(open.caseId)).find((message) => message.direction === 'from_requester');
    expect(filed?.unauthenticated).toBeUndefined();
  });

  it('files a requester’s reply from a domain without DMARC as unauthenticated text, and warns the representative', async () => {
    // Prepare: the requester's provider publishes no DMARC policy (the fixture's SES header says dmarc=none)
    const open = await openCase();
    const raw = await reply('no-dmarc-reply.eml', open, { role: 'requester', address: open.requester });

    // Act
    const answer = await deliverMail(desk, raw);

    // Assess: filed, marked in the thread
    expect(answer.result.outcome).toMatchObject({ kind: 'filed', direction: 'from_requester' });
    const filed = (await thread(open.caseId)).find((message) => message.direction === 'from_requester');
    expect(filed).toMatchObject({ participant: 'requester', unauthenticated: true });
    expect(filed?.content.text).toContain('Yes, please send the copy of my data to this address.');
    const filedEvent = (await audit(open.caseId)).find((event) => event.action === 'mail.filed');
    expect(filedEvent?.detail).toMatchObject({ authenticated: false, dmarc: 'GRAY' });

    // Assess: forwarded with a visible warning, in the subject and on top of the text
    const forwarded = await waitForCaseEmail(ANNA.email, open.reference, /De aanvrager heeft gereageerd/);
    expect(forwarded.subject).toMatch(/afzender niet geverifieerd/);
    expect(forwarded.body.text!.indexOf('WAARSCHUWING')).toBeGreaterThanOrEqual(0);
    expect(forwarded.body.text!.indexOf('WAARSCHUWING')).toBeLessThan(
      forwarded.body.text!.indexOf('Yes, please send the copy'),
    );
  });

  it('never runs anything from an unauthenticated reply: the same mail with a staff token is dropped and alerted', async () => {
    const open = await openCase();
    const raw = withBody(
      await reply('no-dmarc-reply.eml', open, { role: 'assignee', address: ANNA.email }),
      '#close fulfilled\n\nDone.',
    );

    const answer = await deliverMail(desk, raw);

    expect(answer.result.outcome).toEqual({
      kind: 'dropped',
      reason: 'unauthenticated',
      caseId: open.caseId,
    });
    expect((await record(open.caseId)).status).toBe('assigned');
    await waitForCaseEmail(ANNA.email, open.reference, ALERT_SUBJECT);
  });

  it('drops an unauthenticated reply without a requester token, and alerts the assignee without its content', async () => {
    // Prepare: the same reply, found only by its In-Reply-To (no case address)
    const open = await openCase();
    const raw = rewriteMail(mailFixture('no-dmarc-reply.eml'), {
      caseAddress: `privacy@${INBOUND_DOMAIN}`,
      from: open.requester,
      inReplyTo: `<${await ackSesMessageId(open.caseId)}@email.amazonses.com>`,
    });

    // Act
    const answer = await deliverMail(desk, raw);

    // Assess: dropped, audited
    expect(answer.result.outcome).toEqual({
      kind: 'dropped',
      reason: 'unauthenticated',
      caseId: open.caseId,
    });
    expect((await thread(open.caseId)).map((message) => message.direction)).not.toContain('from_requester');
    const dropped = (await audit(open.caseId)).find((event) => event.action === 'mail.dropped');
    expect(dropped?.detail).toMatchObject({
      reason: 'unauthenticated',
      dmarc: 'GRAY',
      identifiedBy: 'thread',
      alerted: 'assignee',
      sesMessageId: answer.sesMessageId,
    });

    // Assess: the assignee is told, with ids and the reason only
    const alert = await waitForCaseEmail(ANNA.email, open.reference, ALERT_SUBJECT);
    expect(alert.body.text).toContain(answer.sesMessageId);
    expect(alert.body.text).not.toContain('send the copy of my data');
    expect(alert.body.text).not.toContain(open.requester);
    expect(alert.replyTo).toEqual([]);
    expect(await sentEmailsTo(desk, open.requester)).toHaveLength(1);
  });

  it('alerts a case once an hour however many forged emails arrive, and audits every one', async () => {
    const open = await openCase();
    const forged = () =>
      rewriteMail(mailFixture('iphone-reply.eml'), {
        caseAddress: `privacy@${INBOUND_DOMAIN}`,
        from: 'someone.else@example.com',
        reference: open.reference,
        inReplyTo: '<unknown-id@mail.example.test>',
      });

    const answers = [];
    for (let i = 0; i < 3; i++) answers.push(await deliverMail(desk, forged()));

    expect(answers.map((answer) => answer.result.outcome.reason)).toEqual([
      'unknown_sender',
      'unknown_sender',
      'unknown_sender',
    ]);
    const drops = (await audit(open.caseId)).filter((event) => event.action === 'mail.dropped');
    expect(drops.map((event) => event.detail?.alerted).sort()).toEqual([
      'assignee',
      'throttled',
      'throttled',
    ]);
    expect(await outboxTemplates(open.caseId)).toEqual(['acknowledgement', 'mail-dropped']);
  });

  it('alerts the team manager when the case has nobody assigned', async () => {
    const open = await openCase();
    await desk.dynamodb.send(
      new UpdateItemCommand({
        TableName: desk.tableName,
        Key: { pk: { S: `CASE#${open.caseId}` }, sk: { S: 'CASE' } },
        UpdateExpression: 'REMOVE assigneeId',
      }),
    );
    const raw = rewriteMail(mailFixture('iphone-reply.eml'), {
      caseAddress: `privacy@${INBOUND_DOMAIN}`,
      from: 'someone.else@example.com',
      reference: open.reference,
      inReplyTo: '<unknown-id@mail.example.test>',
    });

    const answer = await deliverMail(desk, raw);

    expect(answer.result.outcome).toEqual({ kind: 'dropped', reason: 'unknown_sender', caseId: open.caseId });
    // The manager has no language set: English.
    await waitForCaseEmail(MANAGER, open.reference, /An email to this case was not accepted/);
  });

  it('still drops spam, even from the requester on her own case address', async () => {
    const open = await openCase();
    const raw = await reply('gmail-reply.eml', open, { role: 'requester', address: open.requester });

    const answer = await deliverMail(desk, raw, [], { spam: 'FAIL' });

    expect(answer.result.outcome).toEqual({ kind: 'dropped', reason: 'verdict_failed', caseId: open.caseId });
    const dropped = (await audit(open.caseId)).find((event) => event.action === 'mail.dropped');
    expect(dropped?.detail).toMatchObject({ reason: 'verdict_failed', verdicts: 'spam' });
    expect(await outboxTemplates(open.caseId)).toEqual(['acknowledgement', 'mail-dropped']);
    await waitForCaseEmail(ANNA.email, open.reference, ALERT_SUBJECT);
  });

  it('a staff #close found only by the subject reference files the text, closes nothing, and says why', async () => {
    // Prepare: Anna writes to the desk's general address with the reference in the subject
    const open = await openCase();
    const raw = withBody(
      rewriteMail(mailFixture('representative-plain-reply.eml'), {
        caseAddress: `privacy@${INBOUND_DOMAIN}`,
        from: ANNA.email,
        reference: open.reference,
        inReplyTo: '<unknown-id@mail.example.test>',
      }),
      '#close fulfilled\n\nAll done, the requester has received everything.',
    );

    // Act
    const answer = await deliverMail(desk, raw);

    // Assess: the case is as it was; the text is in the thread, not sent to the requester
    expect(answer.result.outcome).toMatchObject({ kind: 'filed', direction: 'from_staff' });
    const after = await record(open.caseId);
    expect(after.status).toBe('assigned');
    expect(after.outcome).toBeUndefined();
    const filed = (await thread(open.caseId)).find((message) => message.direction === 'from_staff');
    expect(filed?.content.text).toBe('All done, the requester has received everything.');
    expect(await outboxTemplates(open.caseId)).toEqual(['acknowledgement', 'command-error']);
    const error = await waitForCaseEmail(ANNA.email, open.reference, /Uw antwoord is niet verwerkt/);
    expect(error.body.text).toContain(
      'Regel 1, #close: Opdrachten worden alleen uitgevoerd vanuit een antwoord op de eigen e-mail van de desk aan u',
    );
    expect(replyToRole(error, ANNA.email)).toEqual({ caseId: open.caseId, role: 'assignee' });

    // Act again: the same words to her own case address close the case
    const byToken = withBody(
      await reply('representative-plain-reply.eml', open, { role: 'assignee', address: ANNA.email }),
      '#close fulfilled\n\nAll done, the requester has received everything.',
    );
    const second = await deliverMail(desk, byToken);

    expect(second.result.outcome).toMatchObject({ kind: 'filed', direction: 'from_staff' });
    expect(await record(open.caseId)).toMatchObject({ status: 'closed', outcome: 'fulfilled' });
  });

  it.each([
    {
      name: 'two From mailboxes',
      header: 'From: Anna de Vries <anna.devries@example.org>, Mallory <mallory@example.com>',
    },
    {
      name: 'two From fields',
      header: 'From: Anna de Vries <anna.devries@example.org>\r\nFrom: Mallory <mallory@example.com>',
    },
    {
      name: 'a Sender that is not the From',
      header: 'From: Anna de Vries <anna.devries@example.org>\r\nSender: mallory@example.com',
    },
  ])('drops a message with $name as no_sender, and runs none of its commands', async ({ header }) => {
    const open = await openCase();
    const raw = withBody(
      (
        await reply('representative-plain-reply.eml', open, { role: 'assignee', address: ANNA.email })
      ).replace(/^From:.*$/m, header),
      '#close fulfilled\n\nDone.',
    );

    const answer = await deliverMail(desk, raw);

    expect(answer.result.outcome).toEqual({ kind: 'dropped', reason: 'no_sender', caseId: open.caseId });
    expect((await record(open.caseId)).status).toBe('assigned');
    expect(await sentEmailsTo(desk, 'mallory@example.com')).toEqual([]);
  });

  it.each([
    {
      name: '1,500 MIME parts',
      raw: (to: string) =>
        `From: a@example.com\r\nTo: ${to}\r\nSubject: x\r\nMessage-ID: <${randomUUID()}@example.com>\r\n` +
        'MIME-Version: 1.0\r\nContent-Type: multipart/mixed; boundary="b"\r\n\r\n' +
        Array.from({ length: 1_500 }, (_, i) => `--b\r\nContent-Type: text/plain\r\n\r\npart ${i}\r\n`).join(
          '',
        ) +
        '--b--\r\n',
    },
    {
      name: 'a 1.2 MB header',
      raw: (to: string) =>
        `From: a@example.com\r\nTo: ${to}\r\nSubject: x\r\n` +
        Array.from({ length: 12_500 }, (_, i) => `X-Pad-${i}: ${'a'.repeat(90)}`).join('\r\n') +
        '\r\n\r\nHello.\r\n',
    },
  ])(
    'records a message with $name as malformed_mime by its SES id, and returns normally',
    async ({ raw }) => {
      const open = await openCase();
      const to = await caseAddressFor(open.caseId, 'requester', open.requester);

      const answer = await deliverMail(desk, raw(to));

      expect(answer.result).toEqual({
        disposition: 'CONTINUE',
        outcome: { kind: 'dropped', reason: 'malformed_mime' },
      });
      const markerHash = createHash('sha256').update(`<${answer.sesMessageId}@ses-receipt>`).digest('hex');
      const marker = await desk.dynamodb.send(
        new GetItemCommand({
          TableName: desk.tableName,
          Key: { pk: { S: `INBOUND#${markerHash}` }, sk: { S: 'INBOUND' } },
        }),
      );
      expect(unmarshall(marker.Item!)).toMatchObject({
        dropReason: 'malformed_mime',
        sesMessageId: answer.sesMessageId,
      });
      expect(await outboxTemplates(open.caseId)).toEqual(['acknowledgement']);
    },
  );
});
