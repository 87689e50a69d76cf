import { spawnSync } from 'node:child_process';
import { mkdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from 'esbuild';
import { esbuildOptionsFor } from '../lib/constructs/function-bundling.ts';
import { PROJECT_ROOT } from '../lib/desk-stack.ts';
import { FUNCTIONS } from '../resources/desk-resources.ts';
import { buildFunctions, floorSource, LAMBDA_ENVIRONMENT } from './function-builds.ts';
import { markdownTable, replaceSection } from './report.ts';

/*
 * Cold import of every function as the stack bundles it, against its floor, side by side in one run.
 * Each round starts one fresh `node` per bundle, in turn (round-robin, so drift on a busy machine
 * hits all alike), with the function's template environment and nothing of this shell's (the shell
 * here sets NODE_EXTRA_CA_CERTS, which alone adds ~30 ms to a Node start). The child times
 * `await import(bundle)`; the table shows medians.
 *
 * BENCH_ROUNDS (default 20) sets the rounds; BENCH_WRITE=0 leaves bench/README.md alone.
 */

const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 20);
const WRITE = process.env.BENCH_WRITE !== '0';
const SIZE_GOAL = 1.3;
const TIME_GOAL = 1.25;

interface Candidate {
  readonly name: string;
  readonly file: string;
  readonly environment: Record<string, string>;
  readonly times: number[];
}

function importOnce(candidate: Candidate): number {
  const url = pathToFileURL(candidate.file).href;
  const code = `const t = performance.now(); await import(${JSON.stringify(url)}); process.stdout.write(String(performance.now() - t));`;
  const environment = { ...LAMBDA_ENVIRONMENT, ...candidate.environment };
  const child = spawnSync(process.execPath, ['--input-type=module', '-e', code], {
    env: environment,
    encoding: 'utf8',
  });
  if (child.status !== 0) throw new Error(`${candidate.name} failed to import: ${child.stderr}`);
  return Number(child.stdout);
}

const median = (values: readonly number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
};

const mb = (bytes: number) => (bytes / 1_000_000).toFixed(2);

async function main(): Promise<void> {
  const outDir = join(tmpdir(), 'privacy-desk-bench-cold');
  rmSync(outDir, { recursive: true, force: true });
  mkdirSync(outDir, { recursive: true });
  const started = performance.now();
  const builds = await buildFunctions(outDir);
  // receive-mail may add mailparser's own cost: its floor with mailparser too, measured the same way.
  const mailFloorFile = join(outDir, 'receiveMail-floor-mailparser', 'index.mjs');
  const mailFloor = await build({
    ...(({ entryPoints, ...options }) => options)(esbuildOptionsFor('', mailFloorFile)),
    stdin: {
      contents: floorSource(FUNCTIONS.receiveMail, ['mailparser']),
      resolveDir: PROJECT_ROOT,
      loader: 'ts',
      sourcefile: 'floor.ts',
    },
    absWorkingDir: PROJECT_ROOT,
    metafile: true,
    logLevel: 'silent',
  });
  const mailFloorBytes = Object.entries(mailFloor.metafile.outputs).find(([name]) =>
    name.endsWith('.mjs'),
  )![1].bytes;
  console.error(
    `built ${builds.length} functions and their floors in ${((performance.now() - started) / 1000).toFixed(1)} s`,
  );

  const candidates = new Map<string, Candidate>();
  for (const fn of builds) {
    candidates.set(fn.key, { name: fn.key, file: fn.bundle.file, environment: fn.environment, times: [] });
    candidates.set(`${fn.key}-floor`, {
      name: `${fn.key}-floor`,
      file: fn.floor.file,
      environment: fn.environment,
      times: [],
    });
  }
  const receiveMail = builds.find((fn) => fn.key === 'receiveMail')!;
  candidates.set('receiveMail-floor-mailparser', {
    name: 'receiveMail-floor-mailparser',
    file: mailFloorFile,
    environment: receiveMail.environment,
    times: [],
  });
  // One warm-up round (file cache), not counted.
  for (const candidate of candidates.values()) importOnce(candidate);
  for (let round = 0; round < ROUNDS; round++) {
    for (const candidate of candidates.values()) candidate.times.push(importOnce(candidate));
    console.error(`round ${round + 1}/${ROUNDS}`);
  }

  const rows = builds.map((fn) => {
    const isMail = fn.key === 'receiveMail';
    const floorBytes = isMail ? mailFloorBytes : fn.floor.bytes;
    const floorTime = median(
      candidates.get(isMail ? 'receiveMail-floor-mailparser' : `${fn.key}-floor`)!.times,
    );
    const time = median(candidates.get(fn.key)!.times);
    const sizeRatio = fn.bundle.bytes / floorBytes;
    const timeRatio = time / floorTime;
    return [
      FUNCTIONS[fn.key].entry.split('/')[1]!,
      mb(fn.bundle.bytes),
      `${mb(floorBytes)}${isMail ? ' (with mailparser)' : ''}`,
      sizeRatio.toFixed(2),
      time.toFixed(0),
      floorTime.toFixed(0),
      timeRatio.toFixed(2),
      sizeRatio <= SIZE_GOAL && timeRatio <= TIME_GOAL ? 'yes' : 'no',
    ];
  });
  const mailNoParser = candidates.get('receiveMail-floor')!;
  const table = markdownTable(
    [
      'function',
      'bundle MB',
      'floor MB',
      'size × floor',
      'import ms',
      'floor ms',
      'time × floor',
      'within goals',
    ],
    rows,
  );
  const note =
    `Measured ${new Date().toISOString().slice(0, 10)}, ${ROUNDS} rounds, medians; Node ${process.versions.node}. ` +
    `receive-mail's floor without mailparser: ${mb(receiveMail.floor.bytes)} MB, ${median(mailNoParser.times).toFixed(0)} ms.`;
  console.log(`${table}\n\n${note}`);
  if (WRITE) replaceSection('cold-start', `${table}\n\n${note}`);
}

await main();
