import { type ChildProcess, spawn } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { commandLineOf, isProcessAlive, waitForExit } from '../../local/emulators/child-watchdog.ts';
import { freePort } from '../../local/ports.ts';
import { repositoryRoot } from '../../local/settings.ts';

/** The four ports of a local desk, all free when chosen. */
export interface DeskPorts {
  readonly gateway: number;
  readonly dynamodb: number;
  readonly sqs: number;
  readonly ses: number;
}

export async function freeDeskPorts(): Promise<DeskPorts> {
  return {
    gateway: await freePort(),
    dynamodb: await freePort(),
    sqs: await freePort(),
    ses: await freePort(),
  };
}

/** `npm start` as an operator runs it, in a process group of its own (so a failed test can end it whole). */
export interface NpmDesk {
  readonly npm: ChildProcess;
  /** The desk process (`local/start.ts`), npm's child. */
  readonly deskPid: number;
  /** DynamoDB Local's JVM, from the pid file the desk keeps beside the database. */
  readonly javaPid: number;
  /** Everything printed so far, stdout and stderr. */
  output(): string;
  /** npm's exit, once it has exited. */
  readonly exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
}

/**
 * Starts `npm start` on `ports` with its data in `dataDir` and waits until it says it is running.
 * The scheduler stays off: these tests are about processes, not sweeps.
 */
export async function startNpmDesk(ports: DeskPorts, dataDir: string, timeoutMs = 120_000): Promise<NpmDesk> {
  const npm = spawn('npm', ['start'], {
    cwd: repositoryRoot,
    env: {
      ...process.env,
      DESK_GATEWAY_PORT: String(ports.gateway),
      DESK_DYNAMODB_PORT: String(ports.dynamodb),
      DESK_SQS_PORT: String(ports.sqs),
      DESK_SES_PORT: String(ports.ses),
      DESK_DATA_DIR: dataDir,
      DESK_SCHEDULE_SECONDS: '0',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true,
  });
  let output = '';
  npm.stdout?.on('data', (chunk: Buffer) => {
    output += chunk.toString();
  });
  npm.stderr?.on('data', (chunk: Buffer) => {
    output += chunk.toString();
  });
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
    npm.once('exit', (code, signal) => resolve({ code, signal })),
  );
  const deadline = Date.now() + timeoutMs;
  while (!output.includes('Privacy Desk is running')) {
    if (npm.exitCode !== null || npm.signalCode !== null) {
      throw new Error(`npm start exited before it was ready:\n${output}`);
    }
    if (Date.now() > deadline) {
      killGroup(npm);
      throw new Error(`npm start was not ready within ${timeoutMs} ms:\n${output}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  // Found by the process tree, not the desk's pid file: the test must not trust what it tests.
  const tree = descendants(npm.pid ?? 0);
  const deskPid = tree.filter((pid) => commandLineOf(pid)?.includes('local/start.ts')).at(-1);
  // The JVM itself, not its watchdog shell (whose arguments name the jar too).
  const javaPid = tree.find((pid) => {
    const [program = '', ...args] = (commandLineOf(pid) ?? '').split(' ');
    return path.basename(program) === 'java' && args.some((arg) => arg.endsWith('DynamoDBLocal.jar'));
  });
  if (!deskPid || !javaPid) throw new Error(`desk or DynamoDB Local not found under npm:\n${output}`);
  return { npm, deskPid, javaPid, output: () => output, exited };
}

/** Every process below `root`, parents before children (Linux /proc). */
export function descendants(root: number): number[] {
  const parentOf = new Map<number, number>();
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      parentOf.set(Number(entry), Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]));
    } catch {
      // Exited while we listed.
    }
  }
  const found: number[] = [];
  let generation = [root];
  while (generation.length > 0) {
    const next = [...parentOf].filter(([, parent]) => generation.includes(parent)).map(([pid]) => pid);
    found.push(...next);
    generation = next;
  }
  return found;
}

/** Ends whatever is left of a test's `npm start` (its process group, by id). */
export function killGroup(npm: ChildProcess): void {
  if (npm.pid === undefined) return;
  try {
    process.kill(-npm.pid, 'SIGKILL');
  } catch {
    // Gone already.
  }
}

/** Fails unless every pid has exited within `timeoutMs` (polled: a condition, not a sleep). */
export async function expectExited(pids: Record<string, number>, timeoutMs = 30_000): Promise<void> {
  const results = await Promise.all(
    Object.entries(pids).map(async ([name, pid]) => [name, await waitForExit(pid, timeoutMs)] as const),
  );
  const alive = results.filter(([, gone]) => !gone).map(([name]) => `${name} (${pids[name]})`);
  if (alive.length > 0) throw new Error(`still running after ${timeoutMs} ms: ${alive.join(', ')}`);
}

export { isProcessAlive };
