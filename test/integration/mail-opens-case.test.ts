import { GetItemCommand, UpdateItemCommand } from '@aws-sdk/client-dynamodb';
import { GetObjectCommand } from '@aws-sdk/client-s3';
import { ReceiveMessageCommand } from '@aws-sdk/client-sqs';
import { marshall } from '@aws-sdk/util-dynamodb';
import { beforeAll, describe, expect, it } from 'vitest';
import { documentClient } from '../../adapters/aws-clients.ts';
import { keysFromEnv } from '../../adapters/crypto/keys-from-env.ts';
import { DynamoDbCaseStore } from '../../adapters/dynamodb/dynamodb-case-store.ts';
import type { CaseContent, CaseRecord, ThreadMessageContent } from '../../domain/case-model.ts';
import { type ContentCipher, openJson } from '../../domain/content-cipher.ts';
import { parseQueueMessage } from '../../domain/queue-messages/queue-message-body.ts';
import { SuppressionMessageSchema } from '../../domain/queue-messages/suppression-message.ts';
import { localS3Client } from '../../local/desk-runtime.ts';
import { validSubmission } from '../helpers/factories.ts';
import { ANNA } from '../helpers/fixture-config.ts';
import { openAssignedCase, routed, submitRequest } from '../helpers/intake.ts';
import { deliverMail, mailFixture, rewriteMail, staffReplyMail } from '../helpers/mail.ts';
import { type SentEmail, sentEmailsTo } from '../helpers/ses-store.ts';
import { eventually, testDeskForThisFile } from '../helpers/test-desk.ts';

/*
 * Mail that does not come through the form, end to end through the local mail drop: an email to the
 * desk's own address that names no case becomes a case (question, channel email) with an
 * acknowledgement; and `#type` from the representative moves the deadline and tells the requester.
 */

let store: DynamoDbCaseStore;
let cipher: ContentCipher;

const desk = testDeskForThisFile();

beforeAll(async () => {
  store = new DynamoDbCaseStore(documentClient(), desk.tableName);
  cipher = (await keysFromEnv()).cipher;
});

const uniqueSender = () => `jan.${Math.random().toString(36).slice(2, 10)}@example.com`;

async function emailsTo(address: string, count: number, match?: RegExp): Promise<SentEmail[]> {
  return eventually(async () => {
    const emails = (await sentEmailsTo(desk, address)).filter((email) => !match || match.test(email.subject));
    return emails.length >= count ? emails : undefined;
  });
}

describe('an email to the desk that names no case', () => {
  it('becomes a question on channel email, routed, its text sealed, and the sender acknowledged in Dutch', async () => {
    // Prepare
    const sender = uniqueSender();
    const raw = rewriteMail(mailFixture('new-request.eml'), { from: sender });

    // Act
    const answer = await deliverMail(desk, raw);

    // Assess: a case, not a drop
    expect(answer.result.outcome.kind).toBe('opened');
    const caseId = answer.result.outcome.caseId!;
    const opened = await eventually(async () => {
      const record = await store.getCase(caseId);
      return record?.status === 'assigned' ? record : undefined;
    });
    expect(opened).toMatchObject({
      type: 'question',
      channel: 'email',
      language: 'nl',
      relationship: 'other',
      country: 'NL',
      teamId: 'nl-privacy',
    } satisfies Partial<CaseRecord>);
    const content = await openJson<CaseContent>(cipher, caseId, 'case-content', opened.content);
    expect(content).toEqual({
      name: 'Jan Dekker',
      email: sender,
      message:
        'Welke gegevens hebben jullie van mij?\n\nGoedemorgen,\n\nIk wil graag weten welke persoonsgegevens jullie van mij verwerken en\nwaarvoor. Mijn klantnummer is 448812.\n\nMet vriendelijke groet,\nJan Dekker',
    });
    const [ack] = await emailsTo(sender, 1);
    expect(ack?.subject).toBe(`[${opened.reference}] Wij hebben uw vraag ontvangen`);
    expect(ack?.body.text).toContain('Beste Jan Dekker,');
    const actions = (await store.listAuditEvents(caseId)).map((event) => event.action);
    expect(actions).toEqual(expect.arrayContaining(['case.received', 'mail.opened_case', 'case.routed']));
  });

  it('keeps its attachment encrypted, with the email as the case’s first thread message', async () => {
    const sender = uniqueSender();
    const raw = rewriteMail(mailFixture('new-request-with-attachment.eml'), { from: sender });

    const answer = await deliverMail(desk, raw);

    expect(answer.result.outcome.kind).toBe('opened');
    const caseId = answer.result.outcome.caseId!;
    // The acknowledgement and the assignment email may already be on the thread, after the email.
    const thread = await store.listThread(caseId);
    const first = thread[0];
    expect(thread.filter((message) => message.direction === 'from_requester')).toHaveLength(1);
    expect(first).toMatchObject({ direction: 'from_requester', participant: 'requester' });
    const filed = await openJson<ThreadMessageContent>(cipher, caseId, 'thread-message', first!.sealed);
    expect(filed.subject).toBe('Inzageverzoek, kopie van mijn brief bijgevoegd');
    expect(filed.text).toContain('Mijn brief van\nvandaag zit als bijlage');
    expect(filed.attachments).toEqual([
      {
        filename: 'inzageverzoek-brief.pdf',
        contentType: 'application/pdf',
        size: 142,
        key: expect.stringMatching(new RegExp(`^attachments/${caseId}/[0-9a-f]{32}/0$`)),
      },
    ]);
    const s3 = localS3Client(desk.endpoints.s3);
    const object = await s3.send(
      new GetObjectCommand({ Bucket: desk.services.bucketNames.mail, Key: filed.attachments![0]!.key! }),
    );
    const stored = Buffer.from(await object.Body!.transformToByteArray());
    s3.destroy();
    expect(stored.includes(Buffer.from('%PDF'))).toBe(false);
    const file = await cipher.decrypt(stored, { caseId, purpose: 'attachment' });
    expect(Buffer.from(file).subarray(0, 5).toString()).toBe('%PDF-');
    const opening = (await store.listAuditEvents(caseId)).find(
      (event) => event.action === 'mail.opened_case',
    );
    expect(opening?.detail).toMatchObject({ attachments: 1 });
    await emailsTo(sender, 1);
  });

  it('delivered twice (same Message-ID) is one case and one acknowledgement', async () => {
    const sender = uniqueSender();
    const raw = rewriteMail(mailFixture('new-request.eml'), { from: sender });
    const first = await deliverMail(desk, raw);

    const second = await deliverMail(desk, raw);

    expect(first.result.outcome.kind).toBe('opened');
    expect(second.result.outcome).toEqual({ kind: 'duplicate' });
    await emailsTo(sender, 1);
    await eventually(async () =>
      (await store.getCase(first.result.outcome.caseId!))?.status === 'assigned' ? true : undefined,
    );
    expect(await sentEmailsTo(desk, sender)).toHaveLength(1);
  });

  it.each([
    { name: 'from staff', from: ANNA.email, verdicts: {}, reason: 'no_case' },
    {
      name: 'that DMARC did not authenticate',
      from: undefined,
      verdicts: { dmarc: 'FAIL' },
      reason: 'no_case',
    },
    { name: 'that is spam', from: undefined, verdicts: { spam: 'FAIL' }, reason: 'verdict_failed' },
  ] as const)('is dropped when $name', async ({ from, verdicts, reason }) => {
    const sender = from ?? uniqueSender();
    const raw = rewriteMail(mailFixture('new-request.eml'), { from: sender });

    const answer = await deliverMail(desk, raw, [], verdicts);

    expect(answer.result.outcome).toEqual({ kind: 'dropped', reason });
  });
});

describe('#type from the representative', () => {
  it('question → access: one month from the original receipt, the requester told the new date', async () => {
    // Prepare: a question received Tuesday 10 February 2026, due 12 March (30 days), Anna's
    const submission = validSubmission({ type: 'question', language: 'en' });
    const { reference, caseId } = await submitRequest(desk, submission);
    await routed(desk, caseId);
    const record = (await store.getCase(caseId))!;
    await desk.dynamodb.send(
      new UpdateItemCommand({
        TableName: desk.tableName,
        Key: { pk: { S: `CASE#${caseId}` }, sk: { S: 'CASE' } },
        UpdateExpression: 'SET assigneeId = :member, receivedAt = :received, deadline = :deadline',
        ExpressionAttributeValues: marshall({
          ':member': ANNA.id,
          ':received': '2026-02-10T10:00:00.000Z',
          ':deadline': {
            ...record.deadline,
            dueAt: '2026-03-12T22:59:59.999Z',
            dueDate: '2026-03-12',
            targetAt: '2026-03-12T22:59:59.999Z',
            targetDate: '2026-03-12',
            clockStartedAt: '2026-02-10T10:00:00.000Z',
            firstResponseDueAt: '2026-02-17T22:59:59.999Z',
            originalDueAt: '2026-03-12T22:59:59.999Z',
          },
        }),
      }),
    );
    const raw = await staffReplyMail(
      caseId,
      ANNA,
      '#type access\n\nDear Ms de Vries,\n\nWe are handling your question as an access request.',
    );

    // Act
    const answer = await deliverMail(desk, raw);

    // Assess: the type, the deadline and its index, the notice, the audit
    expect(answer.result.outcome).toMatchObject({ kind: 'filed', direction: 'from_staff' });
    const after = (await store.getCase(caseId))!;
    expect(after.type).toBe('access');
    expect(after.deadline).toMatchObject({
      dueAt: '2026-03-10T22:59:59.999Z',
      dueDate: '2026-03-10',
      basis: 'gdpr_month',
      originalDueAt: '2026-03-10T22:59:59.999Z',
    });
    expect(after.deadline.firstResponseDueAt).toBeUndefined();
    const item = await desk.dynamodb.send(
      new GetItemCommand({
        TableName: desk.tableName,
        Key: { pk: { S: `CASE#${caseId}` }, sk: { S: 'CASE' } },
      }),
    );
    expect(item.Item?.gsi1sk?.S).toMatch(/^2026-03-10T22:59:59\.999Z/);
    const [notice] = await emailsTo(submission.email, 1, /New date/);
    expect(notice?.subject).toBe(
      `[${reference}] New date for the answer to your request for access to your data`,
    );
    expect(notice?.body.text).toContain(
      'We will therefore answer by 10 March 2026 at the latest, instead of 12 March 2026',
    );
    expect(notice?.body.text).toContain('We are handling your question as an access request.');
    const typeChanged = (await store.listAuditEvents(caseId)).find(
      (event) => event.action === 'case.type_changed',
    );
    expect(typeChanged).toMatchObject({
      actor: ANNA.id,
      detail: { from: 'question', to: 'access', dueDate: '2026-03-10', previousDueDate: '2026-03-12' },
    });
  });

  it('objection → marketing_opt_out: the address suppressed, the opt-out confirmed, the case closed', async () => {
    // Prepare: a verified objection, routed, Anna's
    const submission = validSubmission({ type: 'objection', language: 'en' });
    const { reference, caseId } = await openAssignedCase(desk, submission, ANNA.id);
    const raw = await staffReplyMail(caseId, ANNA, '#type marketing_opt_out');

    // Act
    const answer = await deliverMail(desk, raw);

    // Assess
    expect(answer.result.outcome).toMatchObject({ kind: 'filed', direction: 'from_staff' });
    const after = (await store.getCase(caseId))!;
    expect(after).toMatchObject({ type: 'marketing_opt_out', status: 'closed', outcome: 'fulfilled' });
    const suppression = await desk.dynamodb.send(
      new GetItemCommand({
        TableName: desk.tableName,
        Key: { pk: { S: `SUPPRESS#${after.emailHash}` }, sk: { S: 'MARKETING' } },
        ConsistentRead: true,
      }),
    );
    expect(suppression.Item?.caseId?.S).toBe(caseId);
    // The marketing systems hear of it as of an opt-out through the form.
    const { Messages } = await desk.sqs.send(
      new ReceiveMessageCommand({
        QueueUrl: desk.services.queueUrls.suppression.url,
        MaxNumberOfMessages: 10,
        VisibilityTimeout: 600,
      }),
    );
    const published = (Messages ?? [])
      .map((message) => parseQueueMessage(SuppressionMessageSchema, message.Body ?? ''))
      .filter((message) => message.optOutId === caseId);
    expect(published).toEqual([
      {
        optOutId: caseId,
        email: submission.email,
        scopes: ['marketing_email', 'profiling'],
        optedOutAt: after.receivedAt,
      },
    ]);
    const [confirmation] = await emailsTo(submission.email, 1, /marketing opt-out has been recorded/);
    expect(confirmation?.subject).toBe(`[${reference}] Your marketing opt-out has been recorded`);
    expect(confirmation?.body.text).toContain('We have passed your opt-out on to our marketing systems.');
    const actions = (await store.listAuditEvents(caseId)).map((event) => event.action);
    expect(actions).toEqual(
      expect.arrayContaining(['case.type_changed', 'marketing.suppressed', 'case.closed']),
    );
  });
});
