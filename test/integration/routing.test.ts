import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { SendMessageBatchCommand } from '@aws-sdk/client-sqs';
import { GetCommand, QueryCommand } from '@aws-sdk/lib-dynamodb';
import { beforeAll, describe, expect, it } from 'vitest';
import { documentClient } from '../../adapters/aws-clients.ts';
import { keysFromEnv } from '../../adapters/crypto/keys-from-env.ts';
import { DynamoDbAssignmentStore } from '../../adapters/dynamodb/dynamodb-assignment-store.ts';
import { DynamoDbCaseStore } from '../../adapters/dynamodb/dynamodb-case-store.ts';
import type { AuditEvent, CaseContent, CaseRecord } from '../../domain/case-model.ts';
import type { DeskConfigInput } from '../../domain/config/desk-config.ts';
import { sealJson } from '../../domain/content-cipher.ts';
import { addMonthsClamped, endOfLocalDay, localDateOf } from '../../domain/deadlines/calendar.ts';
import { normaliseEmail } from '../../domain/intake/submit-request.ts';
import { type ReplyRole, tokenFromRecipient, verifyReplyToken } from '../../domain/reply-token.ts';
import { isAddressSuppressed } from '../../domain/routing/suppression.ts';
import { newCaseFixture, validSubmission } from '../helpers/factories.ts';
import { fixtureConfigData } from '../helpers/fixture-config.ts';
import { acknowledgementVerificationLink, postRequest } from '../helpers/intake.ts';
import { emailsAboutOnceSent, type StoredEmail } from '../helpers/ses-store.ts';
import { eventually, startTestDesk, testDeskForThisFile } from '../helpers/test-desk.ts';

/*
 * Prepare: the fixture configuration, with a DPO office manager who is not the DPO (so that a breach
 * report alerts two people), in a file of its own.
 */
const exampleConfig = fixtureConfigData() as DeskConfigInput;
const OFFICE_MANAGER = { name: 'Olav Berg', email: 'olav.berg@example.org' };
const testConfig: DeskConfigInput = {
  ...exampleConfig,
  teams: exampleConfig.teams.map((team) =>
    team.id === 'dpo-office' ? { ...team, manager: OFFICE_MANAGER } : team,
  ),
};
const configDir = mkdtempSync(path.join(tmpdir(), 'desk-routing-config-'));

function writeConfig(name: string, config: unknown): string {
  const file = path.join(configDir, name);
  writeFileSync(file, JSON.stringify(config, null, 2));
  return file;
}

const memberById = new Map(testConfig.teams.flatMap((team) => team.members.map((m) => [m.id, m] as const)));
const teamById = new Map(testConfig.teams.map((team) => [team.id, team] as const));
const INBOUND_DOMAIN = testConfig.inboundDomain;

let caseStore: DynamoDbCaseStore;
let assignmentStore: DynamoDbAssignmentStore;

const desk = testDeskForThisFile({ configFile: writeConfig('desk.config.json', testConfig) });

beforeAll(async () => {
  caseStore = new DynamoDbCaseStore(documentClient(), desk.tableName);
  assignmentStore = new DynamoDbAssignmentStore(documentClient(), desk.tableName);
});

interface StoredCase {
  readonly record: CaseRecord;
  readonly content: CaseContent;
}

/** A case as intake stores it after verification (`received`), its content sealed with the desk's key. */
async function storeReceivedCase(overrides: Partial<CaseRecord> = {}): Promise<StoredCase> {
  const { cipher, hasher } = await keysFromEnv();
  const fixture = newCaseFixture(overrides);
  const { caseId } = fixture.record;
  const content: CaseContent = {
    name: 'Sofie Jacobs',
    email: `sofie.${caseId.slice(0, 8)}@example.com`,
    phone: '+31 6 1234 5678',
    message: `Message of case ${caseId}`,
  };
  const record: CaseRecord = {
    ...fixture.record,
    content: await sealJson(cipher, caseId, 'case-content', content),
    emailHash: hasher.hash('email', normaliseEmail(content.email)),
  };
  await caseStore.createCase({ ...fixture, record }, new Date());
  return { record, content };
}

/** Sends route messages in batches of ten, as the queue's producers would. */
async function sendRouteMessages(caseIds: readonly string[]): Promise<void> {
  for (let start = 0; start < caseIds.length; start += 10) {
    await desk.sqs.send(
      new SendMessageBatchCommand({
        QueueUrl: desk.services.queueUrls.route.url,
        Entries: caseIds.slice(start, start + 10).map((caseId, index) => ({
          Id: `m${start + index}`,
          MessageBody: JSON.stringify({ caseId }),
        })),
      }),
    );
  }
}

/** Every route message twice, the copies in the same batch, so that they race each other. */
const twice = (caseIds: readonly string[]) => caseIds.flatMap((caseId) => [caseId, caseId]);

async function caseItem(caseId: string): Promise<Record<string, unknown> | undefined> {
  const { Item } = await documentClient().send(
    new GetCommand({
      TableName: desk.tableName,
      Key: { pk: `CASE#${caseId}`, sk: 'CASE' },
      ConsistentRead: true,
    }),
  );
  return Item;
}

async function partition(caseId: string, prefix: string): Promise<Record<string, unknown>[]> {
  const { Items } = await documentClient().send(
    new QueryCommand({
      TableName: desk.tableName,
      KeyConditionExpression: 'pk = :pk AND begins_with(sk, :prefix)',
      ExpressionAttributeValues: { ':pk': `CASE#${caseId}`, ':prefix': prefix },
      ConsistentRead: true,
    }),
  );
  return Items ?? [];
}

const auditEvents = async (caseId: string) => (await partition(caseId, 'AUDIT#')) as unknown as AuditEvent[];

async function openCasesOf(memberId: string): Promise<number> {
  const { Item } = await documentClient().send(
    new GetCommand({
      TableName: desk.tableName,
      Key: { pk: `MEMBER#${memberId}`, sk: 'LOAD' },
      ConsistentRead: true,
    }),
  );
  return Number(Item?.openCases ?? 0);
}

/** Waits until the case has `count` emails, then returns them. */
/** The case and role the Reply-To address of `email` is signed for, checked against `sender`. */
async function replyTokenOf(email: StoredEmail, sender: string) {
  const { hasher } = await keysFromEnv();
  const [address] = email.replyTo;
  const token = address ? tokenFromRecipient(address, INBOUND_DOMAIN) : undefined;
  return token ? verifyReplyToken(hasher.subKey('reply-token'), token, sender) : undefined;
}

/** One scenario per routing rule of the example configuration (languages every member of the team reads). */
const SCENARIOS: readonly { rule: string; teamId: string; case: Partial<CaseRecord> }[] = [
  {
    rule: 'breach-reports',
    teamId: 'dpo-office',
    case: { type: 'breach_report', relationship: 'website_visitor' },
  },
  { rule: 'marketing-opt-outs', teamId: 'marketing', case: { type: 'marketing_opt_out' } },
  { rule: 'job-applicants', teamId: 'recruitment', case: { type: 'access', relationship: 'job_applicant' } },
  {
    // A customer user naming a processor service: its team, like a customer's employee.
    rule: 'processor:hr-portal',
    teamId: 'hr-portal-support',
    case: { type: 'question', service: 'hr-portal', relationship: 'customer_user', country: 'NO' },
  },
  {
    rule: 'processor:hr-portal',
    teamId: 'hr-portal-support',
    case: { type: 'erasure', service: 'hr-portal', relationship: 'customer_employee', country: 'SE' },
  },
  {
    rule: 'processor:payroll-cloud',
    teamId: 'payroll-support',
    case: { type: 'access', service: 'payroll-cloud', relationship: 'customer_employee' },
  },
  { rule: 'netherlands', teamId: 'nl-privacy', case: { type: 'question', language: 'nl' } },
  { rule: 'netherlands', teamId: 'nl-privacy', case: { type: 'complaint', country: 'BE' } },
  { rule: 'norway', teamId: 'no-privacy', case: { type: 'complaint', country: 'NO', language: 'nb' } },
  { rule: 'nordics', teamId: 'nordic-privacy', case: { type: 'question', country: 'SE', language: 'sv' } },
  {
    rule: 'dutch-speakers',
    teamId: 'nl-privacy',
    case: { type: 'objection', country: 'DE', language: 'nl' },
  },
  { rule: 'norwegian-speakers', teamId: 'no-privacy', case: { country: 'DE', language: 'nb' } },
  { rule: 'nordic-speakers', teamId: 'nordic-privacy', case: { country: 'DE', language: 'sv' } },
  { rule: 'default', teamId: 'nl-privacy', case: { country: 'DE', relationship: 'website_visitor' } },
];

describe('routing 50 cases, every message delivered twice', () => {
  // Prepare (shared by the assertions below): 50 cases over every rule, each route message twice.
  const routed: { stored: StoredCase; rule: string; teamId: string }[] = [];

  beforeAll(async () => {
    for (let i = 0; i < 50; i++) {
      const scenario = SCENARIOS[i % SCENARIOS.length]!;
      const stored = await storeReceivedCase({ ...scenario.case, teamId: scenario.teamId });
      routed.push({ stored, rule: scenario.rule, teamId: scenario.teamId });
    }
    await sendRouteMessages(twice(routed.map(({ stored }) => stored.record.caseId)));
    await eventually(async () => {
      const items = await Promise.all(routed.map(({ stored }) => caseItem(stored.record.caseId)));
      return items.every((item) => item?.status !== 'received') ? true : undefined;
    }, 30_000);
  }, 60_000);

  const assigned = () => routed.filter(({ stored }) => stored.record.type !== 'marketing_opt_out');

  it('lands every case with the team of its rule, and audits that rule once', async () => {
    const outcomes = await Promise.all(
      routed.map(async ({ stored }) => {
        const events = (await auditEvents(stored.record.caseId)).filter((e) => e.action === 'case.routed');
        const item = await caseItem(stored.record.caseId);
        return { teamId: item?.teamId, routedEvents: events.map((e) => [e.detail?.teamId, e.detail?.rule]) };
      }),
    );

    expect(outcomes).toEqual(routed.map(({ teamId, rule }) => ({ teamId, routedEvents: [[teamId, rule]] })));
  });

  it('spreads each team evenly over its members (max - min <= 1)', async () => {
    const items = await Promise.all(assigned().map(({ stored }) => caseItem(stored.record.caseId)));
    const spread = new Map<string, Map<string, number>>();
    for (const { teamId } of assigned()) {
      const eligible = teamById.get(teamId)!.members.filter((member) => member.active);
      spread.set(teamId, new Map(eligible.map((member) => [member.id, 0])));
    }
    for (const item of items) {
      const counts = spread.get(item?.teamId as string)!;
      counts.set(item?.assigneeId as string, (counts.get(item?.assigneeId as string) ?? 0) + 1);
    }

    const unbalanced = [...spread].filter(([, counts]) => {
      const values = [...counts.values()];
      return Math.max(...values) - Math.min(...values) > 1 || counts.size !== values.length;
    });
    expect(unbalanced).toEqual([]);
  });

  it('counts each assignment once in the assignee’s open cases', async () => {
    const expected = new Map<string, number>();
    for (const { stored } of assigned()) {
      const assigneeId = (await caseItem(stored.record.caseId))?.assigneeId as string;
      expected.set(assigneeId, (expected.get(assigneeId) ?? 0) + 1);
    }

    const counters = await Promise.all(
      [...expected.keys()].map(async (memberId) => [memberId, await openCasesOf(memberId)] as const),
    );
    expect(new Map(counters)).toEqual(expected);
  });

  it('writes each case’s notifications to the outbox once', async () => {
    const outbox = await Promise.all(
      routed.map(async ({ stored }) =>
        (await partition(stored.record.caseId, 'NOTIFY#')).map((item) => item.template as string).sort(),
      ),
    );

    expect(outbox).toEqual(
      routed.map(({ stored }) =>
        stored.record.type === 'marketing_opt_out'
          ? ['opt-out-confirmed', 'opt-out-fyi']
          : stored.record.type === 'breach_report'
            ? ['breach-alert', 'breach-alert', 'case-assigned']
            : ['case-assigned'],
      ),
    );
  });

  it('sends exactly one case-assigned email per case, to its assignee', async () => {
    const received = await Promise.all(
      assigned().map(async ({ stored }) => {
        const { reference, caseId, type } = stored.record;
        const breach = type === 'breach_report';
        const emails = await emailsAboutOnceSent(desk, reference, breach ? 3 : 1, 30_000);
        const assignee = memberById.get((await caseItem(caseId))?.assigneeId as string)!;
        return {
          actual: {
            emails: emails.length,
            toAssignee: emails.filter((e) => e.destination.to.includes(assignee.email)).length,
          },
          expected: { emails: breach ? 3 : 1, toAssignee: 1 },
        };
      }),
    );

    expect(received.map(({ actual }) => actual)).toEqual(received.map(({ expected }) => expected));
  }, 60_000);
});

describe('the representative’s email', () => {
  it('carries the case, its content, the due date and a reply address signed for the assignee', async () => {
    // Prepare
    // Dutch: only Daan Peters speaks it, and his emails are in Dutch, his first language.
    const { record, content } = await storeReceivedCase({
      type: 'access',
      language: 'nl',
      service: 'payroll-cloud',
      relationship: 'customer_employee',
      teamId: 'payroll-support',
    });

    // Act
    await sendRouteMessages([record.caseId]);
    const [email] = await emailsAboutOnceSent(desk, record.reference, 1);

    // Assess
    const item = await caseItem(record.caseId);
    const assignee = memberById.get(item?.assigneeId as string)!;
    expect({
      to: email?.destination.to,
      subject: email?.subject,
      reply: email && (await replyTokenOf(email, assignee.email)),
      mentions: [
        'Sofie Jacobs',
        content.email,
        content.phone,
        content.message,
        '1 januari 2030',
        'Verwerkerszaak',
      ].filter((text) => !email?.body.text?.includes(text as string)),
    }).toEqual({
      to: [assignee.email],
      subject: `[${record.reference}] Nieuwe zaak voor u: inzageverzoek (art. 15)`,
      reply: { caseId: record.caseId, role: 'assignee' },
      mentions: [],
    });
  });

  it('is recorded in the case thread, addressed to the member', async () => {
    const { record } = await storeReceivedCase();

    await sendRouteMessages([record.caseId]);
    await emailsAboutOnceSent(desk, record.reference, 1);

    const thread = await eventually(async () => {
      const messages = await partition(record.caseId, 'MSG#');
      return messages.length > 0 ? messages : undefined;
    });
    const item = await caseItem(record.caseId);
    expect(
      thread.map(({ direction, participant, template }) => ({ direction, participant, template })),
    ).toEqual([
      { direction: 'to_staff', participant: `member:${item?.assigneeId}`, template: 'case-assigned' },
    ]);
  });
});

describe('breach reports', () => {
  it('alert the DPO and the team manager at once, each with their own reply address', async () => {
    // Prepare
    const { record } = await storeReceivedCase({ type: 'breach_report', teamId: 'dpo-office' });

    // Act
    await sendRouteMessages(twice([record.caseId]));
    const emails = await emailsAboutOnceSent(desk, record.reference, 3);

    // Assess
    const alerts = emails.filter((email) => email.subject.includes('Breach report'));
    const signed = await Promise.all(
      alerts.map(async (email) => {
        const to = email.destination.to[0]!;
        return { to, role: (await replyTokenOf(email, to))?.role };
      }),
    );
    const outbox = (await partition(record.caseId, 'NOTIFY#')).map((n) => n.template).sort();
    expect(outbox).toEqual(['breach-alert', 'breach-alert', 'case-assigned']);
    expect(signed.sort((a, b) => a.to.localeCompare(b.to))).toEqual([
      { to: testConfig.dpo.email, role: 'dpo' satisfies ReplyRole },
      { to: OFFICE_MANAGER.email, role: 'manager' satisfies ReplyRole },
    ]);
  });
});

describe('marketing opt-outs', () => {
  it('suppress the email hash, close the case as fulfilled and confirm it once, with an FYI to marketing', async () => {
    // Prepare
    const { record, content } = await storeReceivedCase({ type: 'marketing_opt_out', teamId: 'marketing' });

    // Act
    await sendRouteMessages(twice([record.caseId]));
    const emails = await emailsAboutOnceSent(desk, record.reference, 2);

    // Assess
    const item = await caseItem(record.caseId);
    const confirmation = emails.find((email) => email.destination.to.includes(content.email));
    const fyi = emails.find((email) => !email.destination.to.includes(content.email));
    const informed = memberById.get(item?.assigneeId as string);
    expect({
      status: item?.status,
      outcome: item?.outcome,
      closedAt: typeof item?.closedAt,
      inOpenIndex: item?.gsi1pk !== undefined || item?.gsi1sk !== undefined,
      // Marketing contact data: purged at the end of the day 24 calendar months (marketingContactMonths) on.
      purgeIndex: [
        String(item?.gsi2pk).replace(/#\d+$/, ''),
        item?.gsi2sk ===
          `${endOfLocalDay(addMonthsClamped(localDateOf(new Date(String(item?.closedAt)), record.deadline.timeZone), 24), record.deadline.timeZone).toISOString()}#${record.caseId}`,
      ],
      suppressed: await assignmentStore.isSuppressed(record.emailHash),
      emails: emails.length,
      confirmationReply: confirmation && (await replyTokenOf(confirmation, content.email)),
      fyiTo: fyi?.destination.to,
      informedTeam: testConfig.teams.find((team) => team.members.some((m) => m.id === informed?.id))?.id,
      informedLoad: await openCasesOf(informed?.id ?? ''),
      outbox: (await partition(record.caseId, 'NOTIFY#')).map((n) => n.template).sort(),
    }).toEqual({
      status: 'closed',
      outcome: 'fulfilled',
      closedAt: 'string',
      inOpenIndex: false,
      purgeIndex: ['PENDING#purge', true],
      suppressed: true,
      emails: 2,
      confirmationReply: { caseId: record.caseId, role: 'requester' },
      fyiTo: [informed?.email],
      informedTeam: 'marketing',
      informedLoad: 0,
      outbox: ['opt-out-confirmed', 'opt-out-fyi'],
    });
  });

  it('can be checked by address, in any letter case, and leave other addresses off the list', async () => {
    // Prepare
    const { record, content } = await storeReceivedCase({ type: 'marketing_opt_out', teamId: 'marketing' });
    const { hasher } = await keysFromEnv();

    // Act
    await sendRouteMessages([record.caseId]);
    await eventually(async () => ((await caseItem(record.caseId))?.status === 'closed' ? true : undefined));

    // Assess
    const check = (address: string) => isAddressSuppressed(address, { store: assignmentStore, hasher });
    expect({
      optedOut: await check(` ${content.email.toUpperCase()} `),
      someoneElse: await check('nobody@example.com'),
    }).toEqual({ optedOut: true, someoneElse: false });
  });
});

describe('a case nobody in the team can take', () => {
  it('goes to the team manager and is marked for attention', async () => {
    // Prepare: the Netherlands rule, in Finnish, which nobody in nl-privacy reads.
    const { record } = await storeReceivedCase({ language: 'fi' });

    // Act
    await sendRouteMessages(twice([record.caseId]));
    const [email] = await emailsAboutOnceSent(desk, record.reference, 1);

    // Assess
    const item = await caseItem(record.caseId);
    const events = await auditEvents(record.caseId);
    const manager = teamById.get('nl-privacy')!.manager;
    expect({
      status: item?.status,
      assigneeId: item?.assigneeId,
      needsAttention: item?.needsAttention,
      routed: events.filter((e) => e.action === 'case.routed').map((e) => e.detail?.assigneeId),
      attention: events.filter((e) => e.action === 'case.needs_attention').map((e) => e.detail?.reason),
      to: email?.destination.to,
      reply: email && (await replyTokenOf(email, manager.email)),
    }).toEqual({
      status: 'assigned',
      assigneeId: undefined,
      needsAttention: 'no_eligible_member',
      routed: ['manager'],
      attention: ['no_eligible_member'],
      to: [manager.email],
      reply: { caseId: record.caseId, role: 'manager' },
    });
  });
});

describe('a case whose team changed since intake', () => {
  it('goes to the team the rules choose now, keeps its deadline and audits both teams', async () => {
    // Prepare: intake chose no-privacy; the rules now say nl-privacy.
    const { record } = await storeReceivedCase({ teamId: 'no-privacy' });

    // Act
    await sendRouteMessages([record.caseId]);
    await eventually(async () => ((await caseItem(record.caseId))?.status === 'assigned' ? true : undefined));

    // Assess
    const item = await caseItem(record.caseId);
    const changed = (await auditEvents(record.caseId)).filter((e) => e.action === 'case.team_changed');
    expect({ teamId: item?.teamId, deadline: item?.deadline, changed: changed.map((e) => e.detail) }).toEqual(
      {
        teamId: 'nl-privacy',
        deadline: record.deadline,
        changed: [{ fromTeamId: 'no-privacy', toTeamId: 'nl-privacy', rule: 'netherlands' }],
      },
    );
  });
});

describe('a rights request from the web form', () => {
  it('is routed once the requester confirms the email address', async () => {
    // Prepare
    const submission = validSubmission({ type: 'portability', country: 'NO', language: 'nb' });
    const response = await postRequest(desk, submission);
    const { reference } = (await response.json()) as { reference: string };
    const verificationLink = await acknowledgementVerificationLink(desk, reference);

    // Act
    await fetch(verificationLink ?? `${desk.api}/requests/verify`);
    const emails = await emailsAboutOnceSent(desk, reference, 2);

    // Assess
    // Lars and Kari work in Norwegian first: their case-assigned email is Norwegian.
    const assignedEmail = emails.find((email) => email.subject.includes('Ny sak til deg'));
    expect(
      ['lars.olsen@example.org', 'kari.nilsen@example.org'].includes(assignedEmail?.destination.to[0] ?? ''),
    ).toBe(true);
  });
});

describe('releasing an open case (for the step that closes cases)', () => {
  it('takes one off the assignee’s counter, and never goes below zero', async () => {
    // Prepare: a case assigned to someone in the recruitment team.
    const { record } = await storeReceivedCase({ relationship: 'job_applicant', teamId: 'recruitment' });
    await sendRouteMessages([record.caseId]);
    const assigneeId = await eventually(
      async () => (await caseItem(record.caseId))?.assigneeId as string | undefined,
    );
    const before = await openCasesOf(assigneeId);

    // Act
    await assignmentStore.releaseOpenCase(assigneeId);
    const afterOne = await openCasesOf(assigneeId);
    for (let i = 0; i < before + 1; i++) await assignmentStore.releaseOpenCase(assigneeId);
    await assignmentStore.releaseOpenCase('never-assigned');

    // Assess
    expect({
      afterOne,
      afterAll: await openCasesOf(assigneeId),
      never: await openCasesOf('never-assigned'),
    }).toEqual({
      afterOne: before - 1,
      afterAll: 0,
      never: 0,
    });
  });
});

describe('start-up with an invalid routing configuration', () => {
  it('fails, naming the field to fix', async () => {
    // Prepare
    const invalid = {
      ...testConfig,
      routing: {
        ...testConfig.routing,
        rules: testConfig.routing.rules.map((rule, index) =>
          index === 2 ? { ...rule, teamId: 'recruitmnet' } : rule,
        ),
      },
    };
    const file = writeConfig('invalid.config.json', invalid);

    // Act + Assess
    await expect(startTestDesk({ configFile: file })).rejects.toThrow(
      `${file}: routing.rules.2.teamId: unknown team "recruitmnet"`,
    );
  });
});
