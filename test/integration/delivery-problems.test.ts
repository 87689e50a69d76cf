import { randomUUID } from 'node:crypto';
import { GetItemCommand, QueryCommand } from '@aws-sdk/client-dynamodb';
import { SendMessageCommand } from '@aws-sdk/client-sqs';
import { unmarshall } from '@aws-sdk/util-dynamodb';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type DeliveryProblemType, sesDeliveryEvent } from '../../local/ses-delivery-event.ts';
import { caseStore, deadline, seedCase, sentEmails, writeTestConfig } from '../helpers/escalation.ts';
import { validSubmission } from '../helpers/factories.ts';
import { eventually, startTestDesk, type TestDesk } from '../helpers/test-desk.ts';
import { waitUntilQuiet } from '../helpers/wait-until-quiet.ts';

/*
 * SES bounce and complaint events on the bounces queue, as SES publishes them through a configuration
 * set, SNS and SQS: the thread message is marked and the staff are alerted once.
 */
let desk: TestDesk;
let domain: string;

beforeAll(async () => {
  const config = writeTestConfig();
  domain = config.domain;
  desk = await startTestDesk({ configFile: config.configFile });
});

afterAll(async () => {
  await desk?.stop();
});

async function submitQuestion() {
  const submission = validSubmission({ type: 'question', name: 'Bram Bouncer', country: 'NL' });
  const response = await fetch(`${desk.api}/requests`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(submission),
  });
  const { reference } = (await response.json()) as { reference: string };
  const { Item } = await desk.dynamodb.send(
    new GetItemCommand({
      TableName: desk.tableName,
      Key: { pk: { S: `REF#${reference}` }, sk: { S: 'REF' } },
    }),
  );
  const caseId = unmarshall(Item!).caseId as string;
  const [acknowledgement] = await eventually(async () => {
    const emails = await sentEmails(desk, submission.email);
    return emails.length > 0 ? emails : undefined;
  });
  await eventually(async () => ((await thread(caseId)).length > 0 ? true : undefined));
  return { reference, caseId, email: submission.email, sesMessageId: acknowledgement!.messageId };
}

async function thread(caseId: string) {
  const { Items } = await desk.dynamodb.send(
    new QueryCommand({
      TableName: desk.tableName,
      KeyConditionExpression: 'pk = :pk AND begins_with(sk, :msg)',
      ExpressionAttributeValues: { ':pk': { S: `CASE#${caseId}` }, ':msg': { S: 'MSG#' } },
    }),
  );
  return (Items ?? []).map((item) => unmarshall(item));
}

async function deliverEvent(body: unknown) {
  await desk.sqs.send(
    new SendMessageCommand({
      QueueUrl: desk.services.queueUrls.bounces.url,
      MessageBody: JSON.stringify(body),
    }),
  );
}

const manager = () => `marieke.jansen@${domain}`;

describe('SES bounce and complaint events', () => {
  it('marks the bounced acknowledgement and alerts the manager of the unassigned case once', async () => {
    // Prepare: a question, acknowledged by email and routed without an assignee.
    const question = await submitQuestion();
    const before = (await sentEmails(desk, manager())).length;

    // Act: the acknowledgement bounces; SES (or the queue) delivers the event twice.
    const event = sesDeliveryEvent(question.sesMessageId, 'Permanent');
    await deliverEvent(event);
    await deliverEvent(event);

    // Assess
    const marked = await eventually(async () => {
      const [message] = await thread(question.caseId);
      return message?.delivery === 'bounced' ? message : undefined;
    });
    expect(marked).toMatchObject({ template: 'acknowledgement', deliveryProblem: 'Permanent/General' });
    await waitUntilQuiet(desk);
    const alerts = (await sentEmails(desk, manager())).slice(before);
    expect(alerts.map((email) => email.subject)).toEqual([
      `[${question.reference}] Email not delivered: the acknowledgement of receipt to the requester`,
    ]);
    expect(alerts[0]?.text).toContain('the email bounced (Permanent bounce)');
    expect(alerts[0]?.text).not.toContain('Bram Bouncer');
    expect(alerts[0]?.text).not.toContain(question.email);
  });

  it.each([
    ['an SNS envelope (raw delivery off) with a complaint', 'Complaint', 'complained', true],
    ['the older notificationType format with a transient bounce', 'Transient', 'bounced', false],
  ] as const)('reads %s', async (_name, type: DeliveryProblemType, delivery, wrapped) => {
    const question = await submitQuestion();
    const event = sesDeliveryEvent(question.sesMessageId, type);
    const { eventType, ...rest } = event;
    const body = wrapped
      ? { Type: 'Notification', MessageId: 'sns-1', Message: JSON.stringify(event) }
      : { notificationType: eventType, ...rest };

    await deliverEvent(body);

    await eventually(async () => {
      const [message] = await thread(question.caseId);
      return message?.delivery === delivery ? true : undefined;
    });
    await waitUntilQuiet(desk);
    const alerts = await eventually(async () => {
      const emails = (await sentEmails(desk, manager())).filter((email) =>
        email.subject.startsWith(
          `[${question.reference}] ${delivery === 'complained' ? 'Spam complaint about an email' : 'Email not delivered'}:`,
        ),
      );
      return emails.length > 0 ? emails : undefined;
    });
    expect(alerts).toHaveLength(1);
    expect(alerts[0]?.text).toContain(
      delivery === 'complained' ? 'was marked as spam' : 'the email bounced (Transient bounce)',
    );
  });

  it('alerts the assignee and the manager, but not the person whose address bounced', async () => {
    // Prepare: an assigned case with two emails sent, to the requester and to the assignee.
    const caseId = randomUUID();
    const notification = (template: string) => ({
      notificationId: randomUUID(),
      caseId,
      template,
      recipient: { role: 'requester' } as const,
      createdAt: new Date().toISOString(),
    });
    const notifications = [notification('acknowledgement'), notification('escalation-reminder')];
    const record = await seedCase(
      desk,
      {
        caseId,
        type: 'access',
        status: 'assigned',
        teamId: 'nl-privacy',
        assigneeId: 'anna-devries',
        receivedAt: '2030-03-04T10:00:00.000Z',
        deadline: deadline('2030-03-04T10:00:00.000Z', '2030-04-04T21:59:59.999Z'),
      },
      undefined,
      notifications,
    );
    const store = caseStore(desk);
    const sent = async (participant: string, index: number) => {
      const sesMessageId = `ses-${randomUUID()}`;
      const recorded = await store.recordNotificationSent(notifications[index]!, {
        caseId,
        messageId: randomUUID(),
        at: new Date().toISOString(),
        direction: participant === 'requester' ? 'to_requester' : 'to_staff',
        template: notifications[index]!.template,
        participant,
        emailMessageId: sesMessageId,
        delivery: 'sent',
        sealed: 'sealed',
      });
      expect(recorded).toBe(true);
      return sesMessageId;
    };
    const toRequester = await sent('requester', 0);
    const toAnna = await sent('member:anna-devries', 1);
    const before = (await sentEmails(desk, domain)).length;

    // Act
    await deliverEvent(sesDeliveryEvent(toRequester, 'Permanent'));
    await deliverEvent(sesDeliveryEvent(toAnna, 'Permanent'));

    // Assess
    const alerts = await eventually(async () => {
      const emails = (await sentEmails(desk, domain)).slice(before);
      return emails.length >= 3 ? emails : undefined;
    });
    await waitUntilQuiet(desk);
    expect(
      (await sentEmails(desk, domain))
        .slice(before)
        .map((email) => `${email.to} | ${email.subject}`)
        .sort(),
    ).toEqual(
      [
        // Anna reads Dutch first; the manager has no language set.
        `anna.devries@${domain} | [${record.reference}] E-mail niet afgeleverd: de ontvangstbevestiging aan de aanvrager`,
        `marieke.jansen@${domain} | [${record.reference}] Email not delivered: the acknowledgement of receipt to the requester`,
        `marieke.jansen@${domain} | [${record.reference}] Email not delivered: a deadline reminder to Anna de Vries`,
      ].sort(),
    );
    expect(alerts.length).toBe(3);
  });

  it('ignores an event for a message the desk did not send', async () => {
    const before = (await sentEmails(desk, domain)).length;

    await deliverEvent(sesDeliveryEvent('ses-not-ours', 'Permanent'));
    await waitUntilQuiet(desk);

    expect((await sentEmails(desk, domain)).length).toBe(before);
  });
});
