import { type ChildProcess, spawn } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { appendFileSync, mkdtempSync, rmSync } from 'node:fs';
import http from 'node:http';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { type DynamoDBClient, GetItemCommand, QueryCommand, ScanCommand } from '@aws-sdk/client-dynamodb';
import { GetQueueAttributesCommand, type SQSClient } from '@aws-sdk/client-sqs';
import { afterAll, beforeAll } from 'vitest';
import { documentClient } from '../../adapters/aws-clients.ts';
import { ENV_LOCAL_KEYS_FILE } from '../../adapters/crypto/keys-from-env.ts';
import { ENV_CONFIG_FILE, ENV_PUBLIC_BASE_URL } from '../../adapters/desk-config-from-env.ts';
import { DynamoDbCaseStore } from '../../adapters/dynamodb/dynamodb-case-store.ts';
import { INDEX_SHARDS } from '../../adapters/dynamodb/keys.ts';
import type { QueueKey } from '../../lib/desk-resources.ts';
import {
  type DeskServices,
  deskEnvironment,
  type EmulatorEndpoints,
  localDynamoDbClient,
  localS3Client,
  localSqsClient,
  type ResourceNames,
  startDeskServices,
} from '../../local/desk-runtime.ts';
import { type DynamoDbLocal, startDynamoDbLocal } from '../../local/emulators/dynamodb-local.ts';
import { type SesEmulator, startSesEmulator } from '../../local/emulators/ses.ts';
import { type SqsEmulator, startSqsEmulator } from '../../local/emulators/sqs.ts';
import { ensureLocalKeys } from '../../local/local-keys.ts';
import { freePort } from '../../local/ports.ts';
import { ensureBuckets, ensureQueues, ensureTable, type QueueUrls } from '../../local/provision.ts';
import { repositoryRoot } from '../../local/settings.ts';
import { writeTestConfig } from './escalation.ts';
import { sentEmails } from './ses-store.ts';
import { eventually } from './test-desk.ts';

/*
 * The fault suite's world: its own emulators in the test process (DynamoDB Local on disk, so that it
 * can be restarted with its data; fauxqs and the SES emulator, which can stop answering and come
 * back with their state), one table and set of queues, and the desk's services either in this
 * process or in a child process that a test can kill -9. The emulators play the managed services:
 * they outlive the desk's compute, as SQS, SES and DynamoDB outlive a crashed Lambda in AWS.
 */

export interface FaultWorld {
  readonly endpoints: EmulatorEndpoints;
  readonly names: ResourceNames;
  readonly configFile: string;
  /** The domain of every staff address in the configuration (requesters use it too). */
  readonly domain: string;
  readonly keysFile: string;
  readonly queueUrls: QueueUrls;
  readonly dynamodbClient: DynamoDBClient;
  readonly sqsClient: SQSClient;
  readonly sqs: SqsEmulator;
  readonly ses: SesEmulator;
  /** The running DynamoDB Local (a new one after each restart). */
  dynamodb(): DynamoDbLocal;
  /** Stops DynamoDB Local (SIGTERM) and starts it again on the same port and data folder. */
  restartDynamoDb(): Promise<void>;
  /** Sets this process's environment as the runtime sets it for the handlers (sweep, assertions). */
  useDeskEnvironment(publicBaseUrl?: string): void;
  stop(): Promise<void>;
}

export async function startFaultWorld(): Promise<FaultWorld> {
  const dataDir = mkdtempSync(path.join(tmpdir(), 'desk-faults-'));
  const databaseDir = path.join(dataDir, 'dynamodb');
  const dynamodbPort = await freePort();
  let dynamodb = await startDynamoDbLocal({ port: dynamodbPort, dataDir: databaseDir });
  const sqs = await startSqsEmulator({ port: 0 });
  const ses = await startSesEmulator({ port: 0 });
  const endpoints: EmulatorEndpoints = {
    dynamodb: dynamodb.endpoint,
    sqs: sqs.endpoint,
    ses: ses.endpoint,
    s3: sqs.endpoint,
  };
  const suffix = randomUUID().slice(0, 8);
  const names: ResourceNames = { tableName: `faults-${suffix}`, queuePrefix: `f${suffix}-` };
  const { configFile, domain } = writeTestConfig();
  const keysFile = ensureLocalKeys(dataDir);
  const dynamodbClient = localDynamoDbClient(endpoints.dynamodb);
  const sqsClient = localSqsClient(endpoints.sqs);
  const s3 = localS3Client(endpoints.s3);
  await ensureTable(dynamodbClient, names.tableName);
  const queueUrls = await ensureQueues(sqsClient, names.queuePrefix);
  const bucketNames = await ensureBuckets(s3, names.queuePrefix);
  s3.destroy();

  return {
    endpoints,
    names,
    configFile,
    domain,
    keysFile,
    queueUrls,
    dynamodbClient,
    sqsClient,
    sqs,
    ses,
    dynamodb: () => dynamodb,
    restartDynamoDb: async () => {
      await dynamodb.stop();
      dynamodb = await startDynamoDbLocal({ port: dynamodbPort, dataDir: databaseDir });
    },
    useDeskEnvironment: (publicBaseUrl = 'http://localhost:3000') => {
      Object.assign(process.env, {
        ...deskEnvironment(endpoints, names.tableName, queueUrls, bucketNames),
        [ENV_CONFIG_FILE]: configFile,
        [ENV_LOCAL_KEYS_FILE]: keysFile,
        [ENV_PUBLIC_BASE_URL]: publicBaseUrl,
      });
    },
    stop: async () => {
      dynamodbClient.destroy();
      sqsClient.destroy();
      await ses.stop().catch(() => undefined);
      await sqs.stop().catch(() => undefined);
      await dynamodb.stop();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

/** How the desk retries in the fault suite: failed messages back after `retryDelaySeconds`. */
export interface FaultDeskOptions {
  readonly retryDelaySeconds: number;
  /** Messages a killed desk had received come back after this long (180 s as declared). */
  readonly visibilityTimeoutSeconds: number;
}

/** The desk's gateway and pollers in this process (the scheduler off: tests run the sweep). */
export function startDeskInProcess(world: FaultWorld, options: FaultDeskOptions): Promise<DeskServices> {
  return startDeskServices({
    endpoints: world.endpoints,
    names: world.names,
    configFile: world.configFile,
    keysFile: world.keysFile,
    throttling: { rateLimitPerSecond: 100_000, burstLimit: 100_000 },
    gatewayPort: 0,
    scheduleIntervalSeconds: 0,
    ...options,
  });
}

export interface FaultWorldWithDesk {
  readonly world: FaultWorld;
  /** Undefined until the file's first test starts, and if the desk failed to start. */
  readonly desk: DeskServices | undefined;
}

/**
 * A fault world with the desk's services in this process for the whole test file: started before
 * its first test, stopped after its last. Read `world` and `desk` inside tests, not at import time.
 */
export function faultWorldWithDeskInProcess(options: FaultDeskOptions): FaultWorldWithDesk {
  let world: FaultWorld | undefined;
  let desk: DeskServices | undefined;
  beforeAll(async () => {
    world = await startFaultWorld();
    desk = await startDeskInProcess(world, options);
  });
  afterAll(async () => {
    await desk?.stop();
    await world?.stop();
  });
  return {
    get world() {
      if (!world) throw new Error('The fault world starts before the first test of the file');
      return world;
    },
    get desk() {
      return desk;
    },
  };
}

/** The desk's gateway and pollers in a child process, the part of the desk a crash takes down. */
export interface DeskProcess {
  readonly url: string;
  readonly child: ChildProcess;
  /** kill -9, then waits for the process to be gone. */
  kill(): Promise<void>;
  /** SIGTERM, then waits. */
  stop(): Promise<void>;
}

export async function startDeskProcess(
  world: FaultWorld,
  gatewayPort: number,
  options: FaultDeskOptions,
): Promise<DeskProcess> {
  const child = spawn(
    process.execPath,
    ['--import', 'tsx', path.join(repositoryRoot, 'test', 'helpers', 'desk-services-process.ts')],
    {
      cwd: repositoryRoot,
      env: {
        ...process.env,
        FAULT_DESK: JSON.stringify({
          endpoints: world.endpoints,
          names: world.names,
          configFile: world.configFile,
          keysFile: world.keysFile,
          gatewayPort,
          ...options,
        }),
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  let output = '';
  child.stdout?.on('data', (chunk: Buffer) => {
    output += chunk.toString();
  });
  child.stderr?.on('data', (chunk: Buffer) => {
    output += chunk.toString();
  });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const url = await eventually(async () => {
    if (child.exitCode !== null) throw new Error(`desk process exited:\n${output}`);
    return /^ready (\S+)$/m.exec(output)?.[1];
  }, 120_000).catch((error: unknown) => {
    child.kill('SIGKILL');
    throw new Error(`${String(error)}\n${output}`);
  });
  return {
    url,
    child,
    kill: async () => {
      child.kill('SIGKILL');
      await exited;
    },
    stop: async () => {
      child.kill('SIGTERM');
      await exited;
    },
  };
}

/** A submission the way the web form's script sends it, with the client's Idempotency-Key. */
export interface Submission {
  readonly email: string;
  readonly idempotencyKey: string;
}

export type SubmitOutcome =
  | { readonly kind: 'answered'; readonly status: number; readonly reference?: string }
  | { readonly kind: 'failed'; readonly error: string };

export async function submit(url: string, submission: Submission): Promise<SubmitOutcome> {
  try {
    const response = await fetch(`${url}/requests`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'idempotency-key': submission.idempotencyKey },
      body: JSON.stringify({
        type: 'question',
        name: 'Fault Suite',
        email: submission.email,
        relationship: 'customer_user',
        country: 'NL',
        language: 'en',
        message: `A question that must not get lost (${submission.idempotencyKey}).`,
        consent: true,
      }),
    });
    const body = (await response.json().catch(() => ({}))) as { reference?: string };
    return {
      kind: 'answered',
      status: response.status,
      ...(body.reference ? { reference: body.reference } : {}),
    };
  } catch (error) {
    return {
      kind: 'failed',
      error: error instanceof Error ? `${error.name}: ${error.message}` : String(error),
    };
  }
}

/** How many clients submit at once in the crash and restart tests. */
export const FAULT_CLIENTS = 20;

/** FAULT_CLIENTS workers, each sending the next submission when its last one was answered. */
export async function submitConcurrently<T, R>(
  items: readonly T[],
  send: (item: T) => Promise<R>,
): Promise<R[]> {
  const results: R[] = new Array(items.length);
  let next = 0;
  await Promise.all(
    Array.from({ length: Math.min(FAULT_CLIENTS, items.length) }, async () => {
      while (next < items.length) {
        const i = next++;
        results[i] = await send(items[i] as T);
      }
    }),
  );
  return results;
}

export function submissions(world: FaultWorld, count: number, label: string): Submission[] {
  return Array.from({ length: count }, (_, i) => ({
    email: `requester.${label}.${i}@${world.domain}`,
    idempotencyKey: `${label}-${i}-${randomUUID()}`,
  }));
}

/** Messages in a queue: visible, in flight and delayed. */
export async function queueDepth(world: FaultWorld, queueUrl: string): Promise<number> {
  const { Attributes = {} } = await world.sqsClient.send(
    new GetQueueAttributesCommand({
      QueueUrl: queueUrl,
      AttributeNames: [
        'ApproximateNumberOfMessages',
        'ApproximateNumberOfMessagesNotVisible',
        'ApproximateNumberOfMessagesDelayed',
      ],
    }),
  );
  return (
    Number(Attributes.ApproximateNumberOfMessages ?? 0) +
    Number(Attributes.ApproximateNumberOfMessagesNotVisible ?? 0) +
    Number(Attributes.ApproximateNumberOfMessagesDelayed ?? 0)
  );
}

/** Items waiting in a byPendingStep partition (`notify`: unsent emails; `route`: cases not routed). */
export async function pendingCount(world: FaultWorld, step: 'notify' | 'route'): Promise<number> {
  let total = 0;
  for (let shard = 0; shard < INDEX_SHARDS; shard++) {
    const { Count } = await world.dynamodbClient.send(
      new QueryCommand({
        TableName: world.names.tableName,
        IndexName: 'byPendingStep',
        KeyConditionExpression: 'gsi2pk = :pk',
        ExpressionAttributeValues: { ':pk': { S: `PENDING#${step}#${shard}` } },
        Select: 'COUNT',
      }),
    );
    total += Count ?? 0;
  }
  return total;
}

/**
 * Waits until the desk has nothing left to do: no unsent email, no case waiting for routing, and
 * the route and notify queues empty, in flight included (a redelivered message would show there).
 * The dead-letter queues are left for the test to look at.
 */
export async function quiescent(world: FaultWorld, timeoutMs = 120_000): Promise<void> {
  const queues: QueueKey[] = ['route', 'notify'];
  await eventually(async () => {
    if ((await pendingCount(world, 'notify')) > 0 || (await pendingCount(world, 'route')) > 0)
      return undefined;
    for (const queue of queues)
      if ((await queueDepth(world, world.queueUrls[queue].url)) > 0) return undefined;
    return true;
  }, timeoutMs);
}

/** Every case item of the world's table: id, reference, status. */
export interface StoredCase {
  readonly caseId: string;
  readonly reference: string;
  readonly status: string;
  readonly receivedAt: string;
}

export async function storedCases(world: FaultWorld): Promise<StoredCase[]> {
  const cases: StoredCase[] = [];
  let ExclusiveStartKey: Record<string, import('@aws-sdk/client-dynamodb').AttributeValue> | undefined;
  do {
    const page = await world.dynamodbClient.send(
      new ScanCommand({
        TableName: world.names.tableName,
        FilterExpression: 'sk = :case',
        ExpressionAttributeValues: { ':case': { S: 'CASE' } },
        ExclusiveStartKey,
      }),
    );
    for (const item of page.Items ?? []) {
      cases.push({
        caseId: item.caseId?.S ?? '',
        reference: item.reference?.S ?? '',
        status: item.status?.S ?? '',
        receivedAt: item.receivedAt?.S ?? '',
      });
    }
    ExclusiveStartKey = page.LastEvaluatedKey;
  } while (ExclusiveStartKey);
  return cases;
}

/**
 * SES unavailable, seen from the desk: the emulator stops answering and a stand-in on its port
 * answers every call with 503 (what SES says when it cannot take mail), noting the recipients it
 * refused, so a test can wait until each email was tried. `restore` brings the emulator back.
 */
export async function sesOutage(world: FaultWorld): Promise<{
  /** SendEmail calls refused for the case `reference`, to `recipient` or to anyone else. */
  attemptsFor(reference: string, recipient: string): { to: number; toOthers: number };
  restore(): Promise<void>;
}> {
  await world.ses.suspend();
  const attempts: { subject: string; to: readonly string[] }[] = [];
  const stand_in = http.createServer((request, response) => {
    let body = '';
    request.on('data', (chunk: Buffer) => {
      body += chunk.toString();
    });
    request.on('end', () => {
      try {
        const parsed = JSON.parse(body) as {
          Destination?: { ToAddresses?: string[] };
          Content?: { Simple?: { Subject?: { Data?: string } } };
        };
        attempts.push({
          subject: parsed.Content?.Simple?.Subject?.Data ?? '',
          to: parsed.Destination?.ToAddresses ?? [],
        });
      } catch {
        // Not a SendEmail call: refused all the same.
      }
      response.writeHead(503, {
        'content-type': 'application/json',
        'x-amzn-errortype': 'ServiceUnavailable',
      });
      response.end(JSON.stringify({ message: 'Service Unavailable' }));
    });
  });
  await new Promise<void>((resolve, reject) => {
    stand_in.once('error', reject);
    stand_in.listen({ port: Number(new URL(world.endpoints.ses).port), host: '127.0.0.1' }, () => resolve());
  });
  return {
    attemptsFor: (reference, recipient) => {
      const forCase = attempts.filter((attempt) => attempt.subject.includes(`[${reference}]`));
      const to = forCase.filter((attempt) => attempt.to.includes(recipient)).length;
      return { to, toOthers: forCase.length - to };
    },
    restore: async () => {
      await new Promise<void>((resolve) => {
        stand_in.close(() => resolve());
        stand_in.closeAllConnections();
      });
      await world.ses.resume();
    },
  };
}

export { eventually };

/** How many submissions the crash and outage tests send: small in `npm test`, larger from the bench. */
export const FAULT_SUBMISSIONS = Number(process.env.DESK_FAULT_SUBMISSIONS || 40);

/** Appends one line of figures to DESK_FAULT_REPORT (the bench reads it); nothing when unset. */
export function reportFigures(fault: string, figures: Record<string, number | string>): void {
  const file = process.env.DESK_FAULT_REPORT;
  if (file) appendFileSync(file, `${JSON.stringify({ fault, ...figures })}\n`);
}

export interface DeliveryCheck {
  /** Everything that is not "routed once, acknowledged once, assigned once". */
  readonly problems: string[];
  /** Emails SES took that were never recorded, all sent before `unrecordedUntil` (see below). */
  readonly crashWindowDuplicates: number;
  readonly cases: number;
}

/**
 * The end state the suite asserts for every case received since `since` (a test's start; the tests
 * of a file run one after the other): one submission answered with its
 * reference, status `assigned`, one `case.routed` event, and one acknowledgement (to the requester)
 * and one case-assigned email (to staff), each recorded once in the thread and found in the SES
 * store under the recorded message id, and no other copy.
 *
 * The one exception is physics, not the desk: a process killed after SES took an email and before
 * the desk recorded it cannot know it was sent, and sends it again (at least once, never lost).
 * Such unrecorded copies are tolerated when SES took them no later than `unrecordedUntil` (epoch
 * seconds, the kill) and counted in `crashWindowDuplicates`; any later one is a problem.
 */
export async function checkDeliveries(
  world: FaultWorld,
  requesters: ReadonlyMap<string, string>,
  window: { readonly since: number; readonly unrecordedUntil?: number },
): Promise<DeliveryCheck> {
  const { unrecordedUntil } = window;
  const store = new DynamoDbCaseStore(documentClient(), world.names.tableName);
  const emails = await sentEmails(world.endpoints.ses);
  const until = Date.now();
  // Received during the test (seeded cases of other tests may carry dates in the future).
  const allCases = await storedCases(world);
  const cases = allCases.filter(
    (c) => Date.parse(c.receivedAt) >= window.since && Date.parse(c.receivedAt) <= until,
  );
  const problems: string[] = [];
  let crashWindowDuplicates = 0;
  for (const reference of requesters.keys()) {
    if (!cases.some((c) => c.reference === reference)) {
      problems.push(
        `${reference}: answered, but no case (${await whatIsStoredFor(world, reference, allCases)})`,
      );
    }
  }
  for (const c of cases) {
    const requester = requesters.get(c.reference);
    if (!requester) problems.push(`${c.reference}: a case no submission was answered with`);
    if (c.status !== 'assigned') problems.push(`${c.reference}: status ${c.status}`);
    const routed = (await store.listAuditEvents(c.caseId)).filter((e) => e.action === 'case.routed').length;
    if (routed !== 1) problems.push(`${c.reference}: routed ${routed} times`);
    const thread = await store.listThread(c.caseId);
    for (const [template, toRequester] of [
      ['acknowledgement', true],
      ['case-assigned', false],
    ] as const) {
      const recorded = thread.filter((m) => m.template === template).map((m) => m.emailMessageId);
      if (recorded.length !== 1)
        problems.push(`${c.reference}: ${template} recorded ${recorded.length} times`);
      const copies = emails.filter(
        (e) =>
          e.subject.includes(`[${c.reference}]`) &&
          e.destination.to.some((to) => to === requester) === toRequester,
      );
      if (!recorded.every((id) => copies.some((e) => e.messageId === id))) {
        problems.push(`${c.reference}: the recorded ${template} is not in the SES store`);
      }
      const unrecorded = copies.filter((e) => !recorded.includes(e.messageId));
      const late = unrecorded.filter((e) => unrecordedUntil === undefined || e.at > unrecordedUntil);
      if (late.length > 0) problems.push(`${c.reference}: ${template} sent ${copies.length} times`);
      crashWindowDuplicates += unrecorded.length - late.length;
    }
  }
  return { problems, crashWindowDuplicates, cases: cases.length };
}

/**
 * What the table holds for a reference no case in the window carries: the reference item, the
 * items of the case partition it points to, a case of that reference outside the window. A failure
 * says by itself whether a write went missing or the case is only elsewhere.
 */
async function whatIsStoredFor(
  world: FaultWorld,
  reference: string,
  allCases: readonly StoredCase[],
): Promise<string> {
  const elsewhere = allCases.filter((c) => c.reference === reference).map((c) => `received ${c.receivedAt}`);
  const { Item } = await world.dynamodbClient.send(
    new GetItemCommand({
      TableName: world.names.tableName,
      Key: { pk: { S: `REF#${reference}` }, sk: { S: 'REF' } },
      ConsistentRead: true,
    }),
  );
  const caseId = Item?.caseId?.S;
  if (!caseId) return ['no reference item', ...elsewhere].join('; ');
  const { Items = [] } = await world.dynamodbClient.send(
    new QueryCommand({
      TableName: world.names.tableName,
      KeyConditionExpression: 'pk = :pk',
      ExpressionAttributeValues: { ':pk': { S: `CASE#${caseId}` } },
      ConsistentRead: true,
    }),
  );
  const sortKeys = Items.map((item) => item.sk?.S?.replace(/#.*/, '#…') ?? '?');
  return [`reference item → case ${caseId}`, `case partition [${sortKeys.join(', ')}]`, ...elsewhere].join(
    '; ',
  );
}

/** Messages in each dead-letter queue (work that failed all its receives). */
export async function deadLetters(world: FaultWorld): Promise<Record<QueueKey, number>> {
  const keys = Object.keys(world.queueUrls) as QueueKey[];
  const depths = await Promise.all(keys.map((key) => queueDepth(world, world.queueUrls[key].deadLetterUrl)));
  return Object.fromEntries(keys.map((key, i) => [key, depths[i]])) as Record<QueueKey, number>;
}
