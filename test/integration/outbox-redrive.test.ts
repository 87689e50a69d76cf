import { randomUUID } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { GetItemCommand } from '@aws-sdk/client-dynamodb';
import { GetQueueAttributesCommand } from '@aws-sdk/client-sqs';
import { unmarshall } from '@aws-sdk/util-dynamodb';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { keysFromEnv } from '../../adapters/crypto/keys-from-env.ts';
import type { CaseRecord } from '../../domain/case-model.ts';
import { loadDeskConfig } from '../../domain/config/load-desk-config.ts';
import { sealJson } from '../../domain/content-cipher.ts';
import { deskSettings } from '../../domain/desk-settings.ts';
import type { Notification } from '../../domain/notifications/notification.ts';
import { sweep } from '../../domain/sweep.ts';
import { caseStore, outboxDrained, runSweep, seedCase, writeTestConfig } from '../helpers/escalation.ts';
import { emailsAbout } from '../helpers/ses-store.ts';
import { eventually, startTestDesk, type TestDesk } from '../helpers/test-desk.ts';

/*
 * The outbox re-drive: what the sweep does for work committed to the table whose queue message was
 * never sent (the process died between the commit and the enqueue), and for work that fails for good.
 * Cases are seeded as the step that crashed had committed them; the sweep runs as if at a time past
 * the stuck threshold (ten minutes).
 */
const MAX_REDRIVE_ATTEMPTS = 2;

let desk: TestDesk;
let domain: string;
let configFile: string;

beforeAll(async () => {
  const config = writeTestConfig();
  domain = config.domain;
  configFile = config.configFile;
  const json = JSON.parse(readFileSync(configFile, 'utf8')) as { escalation?: Record<string, unknown> };
  json.escalation = { ...json.escalation, maxRedriveAttempts: MAX_REDRIVE_ATTEMPTS };
  writeFileSync(configFile, JSON.stringify(json));
  desk = await startTestDesk({ configFile });
});

afterAll(async () => {
  await desk?.stop();
});

const minutesFromNow = (minutes: number) => new Date(Date.now() + minutes * 60_000);

/** Messages in a queue, visible or in flight. */
async function depth(queueUrl: string): Promise<number> {
  const { Attributes } = await desk.sqs.send(
    new GetQueueAttributesCommand({
      QueueUrl: queueUrl,
      AttributeNames: ['ApproximateNumberOfMessages', 'ApproximateNumberOfMessagesNotVisible'],
    }),
  );
  return (
    Number(Attributes?.ApproximateNumberOfMessages ?? 0) +
    Number(Attributes?.ApproximateNumberOfMessagesNotVisible ?? 0)
  );
}

/** Waits until the route and notify queues hold nothing, visible or in flight. */
async function queuesIdle(): Promise<void> {
  const { route, notify } = desk.services.queueUrls;
  await eventually(async () =>
    (await depth(route.url)) + (await depth(notify.url)) === 0 ? true : undefined,
  );
}

async function rawItem(pk: string, sk: string) {
  const { Item } = await desk.dynamodb.send(
    new GetItemCommand({ TableName: desk.tableName, Key: { pk: { S: pk }, sk: { S: sk } } }),
  );
  return Item ? unmarshall(Item) : undefined;
}

function requesterContent() {
  return {
    name: 'Roos Herstart',
    email: `roos.${randomUUID().slice(0, 8)}@${domain}`,
    message: 'Please tell me which data you hold about me.',
  };
}

async function acknowledgement(caseId: string, createdAt: string): Promise<Notification> {
  const { cipher } = await keysFromEnv();
  return {
    notificationId: randomUUID(),
    caseId,
    template: 'acknowledgement',
    recipient: { role: 'requester' },
    replyAs: 'requester',
    createdAt,
    sealedParams: await sealJson(cipher, caseId, 'thread-message', { accessToken: randomUUID() }),
  };
}

function caseAssigned(caseId: string, memberId: string, createdAt: string): Notification {
  return {
    notificationId: randomUUID(),
    caseId,
    template: 'case-assigned',
    recipient: { role: 'member', memberId },
    replyAs: 'assignee',
    createdAt,
    params: { teamId: 'nl-privacy', memberId },
  };
}

const received = (): Partial<CaseRecord> => ({
  caseId: randomUUID(),
  type: 'question',
  status: 'received',
  teamId: 'nl-privacy',
  receivedAt: new Date().toISOString(),
});

describe('a crash between the commit and the enqueue', () => {
  it('the sweep sends the committed acknowledgement and case-assigned emails once and leaves no message behind', async () => {
    // Prepare: intake committed a case and its acknowledgement and died before enqueueing either the
    // acknowledgement or the routing; routing committed another case's assignment and died before
    // enqueueing its case-assigned email.
    const now = new Date().toISOString();
    const intakeCrash = received();
    const intakeCase = await seedCase(desk, intakeCrash, requesterContent(), [
      await acknowledgement(intakeCrash.caseId!, now),
    ]);
    const routingCrash: Partial<CaseRecord> = {
      ...received(),
      status: 'assigned',
      assigneeId: 'anna-devries',
      assignedAt: now,
    };
    const routedCase = await seedCase(desk, routingCrash, requesterContent(), [
      caseAssigned(routingCrash.caseId!, 'anna-devries', now),
    ]);

    // Act: the scheduled sweep, past the stuck threshold.
    const report = await runSweep(minutesFromNow(11));

    // Assess: routing and both emails re-driven, sent once each, nothing left in a queue.
    expect(report.redriven).toContain(intakeCase.caseId);
    expect(report.notificationsRedriven).toBe(2);
    expect(report.redrivesGivenUp).toEqual([]);
    await eventually(async () =>
      (await emailsAbout(desk, intakeCase.reference)).length >= 2 ? true : undefined,
    );
    await eventually(async () =>
      (await emailsAbout(desk, routedCase.reference)).length >= 1 ? true : undefined,
    );
    await outboxDrained(desk);
    await queuesIdle();
    const later = await runSweep(minutesFromNow(16));
    expect(later.notificationsRedriven).toBe(0);
    expect(later.redriven).not.toContain(intakeCase.caseId);
    await outboxDrained(desk);
    await queuesIdle();

    const intakeEmails = await emailsAbout(desk, intakeCase.reference);
    expect(intakeEmails.map((email) => email.subject).sort()).toEqual([
      // Anna and Pieter work in Dutch first.
      expect.stringMatching(/^\[PD-[^\]]+\] Nieuwe zaak voor u: /),
      `[${intakeCase.reference}] We have received your question`,
    ]);
    expect(intakeEmails.find((email) => email.subject.includes('received'))?.destination.to).toEqual([
      expect.stringMatching(/^roos\./),
    ]);
    const routedEmails = await emailsAbout(desk, routedCase.reference);
    expect(routedEmails.map((email) => [email.destination.to, email.subject])).toEqual([
      [[`anna.devries@${domain}`], `[${routedCase.reference}] Nieuwe zaak voor u: vraag`],
    ]);
    const { route, notify } = desk.services.queueUrls;
    expect(await depth(notify.deadLetterUrl)).toBe(0);
    expect(await depth(route.deadLetterUrl)).toBe(0);
  }, 60_000);
});

describe('work that fails for good', () => {
  it(`stops re-driving a notification after ${MAX_REDRIVE_ATTEMPTS} attempts, and records and reports giving up`, async () => {
    // Prepare: a case-assigned email for a member who has since left the configuration: the sender
    // fails on it every time. Its queue message was lost before the queue.
    const now = new Date().toISOString();
    const overrides: Partial<CaseRecord> = {
      ...received(),
      status: 'assigned',
      assigneeId: 'former-member',
      assignedAt: now,
    };
    const poison = caseAssigned(overrides.caseId!, 'former-member', now);
    const record = await seedCase(desk, overrides, requesterContent(), [poison]);
    const notify = desk.services.queueUrls.notify;
    const deadLettered = await depth(notify.deadLetterUrl);

    // Act and assess: each re-drive ends in the dead-letter queue after the queue's own retries.
    for (let attempt = 1; attempt <= MAX_REDRIVE_ATTEMPTS; attempt++) {
      const report = await runSweep(minutesFromNow(6 + 5 * attempt));
      expect(report.notificationsRedriven).toBe(1);
      expect(report.redrivesGivenUp).toEqual([]);
      await eventually(
        async () => ((await depth(notify.deadLetterUrl)) === deadLettered + attempt ? true : undefined),
        20_000,
      );
    }
    const givingUp = await runSweep(minutesFromNow(6 + 5 * (MAX_REDRIVE_ATTEMPTS + 1)));
    const afterwards = await runSweep(minutesFromNow(6 + 5 * (MAX_REDRIVE_ATTEMPTS + 2)));

    expect(givingUp.notificationsRedriven).toBe(0);
    expect(givingUp.redrivesGivenUp).toEqual([
      {
        step: 'notify',
        caseId: record.caseId,
        notificationId: poison.notificationId,
        template: 'case-assigned',
        recipient: 'member:former-member',
        attempts: MAX_REDRIVE_ATTEMPTS,
      },
    ]);
    expect(afterwards.notificationsRedriven).toBe(0);
    expect(afterwards.redrivesGivenUp).toEqual([]);
    await outboxDrained(desk);
    await queuesIdle();
    expect(await depth(notify.deadLetterUrl)).toBe(deadLettered + MAX_REDRIVE_ATTEMPTS);
    const audit = await caseStore(desk).listAuditEvents(record.caseId);
    expect(audit.filter((event) => event.action === 'notification.given_up')).toEqual([
      {
        caseId: record.caseId,
        at: givingUp.at,
        action: 'notification.given_up',
        actor: 'system:sweep',
        detail: {
          notificationId: poison.notificationId,
          template: 'case-assigned',
          recipient: 'member:former-member',
          attempts: MAX_REDRIVE_ATTEMPTS,
        },
      },
    ]);
    const outboxItem = await rawItem(`CASE#${record.caseId}`, `NOTIFY#${poison.notificationId}`);
    expect(outboxItem).toMatchObject({ redriveAttempts: MAX_REDRIVE_ATTEMPTS, redriveGaveUpAt: givingUp.at });
    expect(outboxItem?.sentAt).toBeUndefined();
  }, 90_000);

  it(`stops re-driving a case to routing after ${MAX_REDRIVE_ATTEMPTS} attempts and leaves it waiting for a person`, async () => {
    // Prepare: a case whose route message is lost every time (the sweep's route queue drops it).
    const record = await seedCase(desk, received(), requesterContent());
    const { cipher } = await keysFromEnv();
    const settings = deskSettings(loadDeskConfig(configFile), configFile);
    const dropped: string[] = [];
    const sweepAt = (at: Date) =>
      sweep({
        store: caseStore(desk),
        routeQueue: { enqueue: async (caseId) => void dropped.push(caseId), ping: async () => undefined },
        notificationQueue: { enqueue: async () => undefined },
        cipher,
        settings,
        attachments: { deleteCaseAttachments: async () => 0 },
        now: at,
      });

    // Act
    const runs = [];
    for (let run = 1; run <= MAX_REDRIVE_ATTEMPTS + 2; run++)
      runs.push(await sweepAt(minutesFromNow(6 + 5 * run)));

    // Assess
    expect(dropped.filter((caseId) => caseId === record.caseId)).toHaveLength(MAX_REDRIVE_ATTEMPTS);
    expect(runs.map((run) => run.redrivesGivenUp.filter((given) => given.caseId === record.caseId))).toEqual([
      [],
      [],
      [{ step: 'route', caseId: record.caseId, attempts: MAX_REDRIVE_ATTEMPTS }],
      [],
    ]);
    const caseItem = await rawItem(`CASE#${record.caseId}`, 'CASE');
    expect(caseItem).toMatchObject({
      status: 'received',
      routeRedriveAttempts: MAX_REDRIVE_ATTEMPTS,
      routingGaveUpAt: runs[2]?.at,
      gsi2pk: expect.stringMatching(/^PENDING#assign#/),
    });
    const audit = await caseStore(desk).listAuditEvents(record.caseId);
    expect(audit.filter((event) => event.action === 'case.routing_given_up')).toEqual([
      {
        caseId: record.caseId,
        at: runs[2]?.at,
        action: 'case.routing_given_up',
        actor: 'system:sweep',
        detail: { attempts: MAX_REDRIVE_ATTEMPTS },
      },
    ]);
  });
});
