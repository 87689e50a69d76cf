import { randomUUID } from 'node:crypto';
import type { Context, SQSRecord } from 'aws-lambda';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import * as z from 'zod';
import { NotFoundError } from '../../../../domain/errors.ts';
import { sqsBatchHandler } from '../../../../functions/shared/sqs-handler.ts';

const MessageSchema = z.strictObject({ caseId: z.uuid() });

function sqsRecord(body: string): SQSRecord {
  return {
    messageId: randomUUID(),
    receiptHandle: randomUUID(),
    body,
    attributes: {
      ApproximateReceiveCount: '1',
      SentTimestamp: '1700000000000',
      SenderId: '000000000000',
      ApproximateFirstReceiveTimestamp: '1700000000000',
    },
    messageAttributes: {},
    md5OfBody: '',
    eventSource: 'aws:sqs',
    eventSourceARN: 'arn:aws:sqs:eu-west-1:000000000000:route',
    awsRegion: 'eu-west-1',
  };
}

const context = { awsRequestId: 'request-1', functionName: 'route-case' } as Context;

/** Every JSON line the Powertools logger prints while a test runs (it writes to stdout and stderr). */
let logLines: Record<string, unknown>[];
beforeEach(() => {
  logLines = [];
  const capture = (chunk: unknown) => {
    for (const line of String(chunk).split('\n'))
      if (line.trim().startsWith('{')) logLines.push(JSON.parse(line));
    return true;
  };
  vi.spyOn(process.stdout, 'write').mockImplementation(capture);
  vi.spyOn(process.stderr, 'write').mockImplementation(capture);
});
afterEach(() => {
  vi.restoreAllMocks();
});

describe('sqsBatchHandler', () => {
  it('hands each parsed message to the handler and reports exactly the poison record as failed', async () => {
    // Prepare: four messages, the third names a case that does not exist.
    const missing = randomUUID();
    const records = [randomUUID(), randomUUID(), missing, randomUUID()].map((caseId) =>
      sqsRecord(JSON.stringify({ caseId })),
    );
    const handled: string[] = [];
    const handler = sqsBatchHandler(MessageSchema, async (message) => {
      if (message.caseId === missing) throw new NotFoundError(`Case ${missing} not found`);
      handled.push(message.caseId);
    });

    // Act
    const response = await handler({ Records: records }, context);

    // Assess
    expect(response).toEqual({ batchItemFailures: [{ itemIdentifier: records[2]?.messageId }] });
    expect(handled).toEqual(
      [records[0], records[1], records[3]].map((record) => JSON.parse(record?.body ?? '{}').caseId),
    );
  });

  it('logs each failed record with its SQS message id, the error name and message', async () => {
    const missing = randomUUID();
    const poison = sqsRecord(JSON.stringify({ caseId: missing }));
    const handler = sqsBatchHandler(MessageSchema, async () => {
      throw new NotFoundError(`Case ${missing} not found`);
    });

    await handler({ Records: [sqsRecord(JSON.stringify({ caseId: randomUUID() })), poison] }, context).catch(
      () => undefined,
    );

    const failures = logLines.filter((line) => line.message === 'queue record failed');
    expect(failures).toHaveLength(2);
    expect(failures[1]).toMatchObject({
      level: 'ERROR',
      sqsMessageId: poison.messageId,
      error: { name: 'NotFoundError', message: `Case ${missing} not found` },
    });
  });

  it.each([
    ['not JSON', 'name=Anna de Vries&email=anna@example.com', 'ValidationError', 'Invalid request: (body)'],
    [
      'JSON of another shape',
      JSON.stringify({ caseId: randomUUID(), email: 'anna@example.com', name: 'Anna de Vries' }),
      'ValidationError',
      'Invalid request: (body)',
    ],
    [
      'an id that is no id',
      JSON.stringify({ caseId: 'anna@example.com' }),
      'ValidationError',
      'Invalid request: caseId',
    ],
  ])(
    'a record with %s fails alone and its body never reaches the log',
    async (_name, body, name, message) => {
      const bad = sqsRecord(body);
      const good = sqsRecord(JSON.stringify({ caseId: randomUUID() }));
      const handled: string[] = [];
      const handler = sqsBatchHandler(MessageSchema, async (parsed) => void handled.push(parsed.caseId));

      const response = await handler({ Records: [good, bad] }, context);

      expect(response).toEqual({ batchItemFailures: [{ itemIdentifier: bad.messageId }] });
      expect(handled).toEqual([JSON.parse(good.body).caseId]);
      expect(logLines.filter((line) => line.message === 'queue record failed')).toEqual([
        expect.objectContaining({ sqsMessageId: bad.messageId, error: { name, message } }),
      ]);
      const output = JSON.stringify(logLines);
      expect(output).not.toContain('anna@example.com');
      expect(output).not.toContain('Anna de Vries');
    },
  );

  it('keeps addresses that an error message names out of the log', async () => {
    const rejected = randomUUID();
    const record = sqsRecord(JSON.stringify({ caseId: rejected }));
    const handler = sqsBatchHandler(MessageSchema, async (message) => {
      if (message.caseId !== rejected) return;
      const error = new Error(
        'Email address is not verified. The following identities failed the check in region EU-WEST-1: anna.devries@example.org, anna@example.com',
      );
      error.name = 'MessageRejected';
      throw error;
    });

    await handler({ Records: [record, sqsRecord(JSON.stringify({ caseId: randomUUID() }))] }, context);

    const [failure] = logLines.filter((line) => line.message === 'queue record failed');
    expect(failure).toMatchObject({
      sqsMessageId: record.messageId,
      error: {
        name: 'MessageRejected',
        message:
          'Email address is not verified. The following identities failed the check in region EU-WEST-1: <address>, <address>',
      },
    });
    expect(JSON.stringify(logLines)).not.toMatch(/@example\.(org|com)/);
  });
});
