import { randomUUID } from 'node:crypto';
import { DeleteMessageCommand, ReceiveMessageCommand, SendMessageBatchCommand } from '@aws-sdk/client-sqs';
import { afterEach, describe, expect, it } from 'vitest';
import type { CaseRecord } from '../../domain/case-model.ts';
import { QUEUES } from '../../lib/desk-resources.ts';
import { caseStore, deadline, markWaitingForAssignment, runSweep, seedCase } from '../helpers/escalation.ts';
import {
  checkDeliveries,
  deadLetters,
  eventually,
  faultWorldWithDeskInProcess,
  queueDepth,
  quiescent,
  reportFigures,
  submissions,
  submit,
} from '../helpers/fault-desk.ts';
import { sentEmails } from '../helpers/ses-store.ts';

/*
 * Faults inside the desk's own pipeline: a message no consumer can ever process, and two sweeps
 * running at once (a slow run overlapping the next schedule, or an operator's `desk escalate`).
 */

const fault = faultWorldWithDeskInProcess({ retryDelaySeconds: 1, visibilityTimeoutSeconds: 5 });

afterEach(async () => {
  await quiescent(fault.world);
});

async function routedTimes(caseId: string): Promise<number> {
  const events = await caseStore(fault.world.names).listAuditEvents(caseId);
  return events.filter((event) => event.action === 'case.routed').length;
}

describe('a poison message on the route queue', () => {
  it('goes to the dead-letter queue after the configured receives; the rest of its batch is routed once', async () => {
    // Prepare: eight cases stored and not yet routed, whose route messages share a batch with two
    // messages the consumer can never process.
    const now = new Date().toISOString();
    const cases = await Promise.all(
      Array.from({ length: 8 }, () => seedCase(fault.world.names, { status: 'received', receivedAt: now })),
    );
    const poison = ['this is not JSON', JSON.stringify({ caseId: 42 })];
    const before = await deadLetters(fault.world);

    // Act
    await fault.world.sqsClient.send(
      new SendMessageBatchCommand({
        QueueUrl: fault.world.queueUrls.route.url,
        Entries: [
          ...cases.map((c, i) => ({ Id: `good-${i}`, MessageBody: JSON.stringify({ caseId: c.caseId }) })),
          ...poison.map((body, i) => ({ Id: `poison-${i}`, MessageBody: body })),
        ],
      }),
    );
    await eventually(
      async () => ((await deadLetters(fault.world)).route - before.route === 2 ? true : undefined),
      60_000,
    );
    await eventually(async () =>
      (await queueDepth(fault.world, fault.world.queueUrls.route.url)) === 0 ? true : undefined,
    );
    const deadLettered = await receiveAll(fault.world.queueUrls.route.deadLetterUrl);

    // Assess
    expect(deadLettered.map((m) => m.body).sort()).toEqual([...poison].sort());
    for (const message of deadLettered)
      expect(message.receiveCount).toBeGreaterThanOrEqual(QUEUES.route.maxReceiveCount);
    expect(await Promise.all(cases.map((c) => routedTimes(c.caseId)))).toEqual(cases.map(() => 1));
    const statuses = await Promise.all(
      cases.map(async (c) => (await caseStore(fault.world.names).getCase(c.caseId))?.status),
    );
    expect(statuses).toEqual(cases.map(() => 'assigned'));
  });
});

/** Takes every message off a queue (the test's own dead letters), with its receive count. */
async function receiveAll(queueUrl: string): Promise<{ body: string; receiveCount: number }[]> {
  const messages: { body: string; receiveCount: number }[] = [];
  for (;;) {
    const { Messages = [] } = await fault.world.sqsClient.send(
      new ReceiveMessageCommand({
        QueueUrl: queueUrl,
        MaxNumberOfMessages: 10,
        MessageSystemAttributeNames: ['ApproximateReceiveCount'],
      }),
    );
    if (Messages.length === 0) return messages;
    for (const message of Messages) {
      messages.push({
        body: message.Body ?? '',
        receiveCount: Number(message.Attributes?.ApproximateReceiveCount ?? 0),
      });
      await fault.world.sqsClient.send(
        new DeleteMessageCommand({ QueueUrl: queueUrl, ReceiptHandle: message.ReceiptHandle }),
      );
    }
  }
}

describe('two sweeps at once', () => {
  it('each escalation step is recorded and sent once', async () => {
    // Prepare: an overdue access request, an overdue breach report, a question nobody could take.
    const access = await seedEscalationCase({
      type: 'access',
      assigneeId: 'anna-devries',
      receivedAt: '2030-03-04T10:00:00.000Z',
      deadline: deadline('2030-03-04T10:00:00.000Z', '2030-04-04T21:59:59.999Z'),
    });
    const breach = await seedEscalationCase({
      type: 'breach_report',
      teamId: 'dpo-office',
      assigneeId: 'jan-dekker',
      receivedAt: '2030-03-30T12:00:00.000Z',
      deadline: { ...deadline('2030-03-30T12:00:00.000Z', '2030-04-02T12:00:00.000Z'), basis: 'hours' },
    });
    const unassigned = await seedEscalationCase({
      type: 'question',
      assigneeId: 'manager:nl-privacy',
      receivedAt: '2030-03-28T20:00:00.000Z',
      deadline: deadline('2030-03-28T20:00:00.000Z', '2030-04-28T21:59:59.999Z'),
    });
    await markWaitingForAssignment(
      { tableName: fault.world.names.tableName, dynamodb: fault.world.dynamodbClient },
      unassigned.caseId,
      '2030-03-28T20:01:00.000Z',
    );
    const references = new Map([
      [access.reference, 'access'],
      [breach.reference, 'breach'],
      [unassigned.reference, 'unassigned'],
    ]);

    // Act: the same instant, and twenty minutes apart (an overrun run and the next schedule).
    const reports = await Promise.all([
      runSweep('2030-04-05T04:00:00Z'),
      runSweep('2030-04-05T04:00:00Z'),
      runSweep('2030-04-05T04:20:00Z'),
    ]);
    await quiescent(fault.world);

    // Assess
    const sent = reports
      .flatMap((report) => report.escalations)
      .filter((step) => references.has(step.reference))
      .map((step) => `${references.get(step.reference)} ${step.key}`)
      .sort();
    expect(sent).toEqual([
      'access dpo:overdue:0',
      'breach breach:overdue:0',
      'unassigned manager:unassigned',
    ]);
    const emails = (await sentEmails(fault.world.endpoints.ses))
      .flatMap((email) =>
        [...references]
          .filter(([reference]) => email.subject.includes(`[${reference}]`))
          .map(
            ([, name]) =>
              `${name} -> ${email.destination.to.join(',').replace(`@${fault.world.domain}`, '')}`,
          ),
      )
      .sort();
    expect(emails).toEqual(['access -> dpo', 'breach -> dpo', 'unassigned -> marieke.jansen']);
  });

  it('both re-drive the same stuck work: each case is still routed once and acknowledged once', async () => {
    // Prepare: submissions while SQS was down, so nothing of them reached a queue.
    const url = fault.desk?.gateway.url ?? '';
    const batch = submissions(fault.world, 5, 'two-sweeps');
    const since = Date.now();
    await fault.world.sqs.suspend();
    const outcomes = await Promise.all(batch.map((submission) => submit(url, submission)));
    await fault.world.sqs.resume();

    // Act
    const at = new Date(Date.now() + 15 * 60_000);
    const reports = await Promise.all([runSweep(at), runSweep(at)]);
    await quiescent(fault.world);

    // Assess
    const requesters = new Map(
      outcomes.flatMap((outcome, i) =>
        outcome.kind === 'answered' && outcome.reference
          ? [[outcome.reference, batch[i]!.email] as const]
          : [],
      ),
    );
    const check = await checkDeliveries(fault.world, requesters, { since });
    reportFigures('two sweeps at once', {
      cases: requesters.size,
      routesRedriven: reports.reduce((sum, report) => sum + report.redriven.length, 0),
      notificationsRedriven: reports.reduce((sum, report) => sum + report.notificationsRedriven, 0),
    });
    expect(requesters.size).toBe(5);
    expect(check.problems).toEqual([]);
  });
});

function seedEscalationCase(overrides: Partial<CaseRecord>): Promise<CaseRecord> {
  return seedCase(fault.world.names, {
    caseId: randomUUID(),
    status: 'assigned',
    teamId: 'nl-privacy',
    assignedAt: overrides.receivedAt,
    ...overrides,
  });
}
