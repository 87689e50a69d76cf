import { UpdateItemCommand } from '@aws-sdk/client-dynamodb';
import { marshall } from '@aws-sdk/util-dynamodb';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { documentClient } from '../../adapters/aws-clients.ts';
import { DynamoDbCaseStore } from '../../adapters/dynamodb/dynamodb-case-store.ts';
import { outboxDrained } from '../helpers/escalation.ts';
import { validSubmission } from '../helpers/factories.ts';
import { caseAddressFor, deliverMail, mailFixture, rewriteMail } from '../helpers/mail.ts';
import { sentEmailsTo } from '../helpers/ses-store.ts';
import { eventually, startTestDesk, type TestDesk } from '../helpers/test-desk.ts';

/*
 * A command the desk cannot apply comes back to the staff member in the language they read first
 * (desk.config.json: Anna's languages are nl, en), the lines that say what was wrong included.
 */
let desk: TestDesk;
let store: DynamoDbCaseStore;

const ANNA = { id: 'anna-devries', email: 'anna.devries@example.org' };

beforeAll(async () => {
  desk = await startTestDesk();
  store = new DynamoDbCaseStore(documentClient(), desk.tableName);
});

afterAll(async () => {
  await desk?.stop();
});

/** An access request through the API, verified, routed, then given to Anna. */
async function openAccessCase(): Promise<{ caseId: string; reference: string }> {
  const submission = validSubmission({ type: 'access', message: 'Please send me my data.' });
  const response = await fetch(`${desk.api}/requests`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(submission),
  });
  expect(response.status).toBe(201);
  const { reference } = (await response.json()) as { reference: string };
  const caseId = (await store.findByReference(reference))!.caseId;
  const ack = await eventually(async () => (await sentEmailsTo(desk, submission.email))[0]);
  const link = ack.body.text!.match(/http:\/\/\S+\/requests\/verify\?token=\S+/)![0];
  await fetch(link.replace(/^http:\/\/localhost/, 'http://127.0.0.1'), {
    headers: { accept: 'application/json' },
  });
  await eventually(async () => ((await store.getCase(caseId))?.status === 'assigned' ? true : undefined));
  await desk.dynamodb.send(
    new UpdateItemCommand({
      TableName: desk.tableName,
      Key: marshall({ pk: `CASE#${caseId}`, sk: 'CASE' }),
      UpdateExpression: 'SET assigneeId = :member',
      ExpressionAttributeValues: marshall({ ':member': ANNA.id }),
    }),
  );
  await outboxDrained(desk);
  return { caseId, reference };
}

describe('the command-error email', () => {
  it('tells a member who reads Dutch first, in Dutch, that #close refused needs the reason', async () => {
    // Prepare
    const open = await openAccessCase();
    const before = await store.getCase(open.caseId);
    const raw = rewriteMail(mailFixture('representative-plain-reply.eml'), {
      caseAddress: await caseAddressFor(open.caseId, 'assignee', ANNA.email),
      from: ANNA.email,
    });
    const split = raw.search(/\r\n\r\n/);
    const body = '#close refused\r\n\r\nDear Ms de Vries,\r\n\r\nWe cannot help you.\r\n';

    // Act
    const answer = await deliverMail(desk, `${raw.slice(0, split)}\r\n\r\n${body}`);
    await outboxDrained(desk);

    // Assess: nothing changed, and the error email is Dutch to the last line
    expect(answer.result.outcome).toEqual({ kind: 'rejected', caseId: open.caseId, errors: 1 });
    expect(await store.getCase(open.caseId)).toEqual(before);
    const error = await eventually(async () =>
      (await sentEmailsTo(desk, ANNA.email)).find(
        (email) => email.subject === `[${open.reference}] Uw antwoord is niet verwerkt`,
      ),
    );
    expect(error.body.text).toContain(
      'Regel 1, #close: #close refused heeft een reden nodig; die krijgt de aanvrager te horen (artikel 12, lid 4, AVG).',
    );
    expect(error.body.text).not.toMatch(/^Line \d+|needs the reason|requester is told/m);
  });
});
