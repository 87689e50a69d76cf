import { describe, expect, it } from 'vitest';
import { testDeskForThisFile } from '../helpers/test-desk.ts';

const desk = testDeskForThisFile();

describe('GET /openapi.json from the local runtime', () => {
  it('names the gateway it is served from, and the token schemes of status and export', async () => {
    // Act
    const response = await fetch(`${desk.api}/openapi.json`);
    const document = (await response.json()) as {
      servers: { url: string }[];
      paths: Record<string, { get?: { operationId: string; security: unknown[] } }>;
    };

    // Assess
    expect(response.status).toBe(200);
    expect(document.servers.map((server) => server.url)).toEqual([
      desk.api.replace('127.0.0.1', 'localhost'),
    ]);
    expect(document.paths['/requests/{ref}']?.get).toMatchObject({
      operationId: 'getRequestStatus',
      security: [{ statusToken: [] }, { bearerToken: [] }],
    });
  });
});
