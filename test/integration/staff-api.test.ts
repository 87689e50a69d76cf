import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { PutItemCommand } from '@aws-sdk/client-dynamodb';
import { marshall } from '@aws-sdk/util-dynamodb';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { documentClient } from '../../adapters/aws-clients.ts';
import { DynamoDbAuditStore } from '../../adapters/dynamodb/dynamodb-audit-store.ts';
import { DynamoDbCaseStore } from '../../adapters/dynamodb/dynamodb-case-store.ts';
import { DynamoDbIntakeStore } from '../../adapters/dynamodb/dynamodb-intake-store.ts';
import { statisticsKey } from '../../adapters/dynamodb/keys.ts';
import type { AuditEvent, CaseRecord } from '../../domain/case-model.ts';
import { computeDueDate } from '../../domain/deadlines/index.ts';
import { DeadlinePolicySchema } from '../../domain/deadlines/policy.ts';
import type { CaseStatistics } from '../../domain/retention/case-statistics.ts';
import type { StaffRole } from '../../domain/staff/staff-identity.ts';
import { ensureDevIssuerKey, signDevStaffToken } from '../../local/dev-issuer.ts';
import { STAFF_AUTH_ENV } from '../../resources/desk-resources.ts';
import { newCaseFixture, validSubmission } from '../helpers/factories.ts';
import { ANNA, FIXTURE_CONFIG_FILE, PIETER } from '../helpers/fixture-config.ts';
import { openAssignedCase } from '../helpers/intake.ts';
import { sentEmailsTo } from '../helpers/ses-store.ts';
import { eventually, startTestDesk, type TestDesk } from '../helpers/test-desk.ts';
import { waitUntilQuiet } from '../helpers/wait-until-quiet.ts';

/*
 * The staff API against the local runtime: the development issuer's tokens verified by the staff
 * functions, cases made through the form or the staff API and routed by the real router, actions
 * through the same planner as the email commands, emails read from the SES emulator once the queues
 * and the outbox are empty.
 */

let desk: TestDesk;
let store: DynamoDbCaseStore;

/** nl-privacy (test/fixtures/desk.config.json): NL cases go there. */
const NL_MANAGER = 'marieke.jansen@example.org';
/** no-privacy: another team. */
const LARS = 'lars.olsen@example.org';
const NO_MANAGER = 'ingrid.hansen@example.org';
const DPO = 'dpo@example.org';

beforeAll(async () => {
  // The fixture configuration with pauses of the deadline clock enabled, for pause and resume.
  const config = JSON.parse(readFileSync(FIXTURE_CONFIG_FILE, 'utf8'));
  config.deadlines = { ...config.deadlines, pausesEnabled: true };
  const configFile = path.join(mkdtempSync(path.join(tmpdir(), 'staff-api-')), 'desk.config.json');
  writeFileSync(configFile, JSON.stringify(config));
  desk = await startTestDesk({ configFile });
  store = new DynamoDbCaseStore(documentClient(), desk.tableName);
});

afterAll(async () => {
  await desk?.stop();
});

function token(
  email: string,
  options: {
    role?: StaffRole;
    keyFile?: string;
    expiresInSeconds?: number;
    now?: Date;
    audience?: string;
  } = {},
) {
  return signDevStaffToken({
    keyFile: options.keyFile ?? desk.services.staffIssuerKeyFile,
    issuer: desk.services.environment[STAFF_AUTH_ENV.issuer]!,
    email,
    role: options.role ?? 'representative',
    ...(options.audience ? { audience: options.audience } : {}),
    ...(options.expiresInSeconds !== undefined ? { expiresInSeconds: options.expiresInSeconds } : {}),
    ...(options.now ? { now: options.now } : {}),
  });
}

interface Answer {
  readonly status: number;
  // biome-ignore lint/suspicious/noExplicitAny: JSON answers of several shapes.
  readonly body: any;
  readonly text: string;
}

async function call(
  pathAndQuery: string,
  options: {
    as?: string;
    bearer?: string;
    method?: string;
    body?: unknown;
    headers?: Record<string, string>;
  } = {},
): Promise<Answer> {
  const bearer = options.bearer ?? (options.as ? await token(options.as) : undefined);
  const response = await fetch(`${desk.api}${pathAndQuery}`, {
    method: options.method ?? 'GET',
    headers: {
      ...(bearer ? { authorization: `Bearer ${bearer}` } : {}),
      ...(options.body !== undefined ? { 'content-type': 'application/json' } : {}),
      ...options.headers,
    },
    ...(options.body !== undefined ? { body: JSON.stringify(options.body) } : {}),
  });
  const text = await response.text();
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch {
    body = undefined;
  }
  return { status: response.status, body, text };
}

const act = (reference: string, as: string, body: unknown, headers: Record<string, string> = {}) =>
  call(`/staff/cases/${reference}/actions`, { as, method: 'POST', body, headers });

/**
 * A question through the form, routed by the real router, then given to Anna in the table so
 * that every test knows its assignee.
 */
async function formCase(overrides: Record<string, unknown> = {}) {
  const submission = validSubmission({ type: 'question', country: 'NL', ...overrides });
  const { caseId, reference } = await openAssignedCase(desk, submission, ANNA.id);
  await waitUntilQuiet(desk);
  return { caseId, reference, requester: submission.email as string };
}

async function caseOf(caseId: string): Promise<CaseRecord> {
  return (await store.getCase(caseId))!;
}

async function audit(caseId: string): Promise<AuditEvent[]> {
  return store.listAuditEvents(caseId);
}

async function emailsAbout(address: string, reference: string) {
  return (await sentEmailsTo(desk, address)).filter((email) => email.subject.includes(reference));
}

describe('who may call', () => {
  it('answers 401 without a token, to a malformed one, an expired one, one signed by another key and one for another client', async () => {
    const otherKey = await ensureDevIssuerKey(mkdtempSync(path.join(tmpdir(), 'other-issuer-')));
    const tokens = [
      undefined,
      'not-a-jwt',
      await token(DPO, { now: new Date(Date.now() - 10 * 3_600_000), expiresInSeconds: 3600 }),
      await token(DPO, { keyFile: otherKey }),
      await token(DPO, { audience: 'someone-elses-client' }),
    ];
    for (const bearer of tokens) {
      const answer = await call('/staff/cases', bearer ? { bearer } : {});
      expect(answer.status, String(bearer).slice(0, 20)).toBe(401);
      expect(answer.body.error).toBe('unauthorized');
    }
  });

  it('answers 403 to a valid token for an address that is not configured staff', async () => {
    const answer = await call('/staff/cases', { as: 'someone@example.org' });
    expect(answer.status).toBe(403);
    expect(answer.body.error).toBe('forbidden');
  });
});

describe('what each role sees', () => {
  let opened: Awaited<ReturnType<typeof formCase>>;
  beforeAll(async () => {
    opened = await formCase();
  });

  it('the assignee and her team read it; the team manager and the DPO act on it; another team gets the 404 of an unknown reference', async () => {
    const unknown = await call('/staff/cases/PD-0000-0000?purpose=handling', { as: DPO });
    expect(unknown.status).toBe(404);
    const access: Record<string, number | string> = {};
    for (const who of [ANNA.email, PIETER.email, NL_MANAGER, DPO, LARS, NO_MANAGER]) {
      const detail = await call(`/staff/cases/${opened.reference}?purpose=handling`, { as: who });
      access[who] = detail.status === 200 ? detail.body.access : detail.status;
      if (detail.status === 404) expect(detail.body).toEqual(unknown.body);
    }
    expect(access).toEqual({
      [ANNA.email]: 'act',
      [PIETER.email]: 'read',
      [NL_MANAGER]: 'act',
      [DPO]: 'act',
      [LARS]: 404,
      [NO_MANAGER]: 404,
    });
    const lists: Record<string, boolean> = {};
    for (const who of [ANNA.email, PIETER.email, NL_MANAGER, DPO, LARS, NO_MANAGER]) {
      const references = await allReferences(`/staff/cases?limit=100`, who);
      lists[who] = references.includes(opened.reference);
    }
    expect(lists).toEqual({
      [ANNA.email]: true,
      [PIETER.email]: true,
      [NL_MANAGER]: true,
      [DPO]: true,
      [LARS]: false,
      [NO_MANAGER]: false,
    });
    const mine = await allReferences('/staff/cases?mine=true', PIETER.email);
    expect(mine).not.toContain(opened.reference);
  });

  it('a read-only viewer may not act (403), an outsider gets 404 for an action too, and nothing is written', async () => {
    const before = await audit(opened.caseId);
    const readOnly = await act(opened.reference, PIETER.email, { action: 'note', text: 'Looked at it' });
    expect(readOnly.status).toBe(403);
    const outsider = await act(opened.reference, LARS, { action: 'note', text: 'Looked at it' });
    expect(outsider.status).toBe(404);
    const after = await audit(opened.caseId);
    expect(after.filter((event) => event.action === 'case.note_added')).toHaveLength(0);
    expect(after.length - before.length).toBe(0);
  });

  it('records every read of content with the person, the role and the purpose; lists are not recorded', async () => {
    const fresh = await formCase();
    await allReferences('/staff/cases', DPO);
    expect((await audit(fresh.caseId)).filter((event) => event.action === 'case.content_read')).toEqual([]);
    const missingPurpose = await call(`/staff/cases/${fresh.reference}`, { as: PIETER.email });
    expect(missingPurpose.status).toBe(400);
    expect(missingPurpose.body.issues.map((issue: { field: string }) => issue.field)).toEqual(['purpose']);
    const read = await call(`/staff/cases/${fresh.reference}?purpose=handling`, { as: PIETER.email });
    expect(read.status).toBe(200);
    expect(read.body.requester.message).toBe('Which of my data do you keep, and for how long?');
    expect(read.body.requester.email).toBe(fresh.requester);
    await call(`/staff/cases/${fresh.reference}?purpose=supervision`, { as: NL_MANAGER });
    const reads = (await audit(fresh.caseId)).filter((event) => event.action === 'case.content_read');
    expect(reads.map(({ actor, detail }) => ({ actor, detail }))).toEqual([
      {
        actor: PIETER.id,
        detail: { purpose: 'handling', role: 'representative', via: 'api', access: 'read' },
      },
      {
        actor: 'manager:nl-privacy',
        detail: { purpose: 'supervision', role: 'manager', via: 'api', access: 'act' },
      },
    ]);
    // The answer carries the trail, its own read included, and the thread (the acknowledgement).
    expect(read.body.audit.at(-1)).toMatchObject({ action: 'case.content_read', actor: PIETER.id });
    expect(read.body.thread.map((message: { template?: string }) => message.template)).toContain(
      'acknowledgement',
    );
    expect(read.body.deadline.legalLimit.dueAt).toBe((await caseOf(fresh.caseId)).deadline.dueAt);
  });
});

async function allReferences(first: string, as: string): Promise<string[]> {
  const references: string[] = [];
  let next: string | undefined;
  let pathAndQuery = first;
  do {
    const page = await call(pathAndQuery, { as });
    expect(page.status).toBe(200);
    references.push(...page.body.cases.map((item: { reference: string }) => item.reference));
    next = page.body.next;
    const separator = first.includes('?') ? '&' : '?';
    pathAndQuery = `${first}${separator}cursor=${encodeURIComponent(next ?? '')}`;
  } while (next);
  return references;
}

describe('pagination', () => {
  it('pages through more than one page without repeats, and refuses a tampered or foreign cursor', async () => {
    const made: string[] = [];
    for (let i = 0; i < 5; i++) made.push((await formCase()).reference);
    const pages: string[][] = [];
    let next: string | undefined;
    do {
      const page = await call(
        `/staff/cases?mine=true&limit=2${next ? `&cursor=${encodeURIComponent(next)}` : ''}`,
        {
          as: ANNA.email,
        },
      );
      expect(page.status).toBe(200);
      pages.push(page.body.cases.map((item: { reference: string }) => item.reference));
      next = page.body.next;
      if (pages.length === 1) {
        const cursor = page.body.next as string;
        const [payload, mac] = cursor.split('.') as [string, string];
        const state = JSON.parse(Buffer.from(payload, 'base64url').toString());
        const forged = `${Buffer.from(JSON.stringify({ ...state, s: state.s + 1 })).toString('base64url')}.${mac}`;
        const tampered = await call(`/staff/cases?mine=true&limit=2&cursor=${encodeURIComponent(forged)}`, {
          as: ANNA.email,
        });
        expect(tampered.status).toBe(400);
        expect(tampered.body.issues).toEqual([{ field: 'cursor', message: expect.any(String) }]);
        const foreign = await call(`/staff/cases?mine=true&limit=2&cursor=${encodeURIComponent(cursor)}`, {
          as: DPO,
        });
        expect(foreign.status).toBe(400);
        const otherFilters = await call(`/staff/cases?limit=2&cursor=${encodeURIComponent(cursor)}`, {
          as: ANNA.email,
        });
        expect(otherFilters.status).toBe(400);
      }
    } while (next);
    const all = pages.flat();
    expect(pages.length).toBeGreaterThan(2);
    expect(pages.every((page) => page.length <= 2)).toBe(true);
    expect(new Set(all).size).toBe(all.length);
    for (const reference of made) expect(all).toContain(reference);
  });

  it('answers 400 naming the field for an invalid filter', async () => {
    const answer = await call('/staff/cases?status=lost&dueWithinDays=-1&frobnicate=1', { as: DPO });
    expect(answer.status).toBe(400);
    expect(answer.body.issues.map((issue: { field: string }) => issue.field).sort()).toEqual([
      '(body)',
      'dueWithinDays',
      'status',
    ]);
  });
});

describe('actions', () => {
  it('a reply goes to the requester and waits for them; a note stays internal', async () => {
    const opened = await formCase();
    const note = await act(opened.reference, ANNA.email, {
      action: 'note',
      text: 'Asked finance for the export',
    });
    expect(note.status).toBe(200);
    const reply = await act(opened.reference, ANNA.email, {
      action: 'reply',
      text: 'We keep your invoices for seven years.',
    });
    expect(reply.status).toBe(200);
    expect(reply.body.case.status).toBe('waiting_for_requester');
    await waitUntilQuiet(desk);
    const toRequester = await emailsAbout(opened.requester, opened.reference);
    const replies = toRequester.filter((email) =>
      email.body.text?.includes('We keep your invoices for seven years.'),
    );
    expect(replies).toHaveLength(1);
    expect(toRequester.some((email) => email.body.text?.includes('Asked finance'))).toBe(false);
    const record = await caseOf(opened.caseId);
    expect(record.firstResponseAt).toBeDefined();
    const actions = (await audit(opened.caseId)).filter((event) => event.action === 'case.staff_action');
    expect(actions.map((event) => [event.actor, event.detail?.commands])).toEqual([
      [ANNA.id, 'note'],
      [ANNA.id, 'reply'],
    ]);
  });

  it('assigns to another member, who is told; changes the type and tells the requester the new date', async () => {
    const opened = await formCase();
    const assign = await act(opened.reference, NL_MANAGER, { action: 'assign', memberId: PIETER.id });
    expect(assign.status).toBe(200);
    expect(assign.body.case.assigneeId).toBe(PIETER.id);
    const same = await act(opened.reference, NL_MANAGER, { action: 'assign', memberId: PIETER.id });
    expect(same.status).toBe(409);
    expect(same.body.issues).toEqual([
      { field: 'memberId', message: 'The case is already assigned to that member.' },
    ]);
    const unknownMember = await act(opened.reference, NL_MANAGER, { action: 'assign', memberId: 'nobody' });
    expect(unknownMember.status).toBe(400);
    const typeChange = await act(opened.reference, PIETER.email, {
      action: 'change_type',
      type: 'breach_report',
    });
    expect(typeChange.status).toBe(200);
    expect(typeChange.body.case.type).toBe('breach_report');
    await waitUntilQuiet(desk);
    const toPieter = await emailsAbout(PIETER.email, opened.reference);
    // Pieter works in Dutch first: staff emails come in the member's first language.
    expect(toPieter.filter((email) => email.subject.includes('Zaak aan u toegewezen'))).toHaveLength(1);
    const record = await caseOf(opened.caseId);
    expect(record.type).toBe('breach_report');
    const requesterMail = await emailsAbout(opened.requester, opened.reference);
    expect(requesterMail.filter((email) => email.subject.includes('New date for the answer'))).toHaveLength(
      1,
    );
  });

  it('extends once with the notice, pauses and resumes the clock, and refuses a second extension (409)', async () => {
    const opened = await formCase({ type: 'processor_info' });
    const extend = await act(opened.reference, ANNA.email, {
      action: 'extend',
      months: 1,
      reason: 'Three systems to search',
    });
    expect(extend.status).toBe(200);
    expect(extend.body.case.extendedMonths).toBe(1);
    const again = await act(opened.reference, ANNA.email, { action: 'extend', months: 2, reason: 'More' });
    expect(again.status).toBe(409);
    expect(again.body.issues[0].field).toBe('months');
    const pause = await act(opened.reference, ANNA.email, {
      action: 'pause',
      reason: 'Waiting for proof of identity',
    });
    expect(pause.status).toBe(200);
    expect(pause.body.case.paused).toBe(true);
    const resume = await act(opened.reference, ANNA.email, { action: 'resume' });
    expect(resume.status).toBe(200);
    expect(resume.body.case.paused).toBe(false);
    const record = await caseOf(opened.caseId);
    expect(record.clockPauses).toHaveLength(1);
    await waitUntilQuiet(desk);
    const notices = (await emailsAbout(opened.requester, opened.reference)).filter((email) =>
      email.body.text?.includes('Three systems to search'),
    );
    expect(notices).toHaveLength(1);
  });

  it('refuses with the Art. 12(4) notice; close needs its reason for refused (400) and a closed case takes no more (409)', async () => {
    const opened = await formCase();
    const noReason = await act(opened.reference, ANNA.email, { action: 'close', outcome: 'refused' });
    expect(noReason.status).toBe(400);
    expect(noReason.body.issues.map((issue: { field: string }) => issue.field)).toEqual(['reason']);
    const refuse = await act(opened.reference, ANNA.email, {
      action: 'refuse',
      reason: 'Manifestly unfounded',
    });
    expect(refuse.status).toBe(200);
    expect(refuse.body.case).toMatchObject({ status: 'closed', outcome: 'refused' });
    const note = await act(opened.reference, ANNA.email, { action: 'extend', months: 1, reason: 'x' });
    expect(note.status).toBe(409);
    await waitUntilQuiet(desk);
    const notices = (await emailsAbout(opened.requester, opened.reference)).filter((email) =>
      email.body.text?.includes('Manifestly unfounded'),
    );
    expect(notices).toHaveLength(1);
    expect((await audit(opened.caseId)).map((event) => event.action)).toEqual(
      expect.arrayContaining(['case.refused', 'case.closed']),
    );
  });

  it('records a breach report in the breach register; refuses the action on another type and a date to come', async () => {
    const breach = await formCase({
      type: 'breach_report',
      message: 'A laptop with customer data was stolen.',
    });
    const recorded = await act(breach.reference, ANNA.email, {
      action: 'breach',
      notified: '2026-11-02',
      notInformedReason: 'The disk was encrypted',
      remedy: 'Remote wipe; keys rotated',
    });
    expect(recorded.status).toBe(200);
    const both = await act(breach.reference, ANNA.email, {
      action: 'breach',
      informed: '2026-11-03',
      notInformedReason: 'Encrypted',
    });
    const empty = await act(breach.reference, ANNA.email, { action: 'breach' });
    const toCome = await act(breach.reference, ANNA.email, { action: 'breach', informed: '2099-01-01' });
    const question = await formCase();
    const onQuestion = await act(question.reference, ANNA.email, {
      action: 'breach',
      notified: '2026-11-02',
    });
    const record = await caseOf(breach.caseId);
    const entry = await new DynamoDbAuditStore(documentClient(), desk.tableName).getBreachRegisterEntry(
      record.receivedAt,
      breach.caseId,
    );

    expect({
      both: both.status,
      empty: empty.status,
      toCome: toCome.status,
      onQuestion: onQuestion.status,
    }).toEqual({ both: 400, empty: 400, toCome: 400, onQuestion: 400 });
    expect(entry).toMatchObject({
      reference: breach.reference,
      authorityNotified: true,
      authorityNotifiedOn: '2026-11-02',
      subjectsInformed: false,
      notInformedReason: 'The disk was encrypted',
      remedialAction: 'Remote wipe; keys rotated',
    });
    expect((await audit(breach.caseId)).map((event) => event.action)).toContain('breach.authority_notified');
  });

  it('two people closing at once: one wins, the other gets 409, one closing email', async () => {
    const opened = await formCase();
    const [first, second] = await Promise.all([
      act(opened.reference, ANNA.email, { action: 'close', outcome: 'fulfilled' }),
      act(opened.reference, NL_MANAGER, { action: 'close', outcome: 'withdrawn' }),
    ]);
    expect([first.status, second.status].sort()).toEqual([200, 409]);
    const winner = first.status === 200 ? 'fulfilled' : 'withdrawn';
    const record = await caseOf(opened.caseId);
    expect(record).toMatchObject({ status: 'closed', outcome: winner });
    await waitUntilQuiet(desk);
    const closings = (await audit(opened.caseId)).filter((event) => event.action === 'case.closed');
    expect(closings).toHaveLength(1);
    const mail = await emailsAbout(opened.requester, opened.reference);
    expect(mail.filter((email) => email.subject.includes('has been closed'))).toHaveLength(1);
  });

  it('an Idempotency-Key retried applies the action once', async () => {
    const opened = await formCase();
    const headers = { 'idempotency-key': 'note-1' };
    const first = await act(opened.reference, ANNA.email, { action: 'note', text: 'Once' }, headers);
    const retry = await act(opened.reference, ANNA.email, { action: 'note', text: 'Once' }, headers);
    expect([first.status, retry.status]).toEqual([200, 200]);
    expect(retry.body.duplicate).toBe(true);
    expect((await audit(opened.caseId)).filter((event) => event.action === 'case.note_added')).toHaveLength(
      1,
    );
  });
});

describe('requests taken by staff', () => {
  it('opens a case for a letter received ten days ago: the deadline counts from receipt, the requester is acknowledged', async () => {
    const receivedAt = new Date(Date.now() - 10 * 86_400_000);
    receivedAt.setUTCHours(9, 30, 0, 0);
    const email = `letter.${Date.now()}@example.com`;
    const answer = await call('/staff/cases', {
      as: ANNA.email,
      method: 'POST',
      body: {
        channel: 'letter',
        receivedAt: receivedAt.toISOString(),
        type: 'access',
        name: 'Joost Hendriks',
        email,
        relationship: 'customer_user',
        country: 'NL',
        language: 'en',
        message: 'Please send me a copy of my data (letter of 3 November).',
      },
    });
    expect(answer.status).toBe(201);
    expect(answer.body.acknowledged).toBe(true);
    const caseId = (await store.findByReference(answer.body.reference))!.caseId;
    const record = await caseOf(caseId);
    const expected = computeDueDate({
      type: 'access',
      receivedAt,
      country: 'NL',
      timeZone: 'Europe/Amsterdam',
      policy: DeadlinePolicySchema.parse({ pausesEnabled: true }),
    });
    expect(record).toMatchObject({
      receivedAt: receivedAt.toISOString(),
      channel: 'letter',
      teamId: 'nl-privacy',
    });
    expect(record.deadline.dueAt).toBe(expected.dueAt.toISOString());
    await eventually(async () => ((await caseOf(caseId)).status === 'assigned' ? true : undefined));
    await waitUntilQuiet(desk);
    expect(await emailsAbout(email, answer.body.reference)).toHaveLength(1);
    expect((await audit(caseId))[0]).toMatchObject({
      action: 'case.received',
      actor: ANNA.id,
      detail: { channel: 'letter' },
    });
  });

  it('opens a phone request without an address: no email; refuses a future receipt time', async () => {
    const base = {
      channel: 'phone',
      type: 'question',
      name: 'Bert Kramer',
      phone: '+31 20 555 0101',
      relationship: 'other',
      country: 'NL',
      language: 'nl',
      message: 'Belde over zijn gegevens bij de salarisadministratie.',
    };
    const future = await call('/staff/cases', {
      as: DPO,
      method: 'POST',
      body: { ...base, receivedAt: new Date(Date.now() + 3_600_000).toISOString() },
    });
    expect(future.status).toBe(400);
    expect(future.body.issues.map((issue: { field: string }) => issue.field)).toEqual(['receivedAt']);
    const answer = await call('/staff/cases', {
      as: DPO,
      method: 'POST',
      body: { ...base, receivedAt: new Date(Date.now() - 3_600_000).toISOString() },
    });
    expect(answer.status).toBe(201);
    expect(answer.body.acknowledged).toBe(false);
    const caseId = (await store.findByReference(answer.body.reference))!.caseId;
    await waitUntilQuiet(desk);
    const thread = await store.listThread(caseId);
    expect(thread.filter((message) => message.template === 'acknowledgement')).toEqual([]);
  });
});

describe('the summary report', () => {
  /*
   * A seeded March 2026 (no other case of this file is received then): four purged cases'
   * statistics records and one case still open, and one record just before the period.
   */
  const stats = (
    over: Partial<CaseStatistics> & Pick<CaseStatistics, 'caseId' | 'receivedAt' | 'closedAt'>,
  ): CaseStatistics => ({
    type: 'access',
    teamId: 'nl-privacy',
    extendedMonths: 0,
    outcome: 'fulfilled',
    country: 'NL',
    channel: 'form',
    pauses: 0,
    ...over,
  });
  const seeds: CaseStatistics[] = [
    stats({
      caseId: 'report-s1',
      receivedAt: '2026-03-02T10:00:00.000Z',
      firstResponseAt: '2026-03-03T10:00:00.000Z',
      closedAt: '2026-03-12T10:00:00.000Z',
      dueAt: '2026-04-02T21:59:59.999Z',
      targetAt: '2026-04-02T21:59:59.999Z',
    }),
    stats({
      caseId: 'report-s2',
      teamId: 'no-privacy',
      country: 'NO',
      channel: 'letter',
      receivedAt: '2026-03-05T10:00:00.000Z',
      firstResponseAt: '2026-03-07T10:00:00.000Z',
      closedAt: '2026-04-14T10:00:00.000Z',
      outcome: 'refused',
      extendedMonths: 1,
      dueAt: '2026-05-05T21:59:59.999Z',
      targetAt: '2026-05-04T21:59:59.999Z',
    }),
    stats({
      caseId: 'report-s3',
      type: 'question',
      teamId: 'nordic-privacy',
      country: 'SE',
      channel: 'email',
      receivedAt: '2026-03-10T08:00:00.000Z',
      firstResponseAt: '2026-03-10T10:00:00.000Z',
      closedAt: '2026-03-13T08:00:00.000Z',
      dueAt: '2026-04-09T21:59:59.999Z',
      targetAt: '2026-03-17T22:59:59.999Z',
    }),
    stats({
      caseId: 'report-s4',
      type: 'complaint',
      channel: 'phone',
      receivedAt: '2026-03-20T09:00:00.000Z',
      closedAt: '2026-04-14T09:00:00.000Z',
      dueAt: '2026-04-19T21:59:59.999Z',
      targetAt: '2026-04-10T21:59:59.999Z',
      pauses: 1,
    }),
    stats({
      caseId: 'report-s5',
      receivedAt: '2026-02-27T10:00:00.000Z',
      closedAt: '2026-03-03T10:00:00.000Z',
    }),
  ];

  beforeAll(async () => {
    for (const seed of seeds) {
      await desk.dynamodb.send(
        new PutItemCommand({
          TableName: desk.tableName,
          Item: marshall(
            { ...statisticsKey(seed.closedAt, seed.caseId), ...seed },
            { removeUndefinedValues: true },
          ),
        }),
      );
    }
    const open = newCaseFixture({
      type: 'question',
      status: 'assigned',
      assigneeId: ANNA.id,
      receivedAt: '2026-03-25T12:00:00.000Z',
      teamId: 'nl-privacy',
      deadline: {
        ...newCaseFixture().record.deadline,
        dueAt: '2026-04-24T21:59:59.999Z',
        dueDate: '2026-04-24',
        originalDueAt: '2026-04-24T21:59:59.999Z',
      },
    } satisfies Partial<CaseRecord>);
    await new DynamoDbIntakeStore(documentClient(), desk.tableName).createCase(open, new Date());
  });

  it('states the figures of the seeded period, in JSON and in CSV', async () => {
    const answer = await call('/staff/reports/summary?from=2026-03-01&to=2026-03-31', { as: DPO });
    expect(answer.status).toBe(200);
    expect(answer.body).toMatchObject({
      cases: 5,
      open: 1,
      closed: 4,
      byType: { access: 2, complaint: 1, question: 2 },
      byCountry: { NL: 3, NO: 1, SE: 1 },
      byTeam: { 'nl-privacy': 3, 'no-privacy': 1, 'nordic-privacy': 1 },
      byChannel: { email: 1, form: 2, letter: 1, phone: 1 },
      timeToFirstAnswer: { count: 3, medianHours: 24, p90Hours: 48 },
      timeToClose: { count: 4, medianHours: 420, p90Hours: 960 },
      closedByTarget: { count: 3, share: 0.75 },
      closedByLegalLimit: { count: 4, share: 1 },
      extensions: 1,
      refusals: 1,
      pauses: 1,
      overdueNow: 1,
    });
    const csv = await call('/staff/reports/summary?from=2026-03-01&to=2026-03-31', {
      as: DPO,
      headers: { accept: 'text/csv' },
    });
    expect(csv.status).toBe(200);
    expect(csv.text.split('\r\n')).toEqual(
      expect.arrayContaining([
        'section,key,value',
        'total,cases,5',
        'time_to_close,median_hours,420',
        'closed_by_target,share,0.75',
      ]),
    );
  });

  it('gives a team manager the figures of their own team only, and refuses a reversed period', async () => {
    const answer = await call('/staff/reports/summary?from=2026-03-01&to=2026-03-31', { as: NO_MANAGER });
    expect(answer.status).toBe(200);
    expect(answer.body).toMatchObject({ cases: 1, byTeam: { 'no-privacy': 1 }, refusals: 1 });
    const reversed = await call('/staff/reports/summary?from=2026-03-31&to=2026-03-01', { as: DPO });
    expect(reversed.status).toBe(400);
    expect(reversed.body.issues.map((issue: { field: string }) => issue.field)).toEqual(['to']);
  });
});

describe('a paused case', () => {
  /** Every case of a list, all pages. */
  async function allCases(first: string, as: string): Promise<{ reference: string; paused: boolean }[]> {
    const cases: { reference: string; paused: boolean }[] = [];
    let next: string | undefined;
    do {
      const page = await call(`${first}${next ? `&cursor=${encodeURIComponent(next)}` : ''}`, { as });
      expect(page.status).toBe(200);
      cases.push(...page.body.cases);
      next = page.body.next;
    } while (next);
    return cases;
  }

  it('stays in its team queue for the assignee, the manager and the DPO, marked paused, never due, and can be filtered for', async () => {
    const running = await formCase();
    const paused = await formCase();
    const pause = await act(paused.reference, ANNA.email, {
      action: 'pause',
      reason: 'Waiting for proof of identity',
    });
    expect(pause.status).toBe(200);

    const seen: Record<string, unknown> = {};
    for (const who of [ANNA.email, NL_MANAGER, DPO]) {
      const listed = await allCases('/staff/cases?team=nl-privacy&limit=100', who);
      seen[who] = listed.find((item) => item.reference === paused.reference);
    }
    const asListed = expect.objectContaining({
      reference: paused.reference,
      status: 'assigned',
      paused: true,
    });
    expect(seen).toEqual({ [ANNA.email]: asListed, [NL_MANAGER]: asListed, [DPO]: asListed });
    const mine = (await allCases('/staff/cases?mine=true&limit=100', ANNA.email)).map((c) => c.reference);
    expect(mine).toContain(paused.reference);

    // Its clock stands still: never overdue, never due within days.
    const due = await allCases('/staff/cases?team=nl-privacy&dueWithinDays=366&limit=100', NL_MANAGER);
    expect(due.map((c) => c.reference)).toContain(running.reference);
    expect(due.map((c) => c.reference)).not.toContain(paused.reference);

    const onlyPaused = await allCases('/staff/cases?team=nl-privacy&paused=true&limit=100', NL_MANAGER);
    expect(onlyPaused.map((c) => c.reference)).toContain(paused.reference);
    expect(onlyPaused.map((c) => c.reference)).not.toContain(running.reference);
    expect(onlyPaused.every((c) => c.paused)).toBe(true);
    const notPaused = await allCases('/staff/cases?team=nl-privacy&paused=false&limit=100', NL_MANAGER);
    expect(notPaused.map((c) => c.reference)).toContain(running.reference);
    expect(notPaused.map((c) => c.reference)).not.toContain(paused.reference);

    for (const query of [
      'paused=true&overdue=true',
      'paused=true&dueWithinDays=7',
      'status=closed&paused=false',
    ]) {
      const refused = await call(`/staff/cases?${query}`, { as: NL_MANAGER });
      expect(refused.status, query).toBe(400);
      expect(refused.body.issues.map((issue: { field: string }) => issue.field)).toEqual(['paused']);
    }

    // Resumed: back among the running cases, by its new deadline.
    const resume = await act(paused.reference, ANNA.email, { action: 'resume' });
    expect(resume.status).toBe(200);
    const after = await allCases('/staff/cases?team=nl-privacy&paused=false&limit=100', NL_MANAGER);
    expect(after.find((c) => c.reference === paused.reference)).toMatchObject({ paused: false });
  });

  it('counts as open and paused in the summary report, and not as overdue', async () => {
    // Received in May 2026 (no other case of this file is), its legal limit long past.
    const seeded = newCaseFixture({
      type: 'question',
      status: 'assigned',
      assigneeId: ANNA.id,
      receivedAt: '2026-05-11T09:00:00.000Z',
      teamId: 'nl-privacy',
      deadline: {
        ...newCaseFixture().record.deadline,
        dueAt: '2026-06-10T21:59:59.999Z',
        dueDate: '2026-06-10',
        originalDueAt: '2026-06-10T21:59:59.999Z',
      },
    } satisfies Partial<CaseRecord>);
    await new DynamoDbIntakeStore(documentClient(), desk.tableName).createCase(seeded, new Date());
    const before = await call('/staff/reports/summary?from=2026-05-01&to=2026-05-31', { as: DPO });
    expect(before.body).toMatchObject({ cases: 1, open: 1, pauses: 0 });
    const overdueBefore = before.body.overdueNow as number;

    const pause = await act(seeded.record.reference, ANNA.email, {
      action: 'pause',
      reason: 'Waiting for the signed authorisation',
    });
    expect(pause.status).toBe(200);

    for (const who of [DPO, NL_MANAGER]) {
      const answer = await call('/staff/reports/summary?from=2026-05-01&to=2026-05-31', { as: who });
      expect(answer.status).toBe(200);
      expect(answer.body, who).toMatchObject({
        cases: 1,
        open: 1,
        closed: 0,
        byTeam: { 'nl-privacy': 1 },
        pauses: 1,
        overdueNow: overdueBefore - 1,
      });
    }
  });
});
