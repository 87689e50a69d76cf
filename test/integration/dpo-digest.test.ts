import { UpdateItemCommand } from '@aws-sdk/client-dynamodb';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { purgeIndexAttributes } from '../../adapters/dynamodb/keys.ts';
import type { CaseRecord } from '../../domain/case-model.ts';
import { RetentionSchema } from '../../domain/config/desk-config.ts';
import { purgeAfter } from '../../domain/retention/index.ts';
import { deadline, runSweep, seedCase, sentEmails, writeTestConfig } from '../helpers/escalation.ts';
import { startTestDesk, type TestDesk } from '../helpers/test-desk.ts';
import { waitUntilQuiet } from '../helpers/wait-until-quiet.ts';

/*
 * The DPO's weekly group digest: on Monday, after the managers' daily digests, once per week; per
 * team the open, due this week, overdue and extended cases, and the refusals of the past seven days.
 */
let desk: TestDesk;
let domain: string;

const RECEIVED = '2030-03-01T10:00:00.000Z';

const open = (teamId: string, dueAt: string, extendedMonths: 0 | 1 | 2 = 0) =>
  seedCase(desk, {
    type: 'access',
    status: 'assigned',
    teamId,
    assigneeId: teamId === 'nl-privacy' ? 'anna-devries' : 'lars-olsen',
    receivedAt: RECEIVED,
    deadline: { ...deadline(RECEIVED, dueAt), extendedMonths },
  });

/** A case closed at `closedAt` as the lifecycle leaves it: out of byDue, waiting in `purge`. */
async function closed(teamId: string, outcome: CaseRecord['outcome'], closedAt: string) {
  const record = await seedCase(desk, {
    type: 'erasure',
    status: 'closed',
    outcome,
    closedAt,
    teamId,
    receivedAt: RECEIVED,
    deadline: deadline(RECEIVED, '2030-04-01T21:59:59.999Z'),
  });
  const purge = purgeIndexAttributes(record.caseId, purgeAfter(record, closedAt, RetentionSchema.parse({})));
  await desk.dynamodb.send(
    new UpdateItemCommand({
      TableName: desk.tableName,
      Key: { pk: { S: `CASE#${record.caseId}` }, sk: { S: 'CASE' } },
      UpdateExpression: 'SET gsi2pk = :pk, gsi2sk = :sk',
      ExpressionAttributeValues: { ':pk': { S: purge.gsi2pk }, ':sk': { S: purge.gsi2sk } },
    }),
  );
}

beforeAll(async () => {
  const config = writeTestConfig();
  domain = config.domain;
  desk = await startTestDesk({ configFile: config.configFile });
  await Promise.all([
    // Monday 8 April 2030, 07:35 in Amsterdam: overdue, due this week, later (extended), later.
    open('nl-privacy', '2030-04-05T21:59:59.999Z'),
    open('nl-privacy', '2030-04-10T21:59:59.999Z'),
    open('nl-privacy', '2030-05-29T21:59:59.999Z', 2),
    open('no-privacy', '2030-04-30T21:59:59.999Z'),
    // Refused in the past week (twice), refused before it, fulfilled in it.
    closed('nl-privacy', 'refused', '2030-04-02T09:00:00.000Z'),
    closed('no-privacy', 'refused', '2030-04-07T20:00:00.000Z'),
    closed('nl-privacy', 'refused', '2030-03-29T09:00:00.000Z'),
    closed('nl-privacy', 'fulfilled', '2030-04-03T09:00:00.000Z'),
  ]);
});

afterAll(async () => {
  await desk?.stop();
});

const dpoDigests = async () =>
  (await sentEmails(desk, `dpo@${domain}`)).filter((email) =>
    email.subject.startsWith('Privacy Desk weekly overview'),
  );

describe("the DPO's weekly digest", () => {
  it('goes out once on Monday, after the daily digests, with the counts of every team', async () => {
    // Act: Monday 07:30 (the daily digests), 07:35 twice at once, 12:00, then Tuesday 07:35.
    const daily = await runSweep('2030-04-08T05:30:00Z');
    const [first, second] = await Promise.all([
      runSweep('2030-04-08T05:35:00Z'),
      runSweep('2030-04-08T05:35:00Z'),
    ]);
    const noon = await runSweep('2030-04-08T10:00:00Z');
    const tuesday = await runSweep('2030-04-09T05:35:00Z');
    await waitUntilQuiet(desk);

    // Assess
    expect(daily.digests.filter((run) => run.sent).map((run) => run.teamId)).toEqual([
      'nl-privacy',
      'no-privacy',
    ]);
    expect(daily.dpoDigest).toBeUndefined();
    expect([first?.dpoDigest, second?.dpoDigest].filter(Boolean)).toEqual([
      { week: '2030-04-08', sent: true },
    ]);
    expect([noon.dpoDigest, tuesday.dpoDigest]).toEqual([undefined, undefined]);
    const emails = await dpoDigests();
    expect(emails.map((email) => email.subject)).toEqual([
      'Privacy Desk weekly overview, week of 8 April 2030: 1 overdue, 2 refused',
    ]);
    const text = emails[0]?.text ?? '';
    expect(text).toContain(
      'all teams: 4 open, 1 due this week, 1 overdue, 1 extended; 2 refused from 1 April 2030 to 7 April 2030.',
    );
    expect(text).toContain(
      '  Privacy team Netherlands: 3 / 1 / 1 / 1 / 1\n  Privacy team Norway: 1 / 0 / 0 / 0 / 1\n',
    );
    expect(text).not.toContain('PD-');
  });

  it('goes out again the next Monday', async () => {
    const report = await runSweep('2030-04-15T05:35:00Z');
    const after = await runSweep('2030-04-15T05:40:00Z');
    await waitUntilQuiet(desk);

    // The daily digests take the first run of the day; the DPO's follows.
    expect([report.dpoDigest, after.dpoDigest].filter(Boolean)).toEqual([{ week: '2030-04-15', sent: true }]);
    expect((await dpoDigests()).map((email) => email.subject)).toHaveLength(2);
  });
});
