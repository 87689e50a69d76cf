/**
 * `npm run bench:escalation`: how much the escalation sweep reads as the table grows.
 *
 * For each size, a fresh table in a private in-memory DynamoDB Local (provisioned by ensureTable from
 * the same declaration as the stack) is seeded by BatchWrite with that many open cases, of which
 * DUE_CASES have a step due (half due within the week, half overdue); the rest are due 8 to 90 days
 * later. Then the real sweep (domain/sweep.ts on the DynamoDB store) runs three times, as if at:
 *   1. 05:00 local: the first run, which records and enqueues the steps (writes);
 *   2. five minutes later: the steady state, nothing new to send (reads only);
 *   3. 07:30 local: the run that also builds the managers' daily digests.
 * Every read the store makes is counted by a middleware on its client: items returned by Query,
 * GetItem and BatchGetItem, and the read capacity DynamoDB reports (ReturnConsumedCapacity TOTAL).
 * Queues are in-memory counters: the bench measures the table, not SQS.
 */
import { randomUUID } from 'node:crypto';
import { fileURLToPath } from 'node:url';
import { BatchWriteItemCommand, DeleteTableCommand, UpdateItemCommand } from '@aws-sdk/client-dynamodb';
import { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { marshall } from '@aws-sdk/util-dynamodb';
import { DynamoDbCaseStore } from '../adapters/dynamodb/dynamodb-case-store.ts';
import { caseKey, notificationKey, openIndexAttributes } from '../adapters/dynamodb/keys.ts';
import type { CaseRecord } from '../domain/case-model.ts';
import { loadDeskConfig } from '../domain/config/load-desk-config.ts';
import type { ContentCipher } from '../domain/content-cipher.ts';
import { deskSettings } from '../domain/desk-settings.ts';
import type { NotifyMessage } from '../domain/notifications/notification.ts';
import { type SweepReport, sweep } from '../domain/sweep.ts';
import { localDynamoDbClient } from '../local/desk-runtime.ts';
import { startDynamoDbLocal } from '../local/emulators/dynamodb-local.ts';
import { freePort } from '../local/ports.ts';
import { ensureTable } from '../local/provision.ts';

const SIZES = (process.env.BENCH_SIZES ?? '10000,100000').split(',').map(Number);
const DUE_CASES = 100;
const DAY = 24 * 60 * 60 * 1000;
/** 05:00 in Amsterdam, Oslo and Stockholm (summer time): before the digest hour. */
const FIRST_RUN = new Date('2030-06-10T03:00:00.000Z');
const STEADY_RUN = new Date(FIRST_RUN.getTime() + 5 * 60_000);
/** 07:30 local: the digests are due. */
const DIGEST_RUN = new Date('2030-06-10T05:30:00.000Z');

const settings = deskSettings(
  loadDeskConfig(fileURLToPath(new URL('../config/desk.config.json', import.meta.url))),
);
const teams = settings.config.teams.map((team) => ({
  teamId: team.id,
  members: team.members.filter((member) => member.active).map((member) => member.id),
}));

interface ReadCounter {
  /** Items DynamoDB evaluated for the reads (a COUNT query evaluates items it does not return). */
  items: number;
  /** Items the reads returned to the client. */
  returned: number;
  capacity: number;
  requests: number;
  writes: number;
}

/** A document client whose every read is counted, with the capacity DynamoDB says it consumed. */
function countingClient(endpoint: string, counter: ReadCounter): DynamoDBDocumentClient {
  const client = DynamoDBDocumentClient.from(localDynamoDbClient(endpoint), {
    marshallOptions: { removeUndefinedValues: true },
  });
  client.middlewareStack.add(
    (next, context) => async (args) => {
      const command = context.commandName ?? '';
      const input = args.input as Record<string, unknown>;
      input.ReturnConsumedCapacity = 'TOTAL';
      const result = await next(args);
      const output = result.output as Record<string, unknown>;
      const consumed = ([] as { CapacityUnits?: number; ReadCapacityUnits?: number }[]).concat(
        (output.ConsumedCapacity as never) ?? [],
      );
      if (/Query|GetItem|BatchGetItem|Scan/.test(command)) {
        counter.requests += 1;
        if (command.startsWith('Query') || command.startsWith('Scan')) {
          counter.items += Number(output.ScannedCount ?? output.Count ?? 0);
          counter.returned += ((output.Items as unknown[] | undefined) ?? []).length;
        } else if (command.startsWith('GetItem')) {
          counter.items += output.Item ? 1 : 0;
          counter.returned += output.Item ? 1 : 0;
        } else {
          const responses = (output.Responses ?? {}) as Record<string, unknown[]>;
          const count = Object.values(responses).reduce((sum, items) => sum + items.length, 0);
          counter.items += count;
          counter.returned += count;
        }
        counter.capacity += consumed.reduce(
          (sum, c) => sum + (c.CapacityUnits ?? c.ReadCapacityUnits ?? 0),
          0,
        );
      } else {
        counter.writes += 1;
      }
      return result;
    },
    { step: 'initialize', name: 'benchReadCounter' },
  );
  return client;
}

function benchCase(index: number, dueAt: Date): Record<string, unknown> {
  const caseId = randomUUID();
  const team = teams[index % teams.length]!;
  const receivedAt = new Date(dueAt.getTime() - 30 * DAY).toISOString();
  const record: CaseRecord = {
    caseId,
    reference: `PD-B${String(index).padStart(8, '0')}`,
    type: 'access',
    status: 'assigned',
    language: 'en',
    country: 'NL',
    relationship: 'customer_user',
    receivedAt,
    assigneeId: team.members[index % team.members.length],
    assignedAt: receivedAt,
    // Answered already: the due cases get the reminder (or the DPO), not every track at once.
    firstResponseAt: receivedAt,
    deadline: {
      dueAt: dueAt.toISOString(),
      dueDate: dueAt.toISOString().slice(0, 10),
      rolledForwardFrom: null,
      clockStartedAt: receivedAt,
      basis: 'calendar_days',
      originalDueAt: dueAt.toISOString(),
      extendedMonths: 0,
      country: 'NL',
      timeZone: 'Europe/Amsterdam',
    },
    teamId: team.teamId,
    controllerIsCustomer: false,
    emailHash: 'f'.repeat(64),
    accessTokenHash: 'a'.repeat(64),
    content: 'c'.repeat(600),
  };
  return { ...caseKey(caseId), ...record, ...openIndexAttributes(caseId, record.deadline.dueAt) };
}

const HOUR = 60 * 60 * 1000;

/**
 * DUE_CASES due (half within the week, half overdue by up to 3 days), the rest due 8 to 90 days on.
 * Two hours off the day boundaries, so the steady-state run five minutes later crosses no step.
 */
function dueAtFor(index: number): Date {
  if (index < DUE_CASES / 2) return new Date(FIRST_RUN.getTime() + (1 + (index % 6)) * DAY - 2 * HOUR);
  if (index < DUE_CASES) return new Date(FIRST_RUN.getTime() - (1 + (index % 3)) * DAY - 2 * HOUR);
  return new Date(FIRST_RUN.getTime() + (8 + (index % 83)) * DAY);
}

async function seed(client: ReturnType<typeof localDynamoDbClient>, tableName: string, count: number) {
  let next = 0;
  const writer = async () => {
    while (next < count) {
      const start = next;
      next = Math.min(count, next + 25);
      let requests = Array.from({ length: next - start }, (_, i) => ({
        PutRequest: {
          Item: marshall(benchCase(start + i, dueAtFor(start + i)), { removeUndefinedValues: true }),
        },
      }));
      while (requests.length > 0) {
        const result = await client.send(
          new BatchWriteItemCommand({ RequestItems: { [tableName]: requests } }),
        );
        requests = (result.UnprocessedItems?.[tableName] ?? []) as typeof requests;
      }
    }
  };
  await Promise.all(Array.from({ length: 8 }, writer));
}

const fakeCipher: ContentCipher = {
  encrypt: async (plaintext) => plaintext,
  decrypt: async (ciphertext) => ciphertext,
};

interface Row {
  size: number;
  run: string;
  report: SweepReport;
  counter: ReadCounter;
  ms: number;
}

/** What the notify consumer does to an outbox entry once it sent it: it leaves the pending index. */
async function markSent(
  client: ReturnType<typeof localDynamoDbClient>,
  tableName: string,
  sent: NotifyMessage[],
) {
  for (const message of sent) {
    await client.send(
      new UpdateItemCommand({
        TableName: tableName,
        Key: marshall(notificationKey(message.caseId, message.notificationId)),
        UpdateExpression: 'SET sentAt = :at REMOVE gsi2pk, gsi2sk',
        ExpressionAttributeValues: marshall({ ':at': new Date().toISOString() }),
      }),
    );
  }
}

async function measure(
  endpoint: string,
  tableName: string,
  size: number,
  run: string,
  now: Date,
): Promise<Row> {
  const counter: ReadCounter = { items: 0, returned: 0, capacity: 0, requests: 0, writes: 0 };
  const client = countingClient(endpoint, counter);
  const enqueued = { route: 0, notify: 0 };
  const notified: NotifyMessage[] = [];
  const started = performance.now();
  const report = await sweep({
    store: new DynamoDbCaseStore(client, tableName),
    routeQueue: {
      enqueue: async () => {
        enqueued.route += 1;
      },
      ping: async () => undefined,
    },
    notificationQueue: {
      enqueue: async (message) => {
        enqueued.notify += 1;
        notified.push(message);
      },
    },
    cipher: fakeCipher,
    settings,
    // The benchmark's cases are open: nothing to purge.
    attachments: { deleteCaseAttachments: async () => 0 },
    now,
  });
  const ms = performance.now() - started;
  client.destroy();
  const raw = localDynamoDbClient(endpoint);
  await markSent(raw, tableName, notified);
  raw.destroy();
  return { size, run, report, counter, ms };
}

async function main() {
  process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED ??= 'true';
  const dynamodb = await startDynamoDbLocal({ port: await freePort() });
  const client = localDynamoDbClient(dynamodb.endpoint);
  const rows: Row[] = [];
  try {
    for (const size of SIZES) {
      const tableName = `bench-${size}-${randomUUID().slice(0, 8)}`;
      await ensureTable(client, tableName);
      const seedStart = performance.now();
      await seed(client, tableName, size);
      console.error(`seeded ${size} cases in ${((performance.now() - seedStart) / 1000).toFixed(1)} s`);
      rows.push(await measure(dynamodb.endpoint, tableName, size, 'first run (05:00 local)', FIRST_RUN));
      rows.push(await measure(dynamodb.endpoint, tableName, size, 'steady state (+5 min)', STEADY_RUN));
      let digestRun = await measure(
        dynamodb.endpoint,
        tableName,
        size,
        'digest run (07:30 local)',
        DIGEST_RUN,
      );
      rows.push(digestRun);
      // The digests left over the read budget go out with the next sweeps, five minutes apart.
      for (let next = 1; digestRun.report.digests.length > 0 && next <= 12; next++) {
        const at = new Date(DIGEST_RUN.getTime() + next * 5 * 60_000);
        digestRun = await measure(dynamodb.endpoint, tableName, size, `digest run +${next * 5} min`, at);
        if (digestRun.report.digests.length > 0) rows.push(digestRun);
      }
      await client.send(new DeleteTableCommand({ TableName: tableName }));
    }
  } finally {
    client.destroy();
    await dynamodb.stop();
  }

  console.log(
    '| cases in table | cases due | run | items read | items returned | read requests | read capacity (RCU) | steps sent | digests | ms |',
  );
  console.log('| ---: | ---: | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |');
  for (const { size, run, report, counter, ms } of rows) {
    console.log(
      `| ${size.toLocaleString('en')} | ${DUE_CASES} | ${run} | ${counter.items.toLocaleString('en')} | ${counter.returned.toLocaleString('en')} | ${counter.requests} | ${counter.capacity.toFixed(1)} | ${report.escalations.length} | ${report.digests.filter((d) => d.sent).length} | ${Math.round(ms)} |`,
    );
  }
}

await main();
