/**
 * `npm run bench:faults`: the fault suite (test/faults, the `faults` vitest project) at bench size.
 *
 * The same tests `npm test` runs with 40 submissions run here with BENCH_SUBMISSIONS (200 by
 * default) in the kill -9 and DynamoDB-restart tests; every test still asserts its end state (each
 * case routed once and acknowledged once, nothing stuck). The tests write their figures to a file
 * (DESK_FAULT_REPORT), vitest's JSON report gives each test's time and result; this prints both as
 * Markdown tables.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { repositoryRoot } from '../local/settings.ts';

const SUBMISSIONS = Number(process.env.BENCH_SUBMISSIONS ?? 200);
const folder = mkdtempSync(path.join(tmpdir(), 'bench-faults-'));
const figuresFile = path.join(folder, 'figures.jsonl');
const resultsFile = path.join(folder, 'results.json');

const started = Date.now();
const run = spawnSync(
  process.execPath,
  [
    path.join(repositoryRoot, 'node_modules', 'vitest', 'vitest.mjs'),
    'run',
    '--project',
    'faults',
    '--reporter=default',
    '--reporter=json',
    `--outputFile.json=${resultsFile}`,
    '--testTimeout=900000',
  ],
  {
    cwd: repositoryRoot,
    stdio: ['ignore', 'inherit', 'inherit'],
    env: { ...process.env, DESK_FAULT_SUBMISSIONS: String(SUBMISSIONS), DESK_FAULT_REPORT: figuresFile },
  },
);
const totalSeconds = ((Date.now() - started) / 1000).toFixed(0);

interface TestResult {
  readonly title: string;
  readonly ancestorTitles: readonly string[];
  readonly status: string;
  readonly duration?: number;
}
const results = JSON.parse(readFileSync(resultsFile, 'utf8')) as {
  testResults: { name: string; assertionResults: TestResult[] }[];
};
const figures = readFileSync(figuresFile, 'utf8')
  .trim()
  .split('\n')
  .filter(Boolean)
  .map((line) => JSON.parse(line) as Record<string, number | string>);
rmSync(folder, { recursive: true, force: true });

console.log(
  `\nFault suite, ${SUBMISSIONS} submissions in the crash and restart tests: ${totalSeconds} s in all\n`,
);
console.log('| file | test | result | s |');
console.log('| --- | --- | --- | ---: |');
for (const file of results.testResults) {
  for (const test of file.assertionResults) {
    const name = `${test.ancestorTitles.join(' / ')}: ${test.title}`;
    console.log(
      `| ${path.basename(file.name)} | ${name} | ${test.status} | ${((test.duration ?? 0) / 1000).toFixed(1)} |`,
    );
  }
}
console.log('\n| fault | figures |');
console.log('| --- | --- |');
for (const { fault, ...rest } of figures) {
  console.log(
    `| ${fault} | ${Object.entries(rest)
      .map(([name, value]) => `${name} ${value}`)
      .join(', ')} |`,
  );
}
process.exit(run.status ?? 1);
