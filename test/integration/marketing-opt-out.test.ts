import { ReceiveMessageCommand, SendMessageCommand } from '@aws-sdk/client-sqs';
import { beforeAll, describe, expect, it } from 'vitest';
import { documentClient } from '../../adapters/aws-clients.ts';
import { keysFromEnv } from '../../adapters/crypto/keys-from-env.ts';
import { DynamoDbAssignmentStore } from '../../adapters/dynamodb/dynamodb-assignment-store.ts';
import { SqsSuppressionQueue } from '../../adapters/sqs/sqs-suppression-queue.ts';
import { runDesk } from '../../cli/desk.ts';
import { normaliseEmail } from '../../domain/intake/submit-request.ts';
import { parseQueueMessage } from '../../domain/queue-messages/queue-message-body.ts';
import {
  type SuppressionMessage,
  SuppressionMessageSchema,
} from '../../domain/queue-messages/suppression-message.ts';
import { isAddressSuppressed } from '../../domain/routing/suppression.ts';
import {
  DAY,
  outboxDrained,
  runSweep,
  seedCase,
  sentEmails,
  writeTestConfig,
} from '../helpers/escalation.ts';
import { validSubmission } from '../helpers/factories.ts';
import { auditActions, caseIdOf, postRequest, rawCase } from '../helpers/intake.ts';
import { eventually, testDeskForThisFile } from '../helpers/test-desk.ts';
import { waitUntilQuiet } from '../helpers/wait-until-quiet.ts';

/*
 * Marketing opt-outs through the API, on the real emulators: applied without verification, handed to
 * the marketing systems on the suppression queue once per case, and never closed as unverified.
 */
let assignments: DynamoDbAssignmentStore;
/** Every suppression message received so far: a received FIFO message is not seen again. */
const received: SuppressionMessage[] = [];

const desk = testDeskForThisFile({ configFile: writeTestConfig().configFile });

beforeAll(async () => {
  assignments = new DynamoDbAssignmentStore(documentClient(), desk.tableName);
});

async function submit(overrides: Record<string, unknown>) {
  const submission = validSubmission(overrides);
  const response = await postRequest(desk, submission);
  const body = (await response.json()) as Record<string, unknown>;
  return {
    status: response.status,
    body,
    email: submission.email,
    caseId: await caseIdOf(desk, body.reference as string),
  };
}

/** The case item as stored; every case these tests read exists. */
const caseItem = async (caseId: string) => (await rawCase(desk, caseId))!;

/** Reads the suppression queue as a marketing system would (receive, parse, delete not needed). */
async function drainSuppressionQueue(): Promise<SuppressionMessage[]> {
  for (;;) {
    const { Messages } = await desk.sqs.send(
      new ReceiveMessageCommand({
        QueueUrl: desk.services.queueUrls.suppression.url,
        MaxNumberOfMessages: 10,
        WaitTimeSeconds: 0,
        VisibilityTimeout: 600,
      }),
    );
    if (!Messages?.length) return received;
    received.push(
      ...Messages.map((message) => parseQueueMessage(SuppressionMessageSchema, message.Body ?? '')),
    );
  }
}

const messagesOf = async (caseId: string) =>
  (await drainSuppressionQueue()).filter((message) => message.optOutId === caseId);

/** `desk suppression check --email <address>` in process, on this file's desk (its environment is set). */
async function suppressionCheck(address: string) {
  const out: string[] = [];
  const status = await runDesk(['suppression', 'check', '--email', address], {
    stdout: (text) => out.push(text),
    stderr: (text) => out.push(text),
  });
  return { status, output: out.join('') };
}

const isSuppressed = async (address: string) =>
  isAddressSuppressed(address, { store: assignments, hasher: (await keysFromEnv()).hasher });

describe('a marketing opt-out', () => {
  it('is applied at once without verification, reaches the suppression queue once, and outlives the unverified-closing rule', async () => {
    // Prepare
    const start = Date.now();

    // Act 1: submitted, and never verified.
    const optOut = await submit({ type: 'marketing_opt_out', relationship: 'marketing_contact' });
    await eventually(async () => ((await caseItem(optOut.caseId)).status === 'closed' ? true : undefined));
    await waitUntilQuiet(desk);

    // Assess 1
    const closed = await caseItem(optOut.caseId);
    expect({
      status: optOut.status,
      verificationRequired: optOut.body.verificationRequired,
      answeredStatus: optOut.body.status,
      caseStatus: closed.status,
      outcome: closed.outcome,
      verifiedAt: closed.verifiedAt,
      suppressed: await isSuppressed(optOut.email),
      messages: await messagesOf(optOut.caseId),
    }).toEqual({
      status: 201,
      verificationRequired: false,
      answeredStatus: 'received',
      caseStatus: 'closed',
      outcome: 'fulfilled',
      verifiedAt: undefined,
      suppressed: true,
      messages: [
        {
          optOutId: optOut.caseId,
          email: optOut.email,
          scopes: ['marketing_email', 'profiling'],
          optedOutAt: closed.receivedAt,
        },
      ],
    });

    expect([
      await suppressionCheck(optOut.email.toUpperCase()),
      await suppressionCheck('nobody@example.com'),
    ]).toEqual([
      {
        status: 0,
        output: `${optOut.email.toUpperCase()}: suppressed since ${closed.closedAt} for marketing_email, profiling\n`,
      },
      { status: 0, output: "nobody@example.com: not suppressed (no marketing opt-out on the desk's list)\n" },
    ]);

    // Act 2: a redelivered route message, then sweeps past the reminder and the closing periods.
    await desk.sqs.send(
      new SendMessageCommand({
        QueueUrl: desk.services.queueUrls.route.url,
        MessageBody: JSON.stringify({ caseId: optOut.caseId }),
      }),
    );
    await waitUntilQuiet(desk);
    const reminding = await runSweep(new Date(start + 3 * DAY + 60_000));
    const closing = await runSweep(new Date(start + 14 * DAY + 60_000));
    await outboxDrained(desk);

    // Assess 2
    expect({
      reminded: reminding.verificationReminders,
      closedUnverified: closing.closedUnverified,
      outcome: (await caseItem(optOut.caseId)).outcome,
      suppressed: await isSuppressed(optOut.email),
      messages: (await messagesOf(optOut.caseId)).length,
      subjects: (await sentEmails(desk, optOut.email)).map((email) =>
        email.subject.replace(/^\[[^\]]+\] /, ''),
      ),
    }).toEqual({
      reminded: [],
      closedUnverified: [],
      outcome: 'fulfilled',
      suppressed: true,
      messages: 1,
      subjects: [
        'We have received your request to stop marketing',
        'Your marketing opt-out has been recorded',
      ],
    });
  });

  it('stored before opt-outs skipped verification, and never verified: the sweep applies it instead of closing it', async () => {
    // Prepare: an opt-out as the older desk stored it, waiting for verification for 14 days.
    const receivedAt = new Date(Date.now() - 14 * DAY - 60_000).toISOString();
    const email = `legacy.${Date.now()}@example.com`;
    const emailHash = (await keysFromEnv()).hasher.hash('email', normaliseEmail(email));
    const record = await seedCase(
      desk,
      {
        type: 'marketing_opt_out',
        status: 'awaiting_verification',
        teamId: 'marketing',
        receivedAt,
        emailHash,
      },
      { name: 'Lena Opt', email, message: 'No more newsletters, please.' },
    );

    // Act
    const report = await runSweep(new Date());
    await eventually(async () => ((await caseItem(record.caseId)).status === 'closed' ? true : undefined));
    await waitUntilQuiet(desk);

    // Assess
    const closed = await caseItem(record.caseId);
    expect({
      started: report.startedWithoutVerification,
      closedUnverified: report.closedUnverified,
      outcome: closed.outcome,
      suppressed: await isSuppressed(email),
      messages: (await messagesOf(record.caseId)).map((message) => message.email),
      audit: (await auditActions(desk, record.caseId)).filter((action) => action !== 'case.received'),
    }).toEqual({
      started: [record.reference],
      closedUnverified: [],
      outcome: 'fulfilled',
      suppressed: true,
      messages: [email],
      audit: expect.arrayContaining([
        'case.started_without_verification',
        'marketing.suppressed',
        'case.closed',
      ]),
    });
    expect(await auditActions(desk, record.caseId)).not.toContain('case.verification_reminded');
  });
});

describe('the suppression queue', () => {
  it('drops a second copy of the same opt-out (deduplicated per case)', async () => {
    // Prepare
    const queue = new SqsSuppressionQueue(desk.sqs, desk.services.queueUrls.suppression.url);
    const message: SuppressionMessage = {
      optOutId: '5d0c6a4e-1111-4000-8000-000000000001',
      email: 'twice@example.com',
      scopes: ['marketing_email', 'profiling'],
      optedOutAt: '2026-11-30T12:00:00.000Z',
    };

    // Act
    await queue.publish(message);
    await queue.publish(message);

    // Assess
    expect(await messagesOf(message.optOutId)).toEqual([message]);
  });

  it('refuses a message the consumers could not use, before sending it', async () => {
    const queue = new SqsSuppressionQueue(desk.sqs, desk.services.queueUrls.suppression.url);

    await expect(
      queue.publish({
        optOutId: '5d0c6a4e-1111-4000-8000-000000000002',
        email: 'not an address',
        scopes: [],
        optedOutAt: 'yesterday',
      }),
    ).rejects.toThrow(/email|scopes|optedOutAt/);
    expect(await messagesOf('5d0c6a4e-1111-4000-8000-000000000002')).toEqual([]);
  });
});
