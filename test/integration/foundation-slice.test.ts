import { randomUUID } from 'node:crypto';
import { ScanCommand } from '@aws-sdk/client-dynamodb';
import { GetQueueAttributesCommand, SendMessageBatchCommand } from '@aws-sdk/client-sqs';
import { describe, expect, it } from 'vitest';
import { documentClient } from '../../adapters/aws-clients.ts';
import { DynamoDbCaseStore } from '../../adapters/dynamodb/dynamodb-case-store.ts';
import { FUNCTIONS, QUEUES } from '../../lib/desk-resources.ts';
import { handlerLoader, lambdaContext } from '../../local/lambda-invoke.ts';
import { scheduledEvent } from '../../local/scheduler.ts';
import { outboxDrained } from '../helpers/escalation.ts';
import { newCaseFixture, validSubmission } from '../helpers/factories.ts';
import { auditActions, caseIdOf, postRequest, rawCase } from '../helpers/intake.ts';
import { eventually, testDeskForThisFile } from '../helpers/test-desk.ts';

const desk = testDeskForThisFile();

/**
 * Items a submission would create (case, reference, duplicate markers, verification tokens). Other
 * items (thread, outbox) may still be written in the background for earlier tests' cases.
 */
async function countItems() {
  const { Count } = await desk.dynamodb.send(
    new ScanCommand({
      TableName: desk.tableName,
      Select: 'COUNT',
      FilterExpression: 'sk IN (:case, :ref, :once, :verify)',
      ExpressionAttributeValues: {
        ':case': { S: 'CASE' },
        ':ref': { S: 'REF' },
        ':once': { S: 'ONCE' },
        ':verify': { S: 'VERIFY' },
      },
    }),
  );
  return Count ?? 0;
}

describe('POST /requests through the local gateway', () => {
  it('stores the case, enqueues its id, and the route consumer takes it', async () => {
    // Act
    const response = await postRequest(desk, validSubmission({ type: 'question' }));
    const body = (await response.json()) as { reference: string; status: string };

    // Assess
    expect(response.status).toBe(201);
    expect(body.status).toBe('received');
    const caseId = await caseIdOf(desk, body.reference);
    const routed = await eventually(async () => {
      const item = await rawCase(desk, caseId);
      return item?.status === 'assigned' ? item : undefined;
    });
    expect(routed).toMatchObject({ caseId, type: 'question', language: 'en', country: 'NL' });
    expect(routed.gsi2pk).toBeUndefined();
    expect(await auditActions(desk, caseId)).toEqual(['case.received', 'case.routed']);
  });

  it('answers 400 with every invalid field and writes nothing', async () => {
    // Prepare: the earlier test's acknowledgement may still be on its way into the thread.
    await outboxDrained(desk);
    const before = await countItems();

    // Act
    const response = await postRequest(desk, { type: 'telepathy', language: 'xx', email: 'not-an-address' });
    const body = (await response.json()) as { error: string; issues: { field: string; message: string }[] };

    // Assess
    expect(response.status).toBe(400);
    expect(body.error).toBe('validation_failed');
    expect(body.issues.map((issue) => issue.field).sort()).toEqual([
      'country',
      'email',
      'language',
      'message',
      'name',
      'relationship',
      'type',
    ]);
    expect(await countItems()).toBe(before);
  });

  it('answers 415 for a body that is neither JSON nor a form, 400 for malformed JSON', async () => {
    const wrongType = await postRequest(desk, 'type=access', 'text/plain');
    const malformed = await postRequest(desk, '{"type": ', 'application/json');

    expect(wrongType.status).toBe(415);
    expect(((await wrongType.json()) as { error: string }).error).toBe('unsupported_media_type');
    expect(malformed.status).toBe(400);
    expect(((await malformed.json()) as { error: string }).error).toBe('malformed_body');
  });

  it('answers 404 for a route the API does not have', async () => {
    const response = await fetch(`${desk.api}/no-such-route`);

    expect(response.status).toBe(404);
    expect(await response.json()).toEqual({ message: 'Not Found' });
  });

  it('reports healthy dependencies on GET /health', async () => {
    const response = await fetch(`${desk.api}/health`);

    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ status: 'ok', checks: { dynamodb: 'ok', sqs: 'ok' } });
  });
});

describe('the route queue consumer', () => {
  it('processes the good messages of a batch and dead-letters the one that always fails', async () => {
    // Prepare: a case stored without being enqueued, and an id that never resolves.
    const store = new DynamoDbCaseStore(documentClient(), desk.tableName);
    const good = newCaseFixture();
    await store.createCase(good, new Date());
    const missingId = randomUUID();

    // Act: both in one batch; the poller retries the failure every second.
    await desk.sqs.send(
      new SendMessageBatchCommand({
        QueueUrl: desk.services.queueUrls.route.url,
        Entries: [
          { Id: 'good', MessageBody: JSON.stringify({ caseId: good.record.caseId }) },
          { Id: 'missing', MessageBody: JSON.stringify({ caseId: missingId }) },
        ],
      }),
    );

    // Assess
    await eventually(async () =>
      (await rawCase(desk, good.record.caseId))?.status === 'assigned' ? true : undefined,
    );
    const deadLettered = await eventually(
      async () => {
        const { Attributes } = await desk.sqs.send(
          new GetQueueAttributesCommand({
            QueueUrl: desk.services.queueUrls.route.deadLetterUrl,
            AttributeNames: ['ApproximateNumberOfMessages'],
          }),
        );
        const count = Number(Attributes?.ApproximateNumberOfMessages ?? 0);
        return count > 0 ? count : undefined;
      },
      (QUEUES.route.maxReceiveCount + 4) * 1500,
    );
    expect(deadLettered).toBe(1);
    expect(await rawCase(desk, missingId)).toBeUndefined();
  }, 30_000);
});

describe('the scheduled sweep', () => {
  it('re-enqueues a case stuck before routing for more than 10 minutes, and only that one', async () => {
    // Prepare: two cases stored but never enqueued (a crash between the two writes).
    const store = new DynamoDbCaseStore(documentClient(), desk.tableName);
    const now = new Date();
    const stuck = newCaseFixture({ receivedAt: new Date(now.getTime() - 11 * 60_000).toISOString() });
    const recent = newCaseFixture({ receivedAt: new Date(now.getTime() - 5 * 60_000).toISOString() });
    await store.createCase(stuck, now);
    await store.createCase(recent, now);
    const { handler } = await handlerLoader()('sweep');

    // Act
    const report = (await handler(scheduledEvent(now), lambdaContext('sweep', FUNCTIONS.sweep, 'test'))) as {
      redriven: string[];
    };

    // Assess
    expect(report.redriven).toContain(stuck.record.caseId);
    expect(report.redriven).not.toContain(recent.record.caseId);
    await eventually(async () =>
      (await rawCase(desk, stuck.record.caseId))?.status === 'assigned' ? true : undefined,
    );
    expect((await rawCase(desk, recent.record.caseId))?.status).toBe('received');
  });
});
