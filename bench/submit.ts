/**
 * `npm run bench:submit`: the submit path through the local gateway against a raw floor, the same
 * DynamoDB reads and transaction and the same SQS sends that intake does, issued directly with the
 * SDK on the same emulators; then end to end, submission to acknowledgement in the SES store.
 *
 * The emulators run here; the desk (gateway, handlers, pollers) runs in a child process, which
 * `BENCH_PROFILE=1` starts with `--cpu-prof` (profile under bench/.profiles, top entries printed).
 * Knobs: BENCH_WARMUP (requests per path and concurrency before measuring), BENCH_REQUESTS
 * (measured), BENCH_E2E (cases for the end-to-end run), BENCH_WRITE=0 leaves bench/README.md alone,
 * BENCH_PAUSED_ONLY=1 measures only the floor and the submit path with the pollers paused (for a
 * profile of the submit path alone; nothing written).
 */
import { randomUUID } from 'node:crypto';
import { mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { SESv2Client, SendEmailCommand } from '@aws-sdk/client-sesv2';
import { CreateQueueCommand, SendMessageCommand } from '@aws-sdk/client-sqs';
import {
  DynamoDBDocumentClient,
  GetCommand,
  TransactWriteCommand,
  UpdateCommand,
} from '@aws-sdk/lib-dynamodb';
import { localDynamoDbClient, localSqsClient, startEmulators } from '../local/desk-runtime.ts';
import { ensureLocalKeys } from '../local/local-keys.ts';
import { freePort } from '../local/ports.ts';
import { summariseProfile } from './cpu-profile-top.ts';
import { type Desk, startDesk } from './desk-process.ts';
import { cloneTemplate, readTemplate } from './floor-template.ts';
import { markdownTable, replaceSection } from './report.ts';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const WARMUP = Number(process.env.BENCH_WARMUP ?? 300);
const REQUESTS = Number(process.env.BENCH_REQUESTS ?? 500);
const E2E_CASES = Number(process.env.BENCH_E2E ?? 500);
const PROFILE = process.env.BENCH_PROFILE === '1';
const PAUSED_ONLY = process.env.BENCH_PAUSED_ONLY === '1';
const CONCURRENCIES = [1, 10];
const RUN = randomUUID().slice(0, 6);
const PROFILE_DIR = path.join(root, 'bench', '.profiles', RUN);
const log = (line: string) => console.error(`[bench:submit] ${line}`);

let counter = 0;

/**
 * A valid web-form question (no verification: routed and acknowledged at once). Every submission
 * has its own address and message: the per-address acknowledgement cap and the 24 h duplicate
 * collapse would otherwise answer most of them without a transaction or an email.
 */
function submission(tag: string) {
  counter += 1;
  return {
    type: 'question',
    name: 'Anna de Vries',
    email: `bench.${RUN}.${tag}.${counter}@example.com`,
    relationship: 'customer_user',
    country: 'NL',
    language: 'en',
    message: `Which of my data do you keep, and for how long? (${RUN}-${counter})`,
    consent: true,
  };
}

async function post(api: string, body: unknown): Promise<void> {
  const response = await fetch(`${api}/requests`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
  await response.arrayBuffer();
  if (response.status !== 201) throw new Error(`POST /requests answered ${response.status}`);
}

/** Runs `count` operations, `concurrency` at a time; latencies in ms and the wall time. */
async function load(count: number, concurrency: number, operation: () => Promise<void>) {
  const latencies: number[] = [];
  let next = 0;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (next < count) {
        next += 1;
        const at = performance.now();
        await operation();
        latencies.push(performance.now() - at);
      }
    }),
  );
  const wallMs = performance.now() - started;
  latencies.sort((a, b) => a - b);
  const at = (q: number) => latencies[Math.min(latencies.length - 1, Math.floor(q * latencies.length))] ?? 0;
  return { p50: at(0.5), p99: at(0.99), perSecond: (count / wallMs) * 1000 };
}

async function acknowledgedCount(sesEndpoint: string, marker: string): Promise<number> {
  const response = await fetch(`${sesEndpoint}/store`);
  const { emails } = (await response.json()) as { emails: { destination: { to: string[] } }[] };
  return emails.filter((email) => email.destination.to.some((to) => to.includes(marker))).length;
}

async function waitForAcknowledgements(
  sesEndpoint: string,
  marker: string,
  expected: number,
  timeoutMs: number,
) {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const count = await acknowledgedCount(sesEndpoint, marker);
    if (count >= expected) return;
    if (Date.now() > deadline) throw new Error(`only ${count} of ${expected} acknowledgements for ${marker}`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

async function main() {
  process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED = 'true';
  log(`starting emulators (run ${RUN}) ...`);
  const emulators = await startEmulators({
    dynamodbPort: await freePort(),
    sqsPort: 0,
    sesPort: 0,
    dynamodbReadyTimeoutMs: 180_000,
  });
  const { endpoints } = emulators;
  const tableName = `bench-cases-${RUN}`;
  let desk: Desk | undefined;
  const dynamodbClient = localDynamoDbClient(endpoints.dynamodb);
  const dynamodb = DynamoDBDocumentClient.from(dynamodbClient, {
    marshallOptions: { removeUndefinedValues: true },
  });
  const sqs = localSqsClient(endpoints.sqs);
  try {
    desk = await startDesk({
      root,
      profileDir: PROFILE ? PROFILE_DIR : undefined,
      env: {
        BENCH_DESK: JSON.stringify({
          endpoints,
          names: { tableName, queuePrefix: `bench-${RUN}-` },
          configFile: path.join(root, 'config', 'desk.config.json'),
          keysFile: ensureLocalKeys(mkdtempSync(path.join(tmpdir(), 'bench-keys-'))),
        }),
        DESK_THROTTLE_RATE: '100000',
        DESK_THROTTLE_BURST: '100000',
      },
    });
    const { api } = desk;
    log(`desk at ${api}`);

    // One real submission: its items are the floor's template (same items, same sizes).
    const first = submission('template');
    await post(api, first);
    await waitForAcknowledgements(endpoints.ses, `${RUN}.template.`, 1, 60_000);
    const template = await readTemplate(dynamodb, tableName);
    const floorQueues = await Promise.all(
      ['route', 'notify'].map(async (name) => {
        const created = await sqs.send(new CreateQueueCommand({ QueueName: `bench-${RUN}-floor-${name}` }));
        return created.QueueUrl as string;
      }),
    );
    const floor = async () => {
      const caseId = randomUUID();
      const { transactItems, recipientKey } = cloneTemplate(template, caseId);
      await dynamodb.send(new GetCommand({ TableName: tableName, Key: recipientKey }));
      await dynamodb.send(new TransactWriteCommand({ TransactItems: transactItems }));
      await sqs.send(
        new SendMessageCommand({
          QueueUrl: floorQueues[1],
          MessageBody: JSON.stringify({ caseId, notificationId: randomUUID() }),
        }),
      );
      await sqs.send(
        new SendMessageCommand({ QueueUrl: floorQueues[0], MessageBody: JSON.stringify({ caseId }) }),
      );
    };

    const rows: string[][] = [];
    for (const concurrency of CONCURRENCIES) {
      const tag = `c${concurrency}`;
      log(`concurrency ${concurrency}: warm-up ${WARMUP} each ...`);
      await load(WARMUP, concurrency, floor);
      await load(WARMUP, concurrency, () => post(api, submission(`${tag}w`)));
      await waitForAcknowledgements(endpoints.ses, `${RUN}.${tag}w.`, WARMUP, 300_000);
      log(`concurrency ${concurrency}: ${REQUESTS} measured each ...`);
      const floorResult = await load(REQUESTS, concurrency, floor);
      const submitResult = PAUSED_ONLY
        ? undefined
        : await load(REQUESTS, concurrency, () => post(api, submission(tag)));
      // Let the pollers finish this phase's acknowledgements before the next phase starts.
      if (!PAUSED_ONLY) await waitForAcknowledgements(endpoints.ses, `${RUN}.${tag}.`, REQUESTS, 300_000);
      // The same with the pollers paused: the submit path alone, no routing or email in the process.
      await desk.command('pause');
      const pausedResult = await load(REQUESTS, concurrency, () => post(api, submission(`${tag}p`)));
      await desk.command('resume');
      await waitForAcknowledgements(endpoints.ses, `${RUN}.${tag}p.`, REQUESTS, 300_000);
      const ms = (value: number) => value.toFixed(1);
      rows.push([
        String(concurrency),
        ms(floorResult.p50),
        submitResult ? ms(submitResult.p50) : '',
        submitResult ? (submitResult.p50 / floorResult.p50).toFixed(2) : '',
        ms(pausedResult.p50),
        (pausedResult.p50 / floorResult.p50).toFixed(2),
        ms(floorResult.p99),
        submitResult ? ms(submitResult.p99) : '',
        ms(pausedResult.p99),
        floorResult.perSecond.toFixed(0),
        submitResult ? submitResult.perSecond.toFixed(0) : '',
        pausedResult.perSecond.toFixed(0),
        submitResult && submitResult.p50 <= 2 * floorResult.p50 ? 'yes' : 'no',
        pausedResult.p50 <= 2 * floorResult.p50 ? 'yes' : 'no',
      ]);
    }
    if (PAUSED_ONLY) {
      console.log(rows.map((row) => row.join(' | ')).join('\n'));
      return;
    }

    log(`end to end: ${E2E_CASES} cases at concurrency 10 ...`);
    const e2eStarted = performance.now();
    await load(E2E_CASES, 10, () => post(api, submission('e2e')));
    await waitForAcknowledgements(endpoints.ses, `${RUN}.e2e.`, E2E_CASES, 600_000);
    const e2eSeconds = (performance.now() - e2eStarted) / 1000;
    const casesPerSecond = E2E_CASES / e2eSeconds;

    // The end-to-end floor: per case the submit floor, then a transaction of routing's size (the
    // case, its audit event and its outbox entry, as routing writes them) and the acknowledgement's
    // SES send and sent-marker update, issued directly, 10 cases at a time. It leaves out the queue
    // receives and deletes and the reads the consumers make, so the real floor is lower still.
    log(`end-to-end floor: ${E2E_CASES} cases at concurrency 10 ...`);
    const ses = new SESv2Client({
      endpoint: endpoints.ses,
      region: 'eu-west-1',
      credentials: { accessKeyId: 'local', secretAccessKey: 'local' },
    });
    const routingItems = template.items.filter(
      (item) =>
        item.sk === 'CASE' || String(item.sk).startsWith('AUDIT#') || String(item.sk).startsWith('NOTIFY#'),
    );
    const acknowledgement = 'x'.repeat(1800);
    const floorE2eStarted = performance.now();
    await load(E2E_CASES, 10, async () => {
      await floor();
      const caseId = randomUUID();
      const { transactItems } = cloneTemplate({ ...template, items: routingItems }, caseId);
      await dynamodb.send(new TransactWriteCommand({ TransactItems: transactItems }));
      await ses.send(
        new SendEmailCommand({
          FromEmailAddress: 'privacy@example.org',
          Destination: { ToAddresses: [`floor.${RUN}.${caseId}@example.com`] },
          Content: {
            Simple: {
              Subject: { Data: 'We received your request' },
              Body: { Text: { Data: acknowledgement }, Html: { Data: `<p>${acknowledgement}</p>` } },
            },
          },
        }),
      );
      const notify = transactItems.find((entry) => String(entry.Put.Item.sk).startsWith('NOTIFY#'));
      if (notify) {
        await dynamodb.send(
          new UpdateCommand({
            TableName: tableName,
            Key: { pk: notify.Put.Item.pk, sk: notify.Put.Item.sk },
            UpdateExpression: 'SET sentAt = :at',
            ExpressionAttributeValues: { ':at': new Date().toISOString() },
          }),
        );
      }
    });
    const floorE2eSeconds = (performance.now() - floorE2eStarted) / 1000;
    const floorCasesPerSecond = E2E_CASES / floorE2eSeconds;
    ses.destroy();

    const table = markdownTable(
      [
        'concurrency',
        'floor p50 ms',
        'submit p50 ms',
        'p50 × floor',
        'submit p50 ms, pollers paused',
        'paused × floor',
        'floor p99 ms',
        'submit p99 ms',
        'paused p99 ms',
        'floor req/s',
        'submit req/s',
        'paused req/s',
        'p50 within 2×',
        'paused within 2×',
      ],
      rows,
    );
    const endToEnd = markdownTable(
      [
        'path (concurrency 10)',
        'cases',
        'first call to last acknowledgement s',
        'cases/s',
        'within goal (≥ 100)',
      ],
      [
        [
          'desk: POST to acknowledgement in the SES store',
          String(E2E_CASES),
          e2eSeconds.toFixed(1),
          casesPerSecond.toFixed(1),
          casesPerSecond >= 100 ? 'yes' : 'no',
        ],
        [
          'floor: the same SDK calls issued directly (no queue hops)',
          String(E2E_CASES),
          floorE2eSeconds.toFixed(1),
          floorCasesPerSecond.toFixed(1),
          floorCasesPerSecond >= 100 ? 'yes' : 'no',
        ],
      ],
    );
    const { loadavg } = await import('node:os');
    const note = `Measured ${new Date().toISOString().slice(0, 10)}, warm-up ${WARMUP} and ${REQUESTS} measured requests per path and concurrency; Node ${process.versions.node}; load average ${loadavg()[0]?.toFixed(1)} at the end${PROFILE ? '; desk under --cpu-prof' : ''}.`;
    const section = `${table}\n\n${endToEnd}\n\n${note}`;
    console.log(section);
    if (process.env.BENCH_WRITE !== '0') replaceSection('submit', section);
  } finally {
    if (desk) {
      const exited = new Promise((resolve) => desk?.child.once('exit', resolve));
      desk.child.kill('SIGTERM');
      await exited;
      const mainThread = PROFILE
        ? readdirSync(PROFILE_DIR).find((name) => /\.\d+\.0\.\d+\.cpuprofile$/.test(name))
        : undefined;
      if (mainThread) {
        const file = path.join(PROFILE_DIR, mainThread);
        console.log(`\n${path.relative(root, file)}\n\n${summariseProfile(file, 30)}`);
      }
    }
    dynamodbClient.destroy();
    sqs.destroy();
    await emulators.stop();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
