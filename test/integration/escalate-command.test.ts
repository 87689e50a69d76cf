import { spawn } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { documentClient } from '../../adapters/aws-clients.ts';
import { keysFromEnv } from '../../adapters/crypto/keys-from-env.ts';
import { DynamoDbCaseStore } from '../../adapters/dynamodb/dynamodb-case-store.ts';
import { sealJson } from '../../domain/content-cipher.ts';
import { type DeskServices, startDeskServices } from '../../local/desk-runtime.ts';
import { ensureLocalKeys } from '../../local/local-keys.ts';
import { freePort } from '../../local/ports.ts';
import { LOCAL_RESOURCE_NAMES } from '../../local/settings.ts';
import { deadline, writeTestConfig } from '../helpers/escalation.ts';
import { newCaseFixture } from '../helpers/factories.ts';
import { eventually } from '../helpers/test-desk.ts';

/*
 * The operator commands against a running local desk, as `npm start` runs it: the table and queues of
 * LOCAL_RESOURCE_NAMES (only this file uses them on the test emulators), found through the DESK_*
 * port variables. The commands run in child processes, as `npm run --silent desk -- ...` runs them.
 */
const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const TSX = fileURLToPath(new URL('../../node_modules/.bin/tsx', import.meta.url));

let services: DeskServices;
let childEnv: NodeJS.ProcessEnv;
let domain: string;
let sesEndpoint: string;

beforeAll(async () => {
  const endpoints = inject('emulators');
  sesEndpoint = endpoints.ses;
  const config = writeTestConfig();
  domain = config.domain;
  const dataDir = mkdtempSync(path.join(tmpdir(), 'desk-data-'));
  services = await startDeskServices({
    endpoints,
    names: LOCAL_RESOURCE_NAMES,
    configFile: config.configFile,
    keysFile: ensureLocalKeys(dataDir),
    gatewayPort: 0,
    retryDelaySeconds: 1,
    scheduleIntervalSeconds: 0,
  });
  const port = (url: string) => new URL(url).port;
  childEnv = {
    PATH: process.env.PATH,
    HOME: process.env.HOME,
    DESK_DYNAMODB_PORT: port(endpoints.dynamodb),
    DESK_SQS_PORT: port(endpoints.sqs),
    DESK_SES_PORT: port(endpoints.ses),
    DESK_GATEWAY_PORT: String(services.gateway.port),
    DESK_DATA_DIR: dataDir,
    DESK_CONFIG_FILE: config.configFile,
    AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: 'true',
  };
});

afterAll(async () => {
  await services?.stop();
});

function desk(args: string[], env: NodeJS.ProcessEnv = childEnv) {
  return new Promise<{ status: number | null; stdout: string; stderr: string }>((resolve, reject) => {
    const child = spawn(TSX, ['cli/desk.ts', ...args], { cwd: ROOT, env });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk) => {
      stdout += chunk;
    });
    child.stderr.on('data', (chunk) => {
      stderr += chunk;
    });
    child.once('error', reject);
    child.once('exit', (status) => resolve({ status, stdout, stderr }));
  });
}

async function emailsTo(address: string) {
  const store = (await (await fetch(`${sesEndpoint}/store`)).json()) as {
    emails: { messageId: string; destination: { to: string[] }; subject: string }[];
  };
  return store.emails.filter((email) => email.destination.to.includes(address));
}

describe('desk escalate and desk bounce on the running local desk', () => {
  it('runs the sweep as if at --at, prints the steps, and a bounce of one of its emails alerts the manager', async () => {
    // Prepare: an access request assigned to Anna, due 4 April 2030, its content sealed with the desk's keys.
    const caseId = randomUUID();
    const { cipher } = await keysFromEnv();
    const fixture = newCaseFixture({
      caseId,
      content: await sealJson(cipher, caseId, 'case-content', {
        name: 'Johanna Testperson',
        email: 'johanna@example.com',
        message: 'A copy of my data, please.',
      }),
      type: 'access',
      status: 'assigned',
      teamId: 'nl-privacy',
      assigneeId: 'anna-devries',
      receivedAt: '2030-03-04T10:00:00.000Z',
      deadline: deadline('2030-03-04T10:00:00.000Z', '2030-04-04T21:59:59.999Z'),
    });
    const store = new DynamoDbCaseStore(documentClient(), LOCAL_RESOURCE_NAMES.tableName);
    expect((await store.createCase(fixture, new Date())).kind).toBe('created');
    const reference = fixture.record.reference;

    // Act 1
    const escalate = await desk(['escalate', '--at', '2030-03-29T04:00:00Z']);

    // Assess 1
    expect({ status: escalate.status, stderr: escalate.stderr }).toEqual({ status: 0, stderr: '' });
    const summary = JSON.parse(escalate.stdout) as {
      at: string;
      escalations: { reference: string; step: string; recipients: string[] }[];
    };
    expect(summary.at).toBe('2030-03-29T04:00:00.000Z');
    expect(
      summary.escalations.map(({ reference, step, recipients }) => ({ reference, step, recipients })),
    ).toEqual([
      { reference, step: 'assignee-reminder:7d', recipients: ['member:anna-devries'] },
      { reference, step: 'extension-decision', recipients: ['member:anna-devries'] },
    ]);
    const toAnna = await eventually(async () => {
      const emails = await emailsTo(`anna.devries@${domain}`);
      return emails.length === 2 ? emails : undefined;
    });

    // Act 2: the reminder bounces.
    const reminder = toAnna.find((email) => email.subject.includes('Herinnering'));
    const bounce = await desk(['bounce', '--message-id', reminder!.messageId, '--type', 'Permanent']);

    // Assess 2
    expect({ status: bounce.status, stderr: bounce.stderr }).toEqual({ status: 0, stderr: '' });
    expect(JSON.parse(bounce.stdout)).toMatchObject({ queued: true, eventType: 'Bounce', type: 'Permanent' });
    const alert = await eventually(async () => {
      const emails = await emailsTo(`marieke.jansen@${domain}`);
      return emails.length > 0 ? emails : undefined;
    });
    expect(alert.map((email) => email.subject)).toEqual([
      `[${reference}] Email not delivered: a deadline reminder to Anna de Vries`,
    ]);
  }, 60_000);

  it('says so when the local desk is not running', async () => {
    const closed = String(await freePort());
    const env = { ...childEnv, DESK_DYNAMODB_PORT: closed, DESK_SQS_PORT: closed };

    const [escalate, bounce] = await Promise.all([
      desk(['escalate', '--at', '2030-03-29T04:00:00Z'], env),
      desk(['bounce', '--message-id', 'ses-1'], env),
    ]);

    expect([escalate.status, bounce.status]).toEqual([1, 1]);
    expect(escalate.stderr).toContain('start the local desk with `npm start` first');
    expect(bounce.stderr).toContain('start the local desk with `npm start` first');
  }, 30_000);

  it.each([
    [['escalate'], '--at is required'],
    [['escalate', '--at', '2030-02-30T04:00:00Z'], '--at is not a real date and time'],
    [['escalate', '--at', '2030-03-29'], '--at must be an ISO-8601 instant with an offset'],
    [['bounce'], '--message-id is required'],
    [
      ['bounce', '--message-id', 'ses-1', '--type', 'Soft'],
      '--type must be one of: Permanent, Transient, Complaint',
    ],
  ])('%j: usage error, exit 2', async (args, message) => {
    const { runDesk } = await import('../../cli/desk.ts');
    const err: string[] = [];

    const status = await runDesk(args, { stdout: () => undefined, stderr: (text) => err.push(text) });

    expect(status).toBe(2);
    expect(err.join('')).toContain(message);
  });
});
