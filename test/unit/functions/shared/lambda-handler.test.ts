import { randomUUID } from 'node:crypto';
import { MetricUnit } from '@aws-lambda-powertools/metrics';
import type { Context, SQSRecord } from 'aws-lambda';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import * as z from 'zod';
import { httpHandler, json } from '../../../../functions/shared/http-handler.ts';
import { lambdaHandler } from '../../../../functions/shared/lambda-handler.ts';
import { logger } from '../../../../functions/shared/logger.ts';
import { metrics } from '../../../../functions/shared/metrics.ts';
import { sqsBatchHandler } from '../../../../functions/shared/sqs-handler.ts';

const context = {
  awsRequestId: 'request-7',
  functionName: 'privacy-desk-sweep',
  functionVersion: '$LATEST',
  invokedFunctionArn: 'arn:aws:lambda:eu-west-1:000000000000:function:privacy-desk-sweep',
  memoryLimitInMB: '256',
} as Context;

/** The invocation context keys Powertools' injectLambdaContext adds to every log line. */
const CONTEXT_KEYS = {
  function_name: 'privacy-desk-sweep',
  function_request_id: 'request-7',
  function_arn: 'arn:aws:lambda:eu-west-1:000000000000:function:privacy-desk-sweep',
  function_memory_size: '256',
};

let logLines: Record<string, unknown>[];
let flushes: ReturnType<typeof vi.spyOn>;
beforeEach(() => {
  logLines = [];
  const capture = (chunk: unknown) => {
    for (const line of String(chunk).split('\n'))
      if (line.trim().startsWith('{')) logLines.push(JSON.parse(line));
    return true;
  };
  vi.spyOn(process.stdout, 'write').mockImplementation(capture);
  vi.spyOn(process.stderr, 'write').mockImplementation(capture);
  flushes = vi.spyOn(metrics, 'publishStoredMetrics');
});
afterEach(() => {
  vi.restoreAllMocks();
});

describe('lambdaHandler (queue consumers, the schedule, the mail receipt)', () => {
  it('passes the event through and returns the function result', async () => {
    const handler = lambdaHandler(async (event: { n: number }) => ({ doubled: event.n * 2 }));

    expect(await handler({ n: 21 }, context)).toEqual({ doubled: 42 });
  });

  it('puts the invocation context on every log line', async () => {
    const handler = lambdaHandler(async () => {
      logger.error('something to see');
    });

    await handler({}, context);

    expect(logLines.find((line) => line.message === 'something to see')).toMatchObject(CONTEXT_KEYS);
  });

  it('flushes the metrics once per invocation, with what the function recorded', async () => {
    let storedAtFlush: boolean[] = [];
    flushes.mockImplementation(function (this: typeof metrics) {
      storedAtFlush = [...storedAtFlush, this.hasStoredMetrics()];
      return this;
    });
    const handler = lambdaHandler(async () => {
      metrics.addMetric('overdueCases', MetricUnit.Count, 3);
    });

    await handler({}, context);

    expect(storedAtFlush).toEqual([true]);
    metrics.clearMetrics();
  });

  it('flushes the metrics once when the function fails, and rethrows', async () => {
    const handler = lambdaHandler(async () => {
      throw new Error('store unavailable');
    });

    await expect(handler({}, context)).rejects.toThrow('store unavailable');
    expect(flushes).toHaveBeenCalledTimes(1);
  });
});

describe('sqsBatchHandler in the wrapper', () => {
  it('logs a failed record with the invocation context and flushes the metrics once', async () => {
    const record = {
      messageId: randomUUID(),
      receiptHandle: randomUUID(),
      body: JSON.stringify({ caseId: 'not-a-uuid' }),
      attributes: { ApproximateReceiveCount: '2' },
      messageAttributes: {},
      md5OfBody: '',
      eventSource: 'aws:sqs',
      eventSourceARN: 'arn:aws:sqs:eu-west-1:000000000000:route',
      awsRegion: 'eu-west-1',
    } as unknown as SQSRecord;
    const handler = sqsBatchHandler(z.strictObject({ caseId: z.uuid() }), async () => undefined);

    await handler({ Records: [record] }, context).catch(() => undefined);

    expect(logLines.find((line) => line.message === 'queue record failed')).toMatchObject({
      ...CONTEXT_KEYS,
      sqsMessageId: record.messageId,
      receiveCount: 2,
    });
    expect(flushes).toHaveBeenCalledTimes(1);
  });
});

describe('httpHandler', () => {
  it('flushes the metrics once per request and logs with the invocation context', async () => {
    const handler = httpHandler(
      async () => {
        logger.error('answered');
        return json(200, { ok: true });
      },
      { body: 'none' },
    );

    const response = await handler(
      {
        version: '2.0',
        routeKey: 'GET /health',
        rawPath: '/health',
        rawQueryString: '',
        headers: {},
        isBase64Encoded: false,
        requestContext: { http: { method: 'GET', path: '/health' } },
      } as never,
      context,
    );

    expect(response.statusCode).toBe(200);
    expect(logLines.find((line) => line.message === 'answered')).toMatchObject(CONTEXT_KEYS);
    expect(flushes).toHaveBeenCalledTimes(1);
  });
});
