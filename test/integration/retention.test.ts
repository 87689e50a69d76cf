import { GetItemCommand, QueryCommand } from '@aws-sdk/client-dynamodb';
import { ListObjectsV2Command, PutObjectCommand, type S3Client } from '@aws-sdk/client-s3';
import { unmarshall } from '@aws-sdk/util-dynamodb';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { shardOf } from '../../adapters/dynamodb/keys.ts';
import { addMonthsClamped, endOfLocalDay, localDateOf } from '../../domain/deadlines/calendar.ts';
import { localS3Client } from '../../local/desk-runtime.ts';
import { runDeskCli } from '../helpers/desk-cli.ts';
import { DAY, outboxDrained, runSweep, writeTestConfig } from '../helpers/escalation.ts';
import { validSubmission } from '../helpers/factories.ts';
import { postRequest } from '../helpers/intake.ts';
import { testDeskForThisFile } from '../helpers/test-desk.ts';

/*
 * Retention: a request that is never verified is closed as unverified by the sweep 14 days after
 * receipt; it then waits in byPendingStep `purge` until the end of the day 12 calendar months
 * (closedCaseMonths) after the closing date,
 * when the sweep deletes the case with its audit trail, thread, outbox and lookups and keeps only an
 * anonymous statistics item, after deleting its attachments from the mail bucket.
 */
let s3: S3Client;

const desk = testDeskForThisFile({ configFile: writeTestConfig().configFile });

beforeAll(async () => {
  s3 = localS3Client(desk.endpoints.s3);
});

afterAll(async () => {
  s3?.destroy();
});

async function getItem(pk: string, sk: string) {
  const { Item } = await desk.dynamodb.send(
    new GetItemCommand({ TableName: desk.tableName, Key: { pk: { S: pk }, sk: { S: sk } } }),
  );
  return Item ? unmarshall(Item) : undefined;
}

async function partition(pk: string) {
  const { Items } = await desk.dynamodb.send(
    new QueryCommand({
      TableName: desk.tableName,
      KeyConditionExpression: 'pk = :pk',
      ExpressionAttributeValues: { ':pk': { S: pk } },
      ConsistentRead: true,
    }),
  );
  return (Items ?? []).map((item) => unmarshall(item));
}

const attachmentPrefix = (caseId: string) => `attachments/${caseId}/`;

async function putAttachment(key: string) {
  await s3.send(
    new PutObjectCommand({ Bucket: desk.services.bucketNames.mail, Key: key, Body: Buffer.from('sealed') }),
  );
}

async function keysUnder(prefix: string) {
  const { Contents } = await s3.send(
    new ListObjectsV2Command({ Bucket: desk.services.bucketNames.mail, Prefix: prefix }),
  );
  return (Contents ?? []).map((object) => object.Key);
}

describe('retention', () => {
  it('purges a closed case when its retention ends, keeping anonymous statistics only', async () => {
    // Prepare: an access request never verified, closed as unverified by the sweep after 14 days.
    const start = Date.now();
    const submission = validSubmission({ type: 'access' });
    const response = await postRequest(desk, submission);
    expect(response.status).toBe(201);
    const body = (await response.json()) as { reference: string; statusUrl: string };
    const caseId = (await getItem(`REF#${body.reference}`, 'REF'))?.caseId as string;
    await outboxDrained(desk);
    const closing = await runSweep(new Date(start + 14 * DAY + 60_000));
    await outboxDrained(desk);
    expect(closing.closedUnverified).toEqual([body.reference]);
    expect(closing.purged).toEqual([]);

    const closed = (await getItem(`CASE#${caseId}`, 'CASE'))!;
    expect(closed).toMatchObject({ status: 'closed', outcome: 'unverified' });
    // 12 calendar months after the closing date in the handling entity's zone, to the end of that day.
    const zone = (closed.deadline as { timeZone: string }).timeZone;
    expect(zone).toBe('Europe/Amsterdam');
    const purgeAfter = endOfLocalDay(
      addMonthsClamped(localDateOf(new Date(closed.closedAt as string), zone), 12),
      zone,
    );
    expect(closed.gsi2pk).toBe(`PENDING#purge#${shardOf(caseId)}`);
    expect(closed.gsi2sk).toBe(`${purgeAfter.toISOString()}#${caseId}`);
    const emailIds = (await partition(`CASE#${caseId}`)).flatMap((item) =>
      typeof item.emailMessageId === 'string' && item.sk.startsWith('MSG#') ? [item.emailMessageId] : [],
    );
    expect(emailIds.length).toBeGreaterThanOrEqual(2); // the acknowledgement and the closing notice
    for (const id of emailIds) expect(await getItem(`EMAIL#${id}`, 'EMAIL')).toBeDefined();

    const statusUrl = body.statusUrl.replace(/^https?:\/\/[^/]+/, desk.api);
    expect((await fetch(statusUrl)).status).toBe(200);

    // Its attachments in the mail bucket, and another case's attachment beside them.
    const ownKeys = [`${attachmentPrefix(caseId)}x.bin`, `${attachmentPrefix(caseId)}inbound-1/0`];
    const otherCaseKey = `${attachmentPrefix(`${caseId}-other`)}y.bin`;
    for (const key of [...ownKeys, otherCaseKey]) await putAttachment(key);

    // Act 1: a minute before the retention ends.
    const early = await runSweep(new Date(purgeAfter.getTime() - 60_000));

    // Assess 1: nothing purged.
    expect(early.purged).toEqual([]);
    expect(await getItem(`CASE#${caseId}`, 'CASE')).toBeDefined();
    expect((await keysUnder(attachmentPrefix(caseId))).sort()).toEqual([...ownKeys].sort());

    // Act 2: a minute after, twice (a re-run finds nothing left).
    const purging = await runSweep(new Date(purgeAfter.getTime() + 60_000));
    const again = await runSweep(new Date(purgeAfter.getTime() + 120_000));

    // Assess 2: the case, its content, outbox and lookups are gone; its audit chain stays, with the
    // purge as its last event, until the accountability period (60 months) ends.
    expect(purging.purged).toEqual([caseId]);
    expect(again.purged).toEqual([]);
    const left = await partition(`CASE#${caseId}`);
    const keptUntil = Math.floor(
      new Date(
        `${addMonthsClamped(new Date(purgeAfter.getTime() + 60_000).toISOString().slice(0, 10), 60)}T23:59:59.999Z`,
      ).getTime() / 1000,
    );
    // What stays: the chain, and each message's record without its sealed subject and text.
    expect(left.every((item) => /^(AUDIT|MSG#)/.test(String(item.sk)))).toBe(true);
    expect(left.filter((item) => 'sealed' in item)).toEqual([]);
    expect(left.map((item) => item.expiresAt)).toEqual(left.map(() => keptUntil));
    const events = left.filter((item) => String(item.sk).startsWith('AUDIT#'));
    expect(events.map((event) => event.action)).toEqual(['case.received', 'case.closed', 'case.purged']);
    expect(await getItem(`AUDITREF#${body.reference}`, 'AUDITREF')).toMatchObject({
      caseId,
      expiresAt: keptUntil,
    });
    // The kept chain still verifies, found by the reference.
    const verify = await runDeskCli('audit', 'verify', '--case', body.reference);
    expect(verify).toMatchObject({ code: 0, stderr: '' });
    expect(verify.stdout).toMatch(/^ok: 1 case\(s\), \d+ event\(s\) intact/);
    expect(await getItem(`REF#${body.reference}`, 'REF')).toBeUndefined();
    for (const id of emailIds) expect(await getItem(`EMAIL#${id}`, 'EMAIL')).toBeUndefined();

    // Its attachments are gone; another case's (a prefix that merely starts with this id) stays.
    expect(await keysUnder(attachmentPrefix(caseId))).toEqual([]);
    expect(await keysUnder(attachmentPrefix(`${caseId}-other`))).toEqual([otherCaseKey]);

    // Only the anonymous statistics stay, without anything that leads to the requester.
    const stats = await getItem(`STATS#${(closed.closedAt as string).slice(0, 7)}`, caseId);
    expect(stats).toEqual({
      pk: `STATS#${(closed.closedAt as string).slice(0, 7)}`,
      sk: caseId,
      caseId,
      type: 'access',
      receivedAt: closed.receivedAt,
      closedAt: closed.closedAt,
      outcome: 'unverified',
      teamId: closed.teamId,
      extendedMonths: 0,
      // For the staff report: where from, by which channel, the deadlines and the pauses; no person.
      country: 'NL',
      channel: 'form',
      dueAt: (closed.deadline as { dueAt: string }).dueAt,
      targetAt: expect.any(String),
      pauses: 0,
    });
    const raw = JSON.stringify(stats);
    for (const personal of [
      submission.name,
      submission.email,
      submission.message,
      body.reference,
      closed.emailHash as string,
      closed.accessTokenHash as string,
    ]) {
      expect(raw).not.toContain(personal);
    }

    // The requester's status link no longer finds the case.
    expect((await fetch(statusUrl)).status).toBe(404);
  });
});
