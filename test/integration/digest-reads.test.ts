import { randomUUID } from 'node:crypto';
import { DynamoDBDocumentClient, TransactWriteCommand } from '@aws-sdk/lib-dynamodb';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { documentClient } from '../../adapters/aws-clients.ts';
import { caseTransitionUpdate } from '../../adapters/dynamodb/case-transition.ts';
import { DynamoDbCaseStore } from '../../adapters/dynamodb/dynamodb-case-store.ts';
import { closeUnverified, pause } from '../../domain/case-lifecycle.ts';
import type { CaseRecord } from '../../domain/case-model.ts';
import { loadDeskConfig } from '../../domain/config/load-desk-config.ts';
import { deskSettings } from '../../domain/desk-settings.ts';
import type { NotifyMessage } from '../../domain/notifications/notification.ts';
import { DPO_DIGEST_LOG, sendDpoDigest } from '../../domain/sweep/dpo-digest.ts';
import { digestPartitionId, sendManagerDigests } from '../../domain/sweep/manager-digests.ts';
import { localDynamoDbClient } from '../../local/desk-runtime.ts';
import { caseStore, deadline, seedCase, writeTestConfig } from '../helpers/escalation.ts';
import { startTestDesk, type TestDesk } from '../helpers/test-desk.ts';

/*
 * The managers' digests read through the byTeam index: a team's digest reads that team's open cases
 * and nothing else, however many open cases the other teams have; a closed case has left the index;
 * a paused one is still in it, but in none of the deadline ranges.
 */
let desk: TestDesk;
let configFile: string;

interface Read {
  readonly command: string;
  readonly indexName: unknown;
  readonly keyCondition: unknown;
  readonly team: unknown;
  readonly select: unknown;
  readonly returned: number;
  readonly evaluated: number;
}

/** The desk's case store on a client that records every read it makes. */
function recordingStore(): { store: DynamoDbCaseStore; reads: Read[] } {
  const reads: Read[] = [];
  const client = DynamoDBDocumentClient.from(localDynamoDbClient(desk.endpoints.dynamodb), {
    marshallOptions: { removeUndefinedValues: true },
  });
  client.middlewareStack.add(
    (next, context) => async (args) => {
      const result = await next(args);
      const command = context.commandName ?? '';
      if (/Query|Scan|GetItem/.test(command)) {
        const input = args.input as Record<string, unknown>;
        const output = result.output as Record<string, unknown>;
        const values = (input.ExpressionAttributeValues ?? {}) as Record<string, unknown>;
        const items = (output.Items as unknown[] | undefined) ?? [];
        const batch = Object.values((output.Responses ?? {}) as Record<string, unknown[]>).flat();
        reads.push({
          command,
          indexName: input.IndexName,
          keyCondition: input.KeyConditionExpression,
          team: values[':team'],
          select: input.Select,
          returned: items.length + batch.length,
          evaluated: Number(output.ScannedCount ?? items.length + batch.length),
        });
      }
      return result;
    },
    { step: 'initialize', name: 'recordReads' },
  );
  return { store: new DynamoDbCaseStore(client, desk.tableName), reads };
}

const noQueues = (sent: NotifyMessage[]) => ({
  routeQueue: { enqueue: async () => undefined, ping: async () => undefined },
  notificationQueue: {
    enqueue: async (message: NotifyMessage) => {
      sent.push(message);
    },
  },
  cipher: { encrypt: async (bytes: Uint8Array) => bytes, decrypt: async (bytes: Uint8Array) => bytes },
  attachments: { deleteCaseAttachments: async () => 0 },
});

/** 07:30 in Amsterdam, Oslo and Stockholm on 3 April 2030 (summer time). */
const DIGEST_AT = new Date('2030-04-03T05:30:00Z');

const open = (teamId: string, dueAt: string, overrides: Partial<CaseRecord> = {}) =>
  seedCase(desk, {
    type: 'access',
    status: 'assigned',
    teamId,
    assigneeId: teamId === 'nl-privacy' ? 'anna-devries' : 'lars-olsen',
    receivedAt: '2030-03-01T10:00:00.000Z',
    deadline: deadline('2030-03-01T10:00:00.000Z', dueAt),
    ...overrides,
  });

let dutch: Record<'overdue' | 'thisWeek' | 'later', CaseRecord>;

beforeAll(async () => {
  configFile = writeTestConfig().configFile;
  desk = await startTestDesk({ configFile });
  const [overdue, thisWeek, later] = await Promise.all([
    open('nl-privacy', '2030-04-01T21:59:59.999Z'),
    open('nl-privacy', '2030-04-08T21:59:59.999Z'),
    open('nl-privacy', '2030-04-29T21:59:59.999Z'),
  ]);
  dutch = { overdue: overdue!, thisWeek: thisWeek!, later: later! };
  // Many open cases of other teams, due in all three ranges.
  for (let batch = 0; batch < 3; batch++) {
    await Promise.all(
      Array.from({ length: 20 }, (_, i) =>
        open(
          i % 2 === 0 ? 'no-privacy' : 'nordic-privacy',
          `2030-04-${String(1 + ((batch * 20 + i) % 28)).padStart(2, '0')}T21:59:59.999Z`,
        ),
      ),
    );
  }
  // A Dutch case whose clock is paused, its deadline (had it run) passed: open, never overdue.
  const paused = await open('nl-privacy', '2030-04-02T21:59:59.999Z');
  await documentClient().send(
    new TransactWriteCommand({
      TransactItems: [
        caseTransitionUpdate(
          desk.tableName,
          paused.caseId,
          pause(paused, { at: '2030-03-20T10:00:00.000Z', dueAt: paused.deadline.dueAt }),
        ),
      ],
    }),
  );
  // A Dutch case closed as unverified: out of byDue, so out of byTeam.
  const closed = await seedCase(desk, {
    status: 'awaiting_verification',
    teamId: 'nl-privacy',
    receivedAt: '2030-03-01T10:00:00.000Z',
    deadline: deadline('2030-03-01T10:00:00.000Z', '2030-04-02T21:59:59.999Z'),
  });
  const at = '2030-03-15T10:00:00.000Z';
  const closedNow = await caseStore(desk).closeUnverified(closed.caseId, {
    transition: closeUnverified(closed, { at, purgeAfter: '2031-03-15T10:00:00.000Z' }),
    notification: {
      notificationId: randomUUID(),
      caseId: closed.caseId,
      template: 'closed-unverified',
      recipient: { role: 'requester' },
      createdAt: at,
    },
    audit: { caseId: closed.caseId, at, action: 'case.closed', actor: 'system' },
  });
  expect(closedNow).toBe('written');
});

afterAll(async () => {
  await desk?.stop();
});

describe('the daily manager digest reads through the byTeam index', () => {
  it("reads only its own team's open cases, however many open cases other teams have", async () => {
    // Prepare: every other team's digest of the day is marked sent already.
    const settings = deskSettings(loadDeskConfig(configFile), configFile);
    const { store, reads } = recordingStore();
    for (const team of settings.config.teams.filter((candidate) => candidate.id !== 'nl-privacy')) {
      await store.recordDigest(
        {
          teamId: team.id,
          localDate: '2030-04-03',
          key: `digest:${team.id}:2030-04-03`,
          expiresAt: '2030-05-08T00:00:00.000Z',
        },
        undefined,
      );
    }
    reads.length = 0;
    const sent: NotifyMessage[] = [];

    // Act
    const runs = await sendManagerDigests({ store, settings, now: DIGEST_AT, ...noQueues(sent) });

    // Assess
    expect(runs).toEqual([
      { teamId: 'nl-privacy', localDate: '2030-04-03', overdue: 1, dueThisWeek: 1, open: 1, sent: true },
    ]);
    const queries = reads.filter((read) => read.command.startsWith('Query'));
    expect(reads.filter((read) => read.command.startsWith('Scan'))).toEqual([]);
    expect(queries.length).toBeGreaterThan(0);
    expect(new Set(queries.map((read) => `${read.indexName} ${read.team}`))).toEqual(
      new Set(['byTeam nl-privacy']),
    );
    // Three open Dutch cases evaluated and returned; not one of the 60 others, nor the closed one,
    // nor the paused one.
    expect(queries.reduce((sum, read) => sum + read.evaluated, 0)).toBe(3);
    expect(queries.reduce((sum, read) => sum + read.returned, 0)).toBe(3);
    const notification = await caseStore(desk).getNotification(sent[0]!.caseId, sent[0]!.notificationId);
    const digest = JSON.parse(String(notification?.params?.digest));
    expect(digest.overdue.map((line: { reference: string }) => line.reference)).toEqual([
      dutch.overdue.reference,
    ]);
    expect(digest.dueThisWeek.map((line: { reference: string }) => line.reference)).toEqual([
      dutch.thisWeek.reference,
    ]);
    expect(digest.open.map((line: { reference: string }) => line.reference)).toEqual([dutch.later.reference]);
    expect(digest.counts).toEqual({ overdue: 1, dueThisWeek: 1, open: 1 });
  });

  it('returns the first cases of a range by deadline and counts the rest without returning them', async () => {
    // Prepare: five more overdue Norwegian cases, on top of those due in April.
    await Promise.all(
      ['2030-03-20', '2030-03-21', '2030-03-22', '2030-03-23', '2030-03-24'].map((day) =>
        open('no-privacy', `${day}T22:59:59.999Z`),
      ),
    );
    const { store, reads } = recordingStore();

    // Act
    const result = await store.readTeamOpenCases('no-privacy', { due: { before: DIGEST_AT }, limit: 3 });

    // Assess: due before 07:30 on 3 April: the five of March and the three due on 1 April.
    expect(result.first.map((c) => c.deadline.dueAt)).toEqual([
      '2030-03-20T22:59:59.999Z',
      '2030-03-21T22:59:59.999Z',
      '2030-03-22T22:59:59.999Z',
    ]);
    expect(result.first.every((c) => c.teamId === 'no-privacy')).toBe(true);
    expect(result.count).toBe(5 + 3);
    expect(reads.reduce((sum, read) => sum + read.returned, 0)).toBe(3);
    expect(reads.filter((read) => read.select === 'COUNT').length).toBeGreaterThan(0);
  });
});

describe('the digests of a sweep', () => {
  it('stop at the read budget and leave the other teams to the next sweep', async () => {
    // Prepare: a day on which no digest went out yet; Norway's and the Nordic team's open cases.
    const settings = deskSettings(loadDeskConfig(configFile), configFile);
    const { store } = recordingStore();
    const at = new Date('2030-04-10T05:30:00Z');
    const sent: NotifyMessage[] = [];
    const deps = { store, settings, now: at, ...noQueues(sent) };

    // Act: a budget of one case, three sweeps.
    const first = await sendManagerDigests(deps, 1);
    const second = await sendManagerDigests(deps, 1);
    const third = await sendManagerDigests(deps, 1);

    // Assess: one team with open cases per sweep (teams without any are marked on the way), in the
    // configuration's order, each once.
    const withCases = (runs: typeof first) => runs.filter((run) => run.sent).map((run) => run.teamId);
    expect(withCases(first)).toEqual(['nl-privacy']);
    expect(withCases(second)).toEqual(['no-privacy']);
    expect(withCases(third)).toEqual(['nordic-privacy']);
    const fourth = await sendManagerDigests(deps, 1);
    expect(fourth.map((run) => [run.teamId, run.sent])).toEqual([
      ['recruitment', false],
      ['marketing', false],
      ['dpo-office', false],
      ['payroll-support', false],
      ['hr-portal-support', false],
    ]);
    expect(await sendManagerDigests(deps, 1)).toEqual([]);
    expect(sent).toHaveLength(3);
  });
});

describe("the DPO's weekly digest", () => {
  it('reads each team once, within the read budget, and goes out when the last team is counted', async () => {
    // Prepare: Monday 8 April 2030, 07:35 in Amsterdam (the default team's zone).
    const settings = deskSettings(loadDeskConfig(configFile), configFile);
    const { store, reads } = recordingStore();
    const monday = new Date('2030-04-08T05:35:00Z');
    const sent: NotifyMessage[] = [];
    const deps = { store, settings, now: monday, ...noQueues(sent) };
    const openCount = async (teamId: string) => (await store.readTeamOpenCases(teamId, { limit: 0 })).count;
    const expectedOpen = Object.fromEntries(
      await Promise.all(settings.config.teams.map(async (team) => [team.id, await openCount(team.id)])),
    );
    expect(expectedOpen['no-privacy']).toBeGreaterThan(1);
    reads.length = 0;
    const teamsRead = () => {
      const teams = reads.filter((read) => read.indexName === 'byTeam').map((read) => read.team);
      reads.length = 0;
      return [...new Set(teams)];
    };

    // Act: a budget of one case per sweep.
    const first = await sendDpoDigest(deps, 1);
    const afterFirst = teamsRead();
    const second = await sendDpoDigest(deps, 1);
    const afterSecond = teamsRead();
    const third = await sendDpoDigest(deps, 1);
    const afterThird = teamsRead();
    const fourth = await sendDpoDigest(deps, 1);
    const afterFourth = teamsRead();
    const fifth = await sendDpoDigest(deps, 1);

    // Assess: one team with open cases per sweep, in the configuration's order (teams without any
    // cost nothing and are counted on the way); the digest once every team is counted, then never again.
    expect([first, second, third]).toEqual([
      { week: '2030-04-08', sent: false, teamsLeft: 7 },
      { week: '2030-04-08', sent: false, teamsLeft: 6 },
      { week: '2030-04-08', sent: false, teamsLeft: 5 },
    ]);
    expect([afterFirst, afterSecond, afterThird]).toEqual([
      ['nl-privacy'],
      ['no-privacy'],
      ['nordic-privacy'],
    ]);
    expect(fourth).toEqual({ week: '2030-04-08', sent: true });
    expect(afterFourth).toEqual([
      'recruitment',
      'marketing',
      'dpo-office',
      'payroll-support',
      'hr-portal-support',
    ]);
    expect(fifth).toBeUndefined();
    expect(sent.map((message) => message.caseId)).toEqual([digestPartitionId(DPO_DIGEST_LOG)]);
    const notification = await caseStore(desk).getNotification(sent[0]!.caseId, sent[0]!.notificationId);
    const digest = JSON.parse(String(notification?.params?.digest)) as {
      teams: { teamId: string; open: number; overdue: number; dueThisWeek: number }[];
    };
    expect(Object.fromEntries(digest.teams.map((team) => [team.teamId, team.open]))).toEqual(expectedOpen);
    // The paused Dutch case is open, but neither overdue nor due this week.
    expect(digest.teams.find((team) => team.teamId === 'nl-privacy')).toMatchObject({
      open: 4,
      overdue: 1,
      dueThisWeek: 1,
    });
  });
});
