import { GetItemCommand } from '@aws-sdk/client-dynamodb';
import { unmarshall } from '@aws-sdk/util-dynamodb';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CaseRecord } from '../../domain/case-model.ts';
import type { SweepReport } from '../../domain/sweep.ts';
import {
  caseStore,
  deadline,
  markWaitingForAssignment,
  runSweep,
  seedCase,
  sentEmails,
  writeTestConfig,
} from '../helpers/escalation.ts';
import { validSubmission } from '../helpers/factories.ts';
import { eventually, startTestDesk, type TestDesk } from '../helpers/test-desk.ts';
import { waitUntilQuiet } from '../helpers/wait-until-quiet.ts';

/*
 * Three seeded cases moved through time by the sweep's injected clock (the event's scheduledAt).
 * Sweeps run at 04:00Z, before the 07:00 local digest hour, so only ladder steps go out here.
 */
let desk: TestDesk;
let domain: string;
let access: CaseRecord;
let breach: CaseRecord;
let unassigned: CaseRecord;

const at = (domainPart: string) => `${domainPart}@${domain}`;
const requester = { name: 'Johanna Testperson', message: 'Please send me a copy of everything you hold.' };

beforeAll(async () => {
  const config = writeTestConfig();
  domain = config.domain;
  desk = await startTestDesk({ configFile: config.configFile });
  // An access request assigned to Anna, due Thursday 4 April 2030 (end of day, Amsterdam summer time).
  access = await seedCase(
    desk,
    {
      type: 'access',
      status: 'assigned',
      teamId: 'nl-privacy',
      assigneeId: 'anna-devries',
      receivedAt: '2030-03-04T10:00:00.000Z',
      assignedAt: '2030-03-04T10:01:00.000Z',
      deadline: deadline('2030-03-04T10:00:00.000Z', '2030-04-04T21:59:59.999Z'),
    },
    { ...requester, email: 'johanna@example.com' },
  );
  // A breach report in the DPO's office (its manager is the DPO), 72 hours from receipt.
  breach = await seedCase(desk, {
    type: 'breach_report',
    status: 'assigned',
    teamId: 'dpo-office',
    assigneeId: 'jan-dekker',
    receivedAt: '2030-03-30T12:00:00.000Z',
    assignedAt: '2030-03-30T12:01:00.000Z',
    deadline: { ...deadline('2030-03-30T12:00:00.000Z', '2030-04-02T12:00:00.000Z'), basis: 'hours' },
  });
  // A question no member could take: routing gave it to the manager and left it waiting for assignment.
  unassigned = await seedCase(desk, {
    type: 'question',
    status: 'assigned',
    teamId: 'nl-privacy',
    assigneeId: 'manager:nl-privacy',
    receivedAt: '2030-03-28T20:00:00.000Z',
    assignedAt: '2030-03-28T20:01:00.000Z',
    deadline: deadline('2030-03-28T20:00:00.000Z', '2030-04-28T21:59:59.999Z'),
  });
  await markWaitingForAssignment(desk, unassigned.caseId, '2030-03-28T20:01:00.000Z');
});

afterAll(async () => {
  await desk?.stop();
});

/** The emails of this file sent since `before` (by count), as "to | subject" lines, sorted. */
async function newEmails(before: number) {
  const emails = await sentEmails(desk, domain);
  return emails
    .slice(before)
    .map((email) => `${email.to} | ${email.subject}`)
    .sort();
}

async function sweepAndSettle(...times: string[]): Promise<SweepReport[]> {
  const reports = await Promise.all(times.map((time) => runSweep(time)));
  // Anything sent twice is in the store once the queues and the outbox are empty.
  await waitUntilQuiet(desk);
  return reports;
}

async function escalationsSent(caseId: string): Promise<string[]> {
  const { Item } = await desk.dynamodb.send(
    new GetItemCommand({
      TableName: desk.tableName,
      Key: { pk: { S: `CASE#${caseId}` }, sk: { S: 'CASE' } },
    }),
  );
  const sent = Item ? unmarshall(Item).escalationsSent : undefined;
  return sent instanceof Set ? [...(sent as Set<string>)].sort() : [];
}

describe('the escalation sweep, moved through time', () => {
  it('sends nothing while no step is due', async () => {
    const before = (await sentEmails(desk, domain)).length;

    const [report] = await sweepAndSettle('2030-03-20T04:00:00Z');

    expect(report?.escalations).toEqual([]);
    expect(await newEmails(before)).toEqual([]);
  });

  it('7 days before: reminder and extension decision to the assignee, unassigned case to the manager; once under two concurrent runs', async () => {
    const before = (await sentEmails(desk, domain)).length;

    // Act: two runs of the same schedule tick at the same time (a retry overlapping the first run).
    const reports = await sweepAndSettle('2030-03-29T04:00:00Z', '2030-03-29T04:00:00Z');

    // Assess: each step exactly once, whichever run recorded it.
    expect(await newEmails(before)).toEqual(
      [
        `${at('anna.devries')} | [${access.reference}] Beslis vóór 4 april 2030 over verlenging`,
        `${at('anna.devries')} | [${access.reference}] Herinnering: inzageverzoek (art. 15), antwoord uiterlijk 4 april 2030`,
        `${at('marieke.jansen')} | [${unassigned.reference}] Unassigned for 8 hours: question`,
      ].sort(),
    );
    const keys = reports.flatMap((report) => report.escalations.map((e) => `${e.reference} ${e.key}`)).sort();
    expect(keys).toEqual(
      [
        `${access.reference} assignee-reminder:7d`,
        `${access.reference} extension-decision`,
        `${unassigned.reference} manager:unassigned`,
      ].sort(),
    );
    expect(await escalationsSent(access.caseId)).toEqual(['assignee-reminder:7d', 'extension-decision']);
  });

  it('a later run of the same day sends nothing again', async () => {
    const before = (await sentEmails(desk, domain)).length;

    const [report] = await sweepAndSettle('2030-03-29T04:05:00Z');

    expect(report?.escalations).toEqual([]);
    expect(report?.overdueCases).toBe(0);
    expect(await newEmails(before)).toEqual([]);
  });

  it('8 hours before the breach deadline: the DPO once (also the team manager), the assignee reminded', async () => {
    const before = (await sentEmails(desk, domain)).length;

    const [report] = await sweepAndSettle('2030-04-02T04:00:00Z');

    expect(report?.escalations.map((e) => [e.reference, e.key, e.recipients])).toEqual([
      [breach.reference, 'assignee-reminder:2d', ['member:jan-dekker']],
      [breach.reference, 'breach:24h', ['dpo']],
    ]);
    expect(await newEmails(before)).toEqual([
      `${at('dpo')} | [${breach.reference}] Breach report: 8 hours left to notify the authority`,
      `${at('jan.dekker')} | [${breach.reference}] Herinnering: mogelijk datalek (art. 33), antwoord uiterlijk 2 april 2030`,
    ]);
  });

  it('2 days before: reminder to the assignee and the manager (no first response); breach overdue to the DPO', async () => {
    const before = (await sentEmails(desk, domain)).length;

    await sweepAndSettle('2030-04-03T04:00:00Z', '2030-04-03T04:00:00Z');

    expect(await newEmails(before)).toEqual(
      [
        `${at('anna.devries')} | [${access.reference}] Herinnering: inzageverzoek (art. 15), antwoord uiterlijk 4 april 2030`,
        `${at('marieke.jansen')} | [${access.reference}] No first response yet, due 4 April 2030 (1 day and 17 hours left)`,
        `${at('dpo')} | [${breach.reference}] Breach report overdue by 16 hours`,
      ].sort(),
    );
  });

  it('overdue: the DPO, again a day later, never twice for the same period', async () => {
    const before = (await sentEmails(desk, domain)).length;

    const [overdueRun] = await sweepAndSettle('2030-04-05T04:00:00Z');
    await sweepAndSettle('2030-04-05T04:05:00Z', '2030-04-06T04:00:00Z');

    // The operators' metric: the access request and the breach report are both past due.
    expect(overdueRun?.overdueCases).toBe(2);
    expect(await newEmails(before)).toEqual(
      [
        `${at('dpo')} | [${access.reference}] Overdue by 6 hours: access request (Art. 15)`,
        `${at('dpo')} | [${access.reference}] Overdue by 1 day and 6 hours: access request (Art. 15)`,
        `${at('dpo')} | [${breach.reference}] Breach report overdue by 2 days and 16 hours`,
        `${at('dpo')} | [${breach.reference}] Breach report overdue by 3 days and 16 hours`,
      ].sort(),
    );
    expect(await escalationsSent(access.caseId)).toEqual([
      'assignee-reminder:2d',
      'assignee-reminder:7d',
      'dpo:overdue:0',
      'dpo:overdue:0@2030-04-05T04:00:00.000Z',
      'dpo:overdue:1',
      'dpo:overdue:1@2030-04-06T04:00:00.000Z',
      'extension-decision',
      'manager:no-first-response:2d',
    ]);
  });

  it("staff emails carry reference, type, dates and reason, never the requester's name or message", async () => {
    const emails = await sentEmails(desk, domain);
    const reminder = emails.find(
      (email) =>
        email.subject.includes('Herinnering') &&
        email.text.includes('De wettelijke termijn loopt tot 4 april 2030 om 23:59 CEST: nog 6 dagen'),
    );

    // Anna works in Dutch first: her reminder is Dutch, the manager's (no language set) English.
    expect(reminder?.text).toContain(`Zaak: ${access.reference}`);
    expect(reminder?.text).toContain('Termijn: 4 april 2030 om 23:59 CEST');
    expect(reminder?.text).toContain('moet uiterlijk 4 april 2030 worden beantwoord.');
    expect(reminder?.text).toContain('Waarom u dit ontvangt: de termijn verloopt over 7 dagen of minder.');
    expect(reminder?.text).toContain('Behandelaar: Anna de Vries');
    for (const email of emails) {
      expect(email.text).not.toContain(requester.name);
      expect(email.text).not.toContain(requester.message);
      expect(email.text).not.toContain('johanna@example.com');
    }
  });
});

describe('the escalation state', () => {
  it('records a step once when two writers race for it, and refuses a case that changed meanwhile', async () => {
    // Prepare
    const record = await seedCase(desk, {
      type: 'complaint',
      status: 'assigned',
      teamId: 'nl-privacy',
      assigneeId: 'pieter-bakker',
      receivedAt: '2030-05-01T10:00:00.000Z',
      deadline: deadline('2030-05-01T10:00:00.000Z', '2030-05-31T21:59:59.999Z'),
    });
    const store = caseStore(desk);
    const change = (key: string, assigneeId = 'pieter-bakker') => ({
      keys: [key],
      expected: { status: 'assigned' as const, teamId: 'nl-privacy', assigneeId },
      notifications: [],
      audit: {
        caseId: record.caseId,
        at: '2030-05-24T04:00:00.000Z',
        action: 'case.escalated',
        actor: 'test',
      },
    });

    // Act
    const raced = await Promise.all(
      Array.from({ length: 5 }, () => store.recordEscalation(record.caseId, change('assignee-reminder:7d'))),
    );
    const reassigned = await store.recordEscalation(
      record.caseId,
      change('assignee-reminder:2d', 'anna-devries'),
    );

    // Assess
    expect(raced.filter(Boolean)).toHaveLength(1);
    expect(reassigned).toBe(false);
    expect(await escalationsSent(record.caseId)).toEqual(['assignee-reminder:7d']);
  });
});

describe('a case routing could give to no member', () => {
  it('waits for assignment and reaches the manager after an hour, whatever its due date', async () => {
    // Prepare: a job applicant writing in Swedish; nobody in Recruitment speaks it.
    const response = await fetch(`${desk.api}/requests`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(
        validSubmission({ type: 'question', relationship: 'job_applicant', language: 'sv' }),
      ),
    });
    const { reference } = (await response.json()) as { reference: string };
    const routed = await eventually(async () => {
      const report = await caseStore(desk).findByReference(reference);
      const record = report ? await caseStore(desk).getCase(report.caseId) : undefined;
      return record?.status === 'assigned' ? record : undefined;
    });
    expect([routed.assigneeId, routed.needsAttention]).toEqual([undefined, 'no_eligible_member']);
    await waitUntilQuiet(desk);
    const before = (await sentEmails(desk, domain)).length;

    // Act: 30 minutes after routing, then 61 minutes after.
    const early = await runSweep(new Date(new Date(routed.assignedAt!).getTime() + 30 * 60_000));
    const late = await runSweep(new Date(new Date(routed.assignedAt!).getTime() + 61 * 60_000));
    await waitUntilQuiet(desk);

    // Assess
    expect(early.escalations.filter((e) => e.reference === reference)).toEqual([]);
    expect(
      late.escalations.filter((e) => e.reference === reference).map((e) => [e.key, e.recipients]),
    ).toEqual([['manager:unassigned', ['manager:recruitment']]]);
    expect(
      (await sentEmails(desk, domain))
        .slice(before)
        .filter((email) => email.subject.includes(reference))
        .map((email) => email.to),
    ).toEqual([`hilde.strand@${domain}`]);
  });
});
