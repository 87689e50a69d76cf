import { randomUUID } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import type { SQSClient } from '@aws-sdk/client-sqs';
import { afterAll, beforeAll, inject } from 'vitest';
import { loadDeskConfig } from '../../domain/config/load-desk-config.ts';
import {
  type DeskServices,
  type EmulatorEndpoints,
  localDynamoDbClient,
  localSqsClient,
  startDeskServices,
} from '../../local/desk-runtime.ts';
import type { LocalRoute, ThrottleSettings } from '../../local/gateway.ts';
import { ensureLocalKeys } from '../../local/local-keys.ts';
import { webFormRoute } from '../../local/web-form.ts';
import { FIXTURE_CONFIG_FILE } from './fixture-config.ts';

export interface TestDesk {
  readonly api: string;
  readonly endpoints: EmulatorEndpoints;
  readonly tableName: string;
  readonly services: DeskServices;
  /** Plain SDK clients for assertions on raw data, beside the desk's own adapters. */
  readonly dynamodb: DynamoDBClient;
  readonly sqs: SQSClient;
  stop(): Promise<void>;
}

/**
 * The desk's services (gateway, pollers) in this test file's worker, on the shared emulators, with
 * a fresh table and fresh queues. Failed messages come back after 1 s instead of the visibility timeout.
 */
export async function startTestDesk(
  options: {
    scheduleIntervalSeconds?: number;
    configFile?: string;
    throttling?: ThrottleSettings;
    /** Serve the web form at `/` as `npm start` does. */
    webForm?: boolean;
    /** Routes the gateway tries before its own (e.g. the console as the deployment serves it). */
    localRoutes?: LocalRoute[];
  } = {},
): Promise<TestDesk> {
  const endpoints = inject('emulators');
  const suffix = randomUUID().slice(0, 8);
  const tableName = `cases-${suffix}`;
  const services = await startDeskServices({
    endpoints,
    names: { tableName, queuePrefix: `t${suffix}-` },
    configFile: options.configFile ?? FIXTURE_CONFIG_FILE,
    localRoutes: [
      ...(options.localRoutes ?? []),
      ...(options.webForm ? [webFormRoute(loadDeskConfig(options.configFile ?? FIXTURE_CONFIG_FILE))] : []),
    ],
    keysFile: ensureLocalKeys(mkdtempSync(path.join(tmpdir(), 'desk-keys-'))),
    // Tests post many requests; the throttle has its own test.
    throttling: options.throttling ?? { rateLimitPerSecond: 10_000, burstLimit: 10_000 },
    gatewayPort: 0,
    retryDelaySeconds: 1,
    scheduleIntervalSeconds: options.scheduleIntervalSeconds ?? 0,
  });
  const dynamodb = localDynamoDbClient(endpoints.dynamodb);
  const sqs = localSqsClient(endpoints.sqs);
  return {
    api: services.gateway.url,
    endpoints,
    tableName,
    services,
    dynamodb,
    sqs,
    stop: async () => {
      await services.stop();
      dynamodb.destroy();
      sqs.destroy();
    },
  };
}

/**
 * The test file's desk: started before its first test (before the file's own `beforeAll` hooks, when
 * called above them), stopped after its last. Its fields can be read from then on, not at import time.
 */
export function testDeskForThisFile(options: Parameters<typeof startTestDesk>[0] = {}): TestDesk {
  let started: TestDesk | undefined;
  beforeAll(async () => {
    started = await startTestDesk(options);
  });
  afterAll(async () => {
    await started?.stop();
  });
  const current = () => {
    if (!started) throw new Error('The test desk starts before the first test of the file');
    return started;
  };
  return {
    get api() {
      return current().api;
    },
    get endpoints() {
      return current().endpoints;
    },
    get tableName() {
      return current().tableName;
    },
    get services() {
      return current().services;
    },
    get dynamodb() {
      return current().dynamodb;
    },
    get sqs() {
      return current().sqs;
    },
    stop: () => current().stop(),
  };
}

/**
 * Polls until `probe` returns a value other than undefined, or fails after `timeoutMs`. The default
 * is generous: it returns as soon as the condition holds, and two test workers share 2 cores with
 * the emulators, so a wait of 2 s on an idle machine can take 10 under load.
 */
export async function eventually<T>(probe: () => Promise<T | undefined>, timeoutMs = 20_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let lastError: unknown;
  while (Date.now() < deadline) {
    try {
      const value = await probe();
      if (value !== undefined) return value;
    } catch (error) {
      lastError = error;
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`Condition not met within ${timeoutMs} ms${lastError ? `: ${String(lastError)}` : ''}`);
}
