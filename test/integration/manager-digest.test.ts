import { QueryCommand } from '@aws-sdk/client-dynamodb';
import { SendMessageCommand } from '@aws-sdk/client-sqs';
import { unmarshall } from '@aws-sdk/util-dynamodb';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CaseRecord } from '../../domain/case-model.ts';
import { digestPartitionId } from '../../domain/sweep/manager-digests.ts';
import { sesDeliveryEvent } from '../../local/ses-delivery-event.ts';
import { deadline, runSweep, seedCase, sentEmails, writeTestConfig } from '../helpers/escalation.ts';
import { eventually, startTestDesk, type TestDesk } from '../helpers/test-desk.ts';
import { waitUntilQuiet } from '../helpers/wait-until-quiet.ts';

/* The managers' daily digest: once a day per team, from 07:00 local, only for teams with open cases. */
let desk: TestDesk;
let domain: string;
const cases: Record<string, CaseRecord> = {};

beforeAll(async () => {
  const config = writeTestConfig();
  domain = config.domain;
  desk = await startTestDesk({ configFile: config.configFile });
  const seed = (name: string, teamId: string, type: CaseRecord['type'], receivedAt: string, dueAt: string) =>
    seedCase(desk, {
      type,
      status: 'assigned',
      teamId,
      assigneeId: teamId === 'nl-privacy' ? 'anna-devries' : 'lars-olsen',
      receivedAt,
      deadline: deadline(receivedAt, dueAt),
    }).then((record) => {
      cases[name] = record;
    });
  await Promise.all([
    seed('overdue', 'nl-privacy', 'erasure', '2030-03-01T10:00:00.000Z', '2030-04-01T21:59:59.999Z'),
    seed('thisWeek', 'nl-privacy', 'access', '2030-03-06T10:00:00.000Z', '2030-04-08T21:59:59.999Z'),
    seed('later', 'nl-privacy', 'complaint', '2030-03-30T10:00:00.000Z', '2030-04-29T21:59:59.999Z'),
    seed('norway', 'no-privacy', 'question', '2030-03-30T10:00:00.000Z', '2030-04-29T21:59:59.999Z'),
  ]);
});

afterAll(async () => {
  await desk?.stop();
});

const digests = async () =>
  (await sentEmails(desk, domain)).filter((email) => email.subject.startsWith('Privacy Desk daily overview'));

describe('the daily manager digest', () => {
  it('goes out once per team manager and day, from 07:00 local, with references, types and dates only', async () => {
    // Act: 06:30 in Amsterdam (nothing), then 07:30 twice at once, then 12:00.
    const early = await runSweep('2030-04-03T04:30:00Z');
    const [first, second] = await Promise.all([
      runSweep('2030-04-03T05:30:00Z'),
      runSweep('2030-04-03T05:30:00Z'),
    ]);
    const noon = await runSweep('2030-04-03T10:00:00Z');
    await waitUntilQuiet(desk);

    // Assess
    expect(early.digests).toEqual([]);
    expect(noon.digests).toEqual([]);
    const sentDigests = [...(first?.digests ?? []), ...(second?.digests ?? [])].filter(
      (digest) => digest.sent,
    );
    expect(sentDigests.map((digest) => digest.teamId).sort()).toEqual(['nl-privacy', 'no-privacy']);
    const emails = await digests();
    expect(emails.map((email) => `${email.to} | ${email.subject}`).sort()).toEqual([
      `ingrid.hansen@${domain} | Privacy Desk daily overview Privacy team Norway, 2030-04-03: 0 overdue, 0 due this week`,
      `marieke.jansen@${domain} | Privacy Desk daily overview Privacy team Netherlands, 2030-04-03: 1 overdue, 1 due this week`,
    ]);
    const dutch = emails.find((email) => email.to.startsWith('marieke'))?.text ?? '';
    expect(dutch).toContain(
      `Overdue (1):\n  ${cases.overdue?.reference}  erasure request (Art. 17)  assigned  received 2030-03-01  due 2030-04-01`,
    );
    expect(dutch).toContain(
      `Due this week (1):\n  ${cases.thisWeek?.reference}  access request (Art. 15)  assigned  received 2030-03-06  due 2030-04-08`,
    );
    expect(dutch).toContain(`Due later (1):\n  ${cases.later?.reference}  complaint`);
    expect(dutch).not.toContain(cases.norway?.reference);
    expect(dutch).not.toContain('Johanna');
  });

  it('goes out again the next day', async () => {
    const before = (await digests()).length;

    const report = await runSweep('2030-04-04T05:05:00Z');
    await waitUntilQuiet(desk);

    expect(
      report.digests
        .filter((digest) => digest.sent)
        .map((digest) => digest.teamId)
        .sort(),
    ).toEqual(['nl-privacy', 'no-privacy']);
    expect((await digests()).length).toBe(before + 2);
  });

  it("a bounced digest is marked in the team's digest log and alerts nobody", async () => {
    // Prepare
    const [digest] = (await digests()).filter((email) => email.to.startsWith('ingrid'));
    const before = (await sentEmails(desk, domain)).length;

    // Act
    await desk.sqs.send(
      new SendMessageCommand({
        QueueUrl: desk.services.queueUrls.bounces.url,
        MessageBody: JSON.stringify(sesDeliveryEvent(digest!.messageId, 'Permanent')),
      }),
    );

    // Assess
    const log = await eventually(async () => {
      const { Items } = await desk.dynamodb.send(
        new QueryCommand({
          TableName: desk.tableName,
          KeyConditionExpression: 'pk = :pk AND begins_with(sk, :msg)',
          ExpressionAttributeValues: {
            ':pk': { S: `CASE#${digestPartitionId('no-privacy')}` },
            ':msg': { S: 'MSG#' },
          },
        }),
      );
      const messages = (Items ?? []).map((item) => unmarshall(item));
      return messages.some((message) => message.delivery === 'bounced') ? messages : undefined;
    });
    expect(log.map((message) => [message.template, message.participant])).toContainEqual([
      'manager-digest',
      'manager:no-privacy',
    ]);
    await waitUntilQuiet(desk);
    expect((await sentEmails(desk, domain)).length).toBe(before);
  });
});
