import { DeleteQueueCommand } from '@aws-sdk/client-sqs';
import { describe, expect, it } from 'vitest';
import { testDeskForThisFile } from '../helpers/test-desk.ts';

const desk = testDeskForThisFile();

describe('GET /health', () => {
  it('answers 503 and names the dependency that is down', async () => {
    // Prepare
    const healthy = await fetch(`${desk.api}/health`);
    expect(healthy.status).toBe(200);
    await desk.sqs.send(new DeleteQueueCommand({ QueueUrl: desk.services.queueUrls.route.url }));

    // Act
    const response = await fetch(`${desk.api}/health`);

    // Assess
    expect(response.status).toBe(503);
    expect(await response.json()).toEqual({ status: 'degraded', checks: { dynamodb: 'ok', sqs: 'down' } });
  });
});
