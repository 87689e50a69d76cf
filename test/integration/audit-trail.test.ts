import { randomUUID } from 'node:crypto';
import {
  DeleteItemCommand,
  GetItemCommand,
  PutItemCommand,
  QueryCommand,
  ScanCommand,
  UpdateItemCommand,
} from '@aws-sdk/client-dynamodb';
import { marshall, unmarshall } from '@aws-sdk/util-dynamodb';
import { describe, expect, it } from 'vitest';
import { documentClient } from '../../adapters/aws-clients.ts';
import { transactWriteChained } from '../../adapters/dynamodb/audit-chain-writer.ts';
import { auditPut } from '../../adapters/dynamodb/case-items.ts';
import { appendToChain } from '../../domain/audit/audit-chain.ts';
import { runDeskCli } from '../helpers/desk-cli.ts';
import { outboxDrained, runSweep, writeTestConfig } from '../helpers/escalation.ts';
import { validSubmission } from '../helpers/factories.ts';
import { submitRequest } from '../helpers/intake.ts';
import { testDeskForThisFile } from '../helpers/test-desk.ts';

/*
 * The audit trail against DynamoDB Local: every case's events form a hash chain, appended safely by
 * concurrent writers; the sweep signs a daily checkpoint over the chain heads; `desk audit verify`
 * passes an untouched trail and names the first broken event for each kind of tampering.
 */
const desk = testDeskForThisFile({ configFile: writeTestConfig().configFile });

interface Submitted {
  readonly reference: string;
  readonly caseId: string;
  readonly submission: ReturnType<typeof validSubmission> & { phone: string; company: string };
}

async function submit(overrides: Record<string, unknown> = {}): Promise<Submitted> {
  const submission = validSubmission({ phone: '+31 6 1234 5678', company: 'Vries Bouw B.V.', ...overrides });
  const { reference, caseId } = await submitRequest(desk, submission);
  return { reference, caseId, submission: submission as Submitted['submission'] };
}

async function auditItems(caseId: string) {
  const { Items } = await desk.dynamodb.send(
    new QueryCommand({
      TableName: desk.tableName,
      KeyConditionExpression: 'pk = :pk AND begins_with(sk, :audit)',
      ExpressionAttributeValues: marshall({ ':pk': `CASE#${caseId}`, ':audit': 'AUDIT' }),
      ConsistentRead: true,
    }),
  );
  return (Items ?? []).map((item) => unmarshall(item));
}

const eventKey = (caseId: string, seq: number) =>
  marshall({ pk: `CASE#${caseId}`, sk: `AUDIT#${String(seq).padStart(10, '0')}` });

const cases: Submitted[] = [];

describe('the audit chain', () => {
  it('chains every event of a case, also when several writers append at once', async () => {
    // Prepare: five cases, submitted, acknowledged and routed.
    for (let i = 0; i < 5; i++) cases.push(await submit({ type: 'question' }));
    await outboxDrained(desk);
    const target = cases[0]!;

    // Act: 10 transactions append to one case at the same time, as several functions would.
    const client = documentClient();
    await Promise.all(
      Array.from({ length: 10 }, (_, i) =>
        transactWriteChained(client, [
          auditPut(desk.tableName, {
            caseId: target.caseId,
            at: new Date().toISOString(),
            action: 'test.concurrent_append',
            actor: 'system:test',
            detail: { writer: i },
          }),
        ]),
      ),
    );

    // Assess: one unbroken chain, numbered 1..n without a gap, every writer's event in it once.
    const items = await auditItems(target.caseId);
    const events = items.filter((item) => item.sk !== 'AUDITHEAD');
    const head = items.find((item) => item.sk === 'AUDITHEAD')!;
    expect(events.map((event) => event.seq)).toEqual(events.map((_, index) => index + 1));
    expect(
      events
        .filter((e) => e.action === 'test.concurrent_append')
        .map((e) => e.detail.writer)
        .sort((a, b) => a - b),
    ).toEqual(Array.from({ length: 10 }, (_, i) => i));
    expect(events.slice(1).map((event) => event.prevHash)).toEqual(
      events.slice(0, -1).map((event) => event.hash),
    );
    expect(head).toMatchObject({ seq: events.length, hash: events[events.length - 1]!.hash });
    expect(events[0]!.action).toBe('case.received');
  });

  it('holds no personal content: no name, address, phone, company or message word in any audit item', async () => {
    const { Items } = await desk.dynamodb.send(new ScanCommand({ TableName: desk.tableName }));
    const audit = (Items ?? [])
      .map((item) => unmarshall(item))
      .filter((item) => String(item.sk).startsWith('AUDIT') || item.pk === 'AUDITCHECKPOINT');
    expect(audit.length).toBeGreaterThan(cases.length * 2);
    const raw = JSON.stringify(audit);
    for (const { submission } of cases) {
      for (const personal of [
        submission.name,
        submission.email,
        submission.phone,
        submission.company,
        ...submission.message.split(/\W+/).filter((word) => word.length > 5),
      ]) {
        expect(raw).not.toContain(personal);
      }
    }
  });

  it('verifies untouched, with the sweep’s signed checkpoint over every chain head', async () => {
    const sweep = await runSweep(new Date());
    expect(sweep.auditCheckpoints).toEqual([{ seq: 1, heads: cases.length }]);
    const { Items } = await desk.dynamodb.send(
      new QueryCommand({
        TableName: desk.tableName,
        KeyConditionExpression: 'pk = :pk',
        ExpressionAttributeValues: marshall({ ':pk': 'AUDITCHECKPOINT' }),
      }),
    );
    const checkpoint = unmarshall(Items![0]!);
    expect(checkpoint).toMatchObject({
      seq: 1,
      algorithm: 'ECDSA_SHA_256',
      keyId: expect.stringMatching(/^local:/),
    });
    expect((checkpoint.heads as { caseId: string }[]).map((h) => h.caseId).sort()).toEqual(
      cases.map((c) => c.caseId).sort(),
    );
    // A second run the same day signs nothing more.
    expect((await runSweep(new Date())).auditCheckpoints).toBeUndefined();

    const all = await runDeskCli('audit', 'verify', '--all');
    expect(all).toMatchObject({ code: 0, stderr: '' });
    expect(all.stdout).toMatch(
      /^ok: 5 case\(s\), \d+ event\(s\) intact; 1 checkpoint\(s\) signed and chained/,
    );
    const one = await runDeskCli('audit', 'verify', '--case', cases[1]!.reference);
    expect(one).toMatchObject({ code: 0, stderr: '' });
  });
});

describe('desk audit verify catches', () => {
  it('an edited event', async () => {
    const { caseId, reference } = cases[1]!;
    await desk.dynamodb.send(
      new UpdateItemCommand({
        TableName: desk.tableName,
        Key: eventKey(caseId, 1),
        UpdateExpression: 'SET actor = :actor',
        ExpressionAttributeValues: marshall({ ':actor': 'system:someone-else' }),
      }),
    );
    const result = await runDeskCli('audit', 'verify', '--case', reference);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain(`BROKEN: ${reference} (case ${caseId}) event 1 (case.received at `);
    expect(result.stderr).toContain('edited: stored hash does not match the event');
  });

  it('a deleted event', async () => {
    const { caseId, reference } = cases[2]!;
    await desk.dynamodb.send(new DeleteItemCommand({ TableName: desk.tableName, Key: eventKey(caseId, 1) }));
    const result = await runDeskCli('audit', 'verify', '--case', reference);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/event 1: deleted: event 1 is missing/);
  });

  it('two events swapped', async () => {
    const { caseId, reference } = cases[3]!;
    const events = (await auditItems(caseId)).filter((item) => item.sk !== 'AUDITHEAD');
    const [first, second] = [events[0]!, events[1]!];
    for (const [event, sk] of [
      [first, second.sk],
      [second, first.sk],
    ] as const) {
      await desk.dynamodb.send(
        new PutItemCommand({ TableName: desk.tableName, Item: marshall({ ...event, sk }) }),
      );
    }
    const result = await runDeskCli('audit', 'verify', '--case', reference);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/event 2 \(.*\): reordered: event 2 is stored at position 1/);
  });

  it('a chain rewritten consistently from its start, and a trail deleted whole, by the checkpoint', async () => {
    // A chain rewritten with valid hashes: only the checkpoint knows the old head.
    const { caseId, reference } = cases[4]!;
    const events = (await auditItems(caseId)).filter((item) => item.sk !== 'AUDITHEAD');
    const rewritten = appendToChain(
      caseId,
      undefined,
      events.map((event, index) => ({
        caseId,
        at: event.at,
        action: index === 0 ? 'case.received' : event.action,
        actor: index === 0 ? 'system:forged' : event.actor,
        ...(event.detail ? { detail: event.detail } : {}),
      })),
    );
    for (const event of rewritten) {
      await desk.dynamodb.send(
        new PutItemCommand({
          TableName: desk.tableName,
          Item: marshall({
            pk: `CASE#${caseId}`,
            sk: `AUDIT#${String(event.seq).padStart(10, '0')}`,
            ...event,
          }),
        }),
      );
    }
    const last = rewritten[rewritten.length - 1]!;
    await desk.dynamodb.send(
      new UpdateItemCommand({
        TableName: desk.tableName,
        Key: marshall({ pk: `CASE#${caseId}`, sk: 'AUDITHEAD' }),
        UpdateExpression: 'SET #hash = :hash',
        ExpressionAttributeNames: { '#hash': 'hash' },
        ExpressionAttributeValues: marshall({ ':hash': last.hash }),
      }),
    );
    const rewrittenResult = await runDeskCli('audit', 'verify', '--case', reference);
    expect(rewrittenResult.code).toBe(1);
    expect(rewrittenResult.stderr).toMatch(
      /checkpoint_mismatch: event \d+ differs from what checkpoint 1 recorded/,
    );

    // The whole trail of case 0 gone, head included: the case is named by the checkpoint alone.
    const gone = cases[0]!;
    for (const item of await auditItems(gone.caseId)) {
      await desk.dynamodb.send(
        new DeleteItemCommand({ TableName: desk.tableName, Key: marshall({ pk: item.pk, sk: item.sk }) }),
      );
    }
    const all = await runDeskCli('audit', 'verify', '--all');
    expect(all.code).toBe(1);
    expect(all.stdout).toMatch(/^5 case\(s\) checked, 5 broken/);
    const sortedFirst = [...cases].map((c) => c.caseId).sort()[0]!;
    expect(all.stderr).toContain(`case ${sortedFirst}`);
    const goneResult = await runDeskCli('audit', 'verify', '--case', gone.caseId);
    expect(goneResult.code).toBe(1);
    expect(goneResult.stderr).toMatch(
      /checkpoint_mismatch: checkpoint 1 records event \d+, but the case has no audit trail/,
    );
  });

  it('an edited checkpoint', async () => {
    const key = marshall({ pk: 'AUDITCHECKPOINT', sk: `CP#${String(1).padStart(10, '0')}` });
    const { Item } = await desk.dynamodb.send(new GetItemCommand({ TableName: desk.tableName, Key: key }));
    const checkpoint = unmarshall(Item!);
    const heads = checkpoint.heads as { caseId: string; seq: number; hash: string }[];
    heads[0] = { ...heads[0]!, caseId: randomUUID() };
    await desk.dynamodb.send(
      new PutItemCommand({ TableName: desk.tableName, Item: marshall({ ...checkpoint, heads }) }),
    );
    const result = await runDeskCli('audit', 'verify', '--all');
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('BROKEN: checkpoint 1: its heads do not match its digest');
  });
});
