import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { GetItemCommand, QueryCommand } from '@aws-sdk/client-dynamodb';
import { marshall, unmarshall } from '@aws-sdk/util-dynamodb';
import { beforeAll, describe, expect, it } from 'vitest';
import { documentClient } from '../../adapters/aws-clients.ts';
import { DynamoDbCaseStore } from '../../adapters/dynamodb/dynamodb-case-store.ts';
import type { EvidencePack } from '../../domain/audit/evidence-pack.ts';
import type { RequestType } from '../../domain/request-types.ts';
import { runDeskCli } from '../helpers/desk-cli.ts';
import { outboxDrained, runSweep } from '../helpers/escalation.ts';
import { validSubmission } from '../helpers/factories.ts';
import { ANNA } from '../helpers/fixture-config.ts';
import { openAssignedCase } from '../helpers/intake.ts';
import { deliverMail, staffReplyMail } from '../helpers/mail.ts';
import { testDeskForThisFile } from '../helpers/test-desk.ts';

/*
 * Accountability end to end: the evidence pack of a full case (intake, verification, routing,
 * extension, refusal) lists each step with its time; reading content for it is audited; a breach
 * report's register entry, recorded by staff email commands, survives the purge, and the purged case
 * still verifies and still has its pack without content.
 */
let store: DynamoDbCaseStore;

const desk = testDeskForThisFile();

beforeAll(async () => {
  store = new DynamoDbCaseStore(documentClient(), desk.tableName);
});

interface OpenCase {
  readonly caseId: string;
  readonly reference: string;
  readonly submission: ReturnType<typeof validSubmission>;
}

/** Through the API, verified when needed, routed, then given to Anna (so the test knows who answers). */
async function openCase(type: RequestType, message: string): Promise<OpenCase> {
  const submission = validSubmission({ type, message });
  const { caseId, reference } = await openAssignedCase(desk, submission, ANNA.id);
  await outboxDrained(desk);
  return { caseId, reference, submission };
}

/** Anna's reply to her own case address, with this body. */
async function staffReply(open: OpenCase, body: string, outcome: 'filed' | 'rejected' = 'filed') {
  const answer = await deliverMail(desk, await staffReplyMail(open.caseId, ANNA, body));
  expect(answer.result.outcome.kind).toBe(outcome);
  await outboxDrained(desk);
}

const readPack = (dir: string, reference: string) =>
  JSON.parse(readFileSync(path.join(dir, `${reference}.evidence.json`), 'utf8')) as EvidencePack;

describe('the evidence pack of a full case, intake to refusal', () => {
  let open: OpenCase;

  it('lists each step with its time against the legal limit, and no personal content', async () => {
    // Prepare: an access request, verified, routed, extended, then refused.
    open = await openCase('access', 'Please send me every record you hold on my loyalty account.');
    await staffReply(open, '#extend 1 Records are spread over three archived systems\n\nWe need more time.');
    await staffReply(
      open,
      '#refuse The request repeats one answered in full last month\n\nKind regards, Anna',
    );

    // Act
    const dir = mkdtempSync(path.join(tmpdir(), 'desk-evidence-'));
    const result = await runDeskCli('evidence', '--case', open.reference, '--out', dir);

    // Assess
    expect(result).toMatchObject({ code: 0, stderr: '' });
    expect(result.stdout).toContain(`${open.reference}.evidence.html`);
    const pack = readPack(dir, open.reference);
    expect(pack).toMatchObject({
      reference: open.reference,
      caseId: open.caseId,
      withContent: false,
      purged: false,
      case: { type: 'access', status: 'closed', outcome: 'refused', extendedMonths: 1 },
      audit: { verification: { caseId: open.caseId } },
    });
    expect(pack.audit.verification.broken).toBeUndefined();
    const steps = pack.steps.map((step) => step.step);
    const order = [
      'receipt',
      'acknowledgement',
      'verification',
      'routing decision',
      'assignment notice',
      'extension',
      'extension notice',
      'refusal',
      // Decided in the same instant as the refusal; the notice goes out after it.
      'closure',
      'refusal notice',
    ];
    for (const step of order) expect(steps).toContain(step);
    // In the order they happened.
    const firstIndex = (step: string) => steps.indexOf(step);
    expect(order.map(firstIndex)).toEqual([...order.map(firstIndex)].sort((a, b) => a - b));
    for (const step of pack.steps) {
      expect(step.at).toMatch(/^\d{4}-\d{2}-\d{2}T/);
      expect(step.againstDeadline).toMatch(/^(\d+d )?\d+h (before|after) the legal limit$/);
    }
    const sent = pack.messages === 'purged with the case' ? [] : pack.messages;
    expect(sent.find((m) => m.template === 'refusal-notice')).toMatchObject({
      direction: 'to_requester',
      delivery: 'sent',
      sesMessageId: expect.any(String),
    });
    const html = readFileSync(path.join(dir, `${open.reference}.evidence.html`), 'utf8');
    expect(html).toContain(`<h1>Evidence pack ${open.reference}</h1>`);
    expect(html).toContain('refusal notice');
    for (const file of [JSON.stringify(pack), html]) {
      for (const personal of [open.submission.name, open.submission.email, 'loyalty', 'archived systems']) {
        expect(file).not.toContain(personal);
      }
    }
  });

  it('with content, holds the requester’s details and records the reading in the audit chain', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'desk-evidence-'));
    const result = await runDeskCli('evidence', '--case', open.reference, '--with-content', '--out', dir);
    expect(result.code).toBe(0);
    const pack = readPack(dir, open.reference);
    expect(pack.withContent).toBe(true);
    expect(pack.content).toMatchObject({ name: open.submission.name, email: open.submission.email });
    expect(pack.steps.at(-1)).toMatchObject({ step: 'content read', what: 'case.content_read' });
    const events = await store.listAuditEvents(open.caseId);
    expect(events.at(-1)).toMatchObject({
      action: 'case.content_read',
      detail: { purpose: 'evidence_pack' },
    });
    expect(await runDeskCli('audit', 'verify', '--case', open.reference)).toMatchObject({ code: 0 });
  });
});

describe('a breach report', () => {
  it('keeps its register entry, verifies and has its evidence pack after the purge', async () => {
    // Prepare: a breach report, assessed by email commands, then closed.
    const open = await openCase('breach_report', 'My payslip was emailed to my former colleague Ben.');
    await staffReply(
      open,
      [
        '#breach notified 2026-11-02',
        '#breach not-informed Encrypted attachment, the key was not disclosed',
        '#breach remedy Mail rule corrected, recipient confirmed deletion',
      ].join('\n'),
    );
    // A later reply changes one answer: the people were informed after all.
    const informedOn = new Date().toISOString().slice(0, 10);
    await staffReply(open, `#breach informed ${informedOn}\n#close fulfilled`);

    const register = await runDeskCli('breach-register', '--csv');
    expect(register.code).toBe(0);
    const [header, ...rows] = register.stdout.trim().split('\r\n');
    expect(header).toBe(
      'reference,caseId,teamId,receivedAt,assessedAt,authorityNotified,authorityNotifiedOn,notNotifiedReason,subjectsInformed,subjectsInformedOn,notInformedReason,remedialAction,updatedAt,updatedBy',
    );
    const row = rows.find((line) => line.startsWith(open.reference))!;
    expect(row).toContain(
      `,true,2026-11-02,,true,${informedOn},,"Mail rule corrected, recipient confirmed deletion",`,
    );
    expect(row).toContain(`,${ANNA.id}`);

    // Act: the sweep a minute after the retention period ends.
    const { Item } = await desk.dynamodb.send(
      new GetItemCommand({
        TableName: desk.tableName,
        Key: marshall({ pk: `CASE#${open.caseId}`, sk: 'CASE' }),
      }),
    );
    const purgeAfter = String(unmarshall(Item!).gsi2sk).split('#')[0]!;
    const sweep = await runSweep(new Date(new Date(purgeAfter).getTime() + 60_000));

    // Assess: purged; the register entry, the chain and the pack without content stay.
    expect(sweep.purged).toContain(open.caseId);
    expect(await store.getCase(open.caseId)).toBeUndefined();
    const after = await runDeskCli('breach-register', '--from', informedOn.slice(0, 8).concat('01'));
    expect(after.stdout).toContain(`${open.reference} (case ${open.caseId}, team `);
    expect(after.stdout).toContain(`authority notified:  yes, on 2026-11-02`);
    expect(after.stdout).toContain(`people informed:     yes, on ${informedOn}`);
    for (const personal of [open.submission.name, open.submission.email, 'payslip', 'colleague']) {
      expect(after.stdout).not.toContain(personal);
    }
    expect(await runDeskCli('audit', 'verify', '--case', open.reference)).toMatchObject({
      code: 0,
      stderr: '',
    });

    const dir = mkdtempSync(path.join(tmpdir(), 'desk-evidence-'));
    expect(await runDeskCli('evidence', '--case', open.reference, '--out', dir)).toMatchObject({ code: 0 });
    const pack = readPack(dir, open.reference);
    expect(pack).toMatchObject({
      purged: true,
      withContent: false,
      case: { type: 'breach_report', status: 'purged', outcome: 'fulfilled' },
      statistics: { caseId: open.caseId, type: 'breach_report' },
      breachRegister: { reference: open.reference, authorityNotified: true, subjectsInformed: true },
    });
    expect(pack.steps.map((step) => step.what)).toEqual(
      expect.arrayContaining(['case.received', 'breach.authority_notified', 'case.closed', 'case.purged']),
    );
    // The messages sent stay on record without their content: which notice, to whom (a role or a
    // member id), when, and whether it was delivered.
    const kept = pack.messages === 'purged with the case' ? [] : pack.messages;
    expect(kept).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          template: 'acknowledgement',
          direction: 'to_requester',
          participant: 'requester',
          delivery: 'sent',
        }),
        expect.objectContaining({
          template: 'case-assigned',
          participant: expect.stringMatching(/^member:/),
        }),
        expect.objectContaining({ template: 'breach-alert', direction: 'to_staff', participant: 'dpo' }),
      ]),
    );
    for (const message of kept) {
      expect(message).not.toHaveProperty('subject');
      expect(message).not.toHaveProperty('text');
    }
    const { Items: partition = [] } = await desk.dynamodb.send(
      new QueryCommand({
        TableName: desk.tableName,
        KeyConditionExpression: 'pk = :pk',
        ExpressionAttributeValues: marshall({ ':pk': `CASE#${open.caseId}` }),
      }),
    );
    const left = partition.map((item) => unmarshall(item));
    expect(left.filter((item) => String(item.sk).startsWith('MSG#')).length).toBe(kept.length);
    expect(left.filter((item) => 'sealed' in item || 'content' in item)).toEqual([]);
    const withContent = await runDeskCli(
      'evidence',
      '--case',
      open.reference,
      '--with-content',
      '--out',
      dir,
    );
    expect(withContent.code).toBe(1);
    expect(withContent.stderr).toContain('was purged for retention');
  });

  it('refuses #breach on a case that is not a breach report, and a date in the future', async () => {
    const open = await openCase('question', 'What do you keep about me?');
    await staffReply(open, '#breach notified 2026-11-02', 'rejected');
    const tomorrow = new Date(Date.now() + 86_400_000).toISOString().slice(0, 10);
    const breach = await openCase('breach_report', 'A laptop with customer data was stolen.');
    await staffReply(breach, `#breach notified ${tomorrow}`, 'rejected');
    expect((await store.listAuditEvents(breach.caseId)).at(-1)).toMatchObject({
      action: 'mail.command_rejected',
    });
    expect(await runDeskCli('breach-register', '--csv')).not.toMatchObject({
      stdout: expect.stringContaining(open.reference),
    });
    const events = await store.listAuditEvents(open.caseId);
    expect(events.at(-1)).toMatchObject({ action: 'mail.command_rejected', detail: { commands: '#breach' } });
  });
});
