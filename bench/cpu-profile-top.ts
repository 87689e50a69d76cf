import { readFileSync } from 'node:fs';
import { markdownTable } from './report.ts';

interface ProfileNode {
  readonly id: number;
  readonly callFrame: { functionName: string; url: string; lineNumber: number };
  readonly hitCount?: number;
}

interface CpuProfile {
  readonly nodes: readonly ProfileNode[];
  readonly samples: readonly number[];
  readonly timeDeltas: readonly number[];
  readonly startTime: number;
  readonly endTime: number;
}

/** A file's place for a reader: the package under node_modules, else the path under the repository. */
function where(url: string): string {
  if (!url) return '(native)';
  const packageMatch = /node_modules\/((?:@[^/]+\/)?[^/]+)\/(.*)$/.exec(url);
  if (packageMatch) return `${packageMatch[1]}/${packageMatch[2]?.split('/').slice(-1)[0]}`;
  const repo =
    url
      .replace(/^file:\/\//, '')
      .split('/wt-perf-submit/')
      .pop() ?? url;
  return repo.replace(/^.*\/work\/[^/]+\//, '');
}

/**
 * The top self-time entries of a V8 `.cpuprofile` (what `node --cpu-prof` writes), by function and
 * file, plus the share per package, as Markdown tables.
 */
export function summariseProfile(file: string, top: number): string {
  const profile = JSON.parse(readFileSync(file, 'utf8')) as CpuProfile;
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const selfUs = new Map<number, number>();
  profile.samples.forEach((id, index) => {
    selfUs.set(id, (selfUs.get(id) ?? 0) + (profile.timeDeltas[index] ?? 0));
  });
  const total = profile.endTime - profile.startTime;
  const byFunction = new Map<string, number>();
  const byPackage = new Map<string, number>();
  for (const [id, us] of selfUs) {
    const node = byId.get(id);
    if (!node) continue;
    const { functionName, url, lineNumber } = node.callFrame;
    const key = `${functionName || '(anonymous)'} | ${where(url)}${url ? `:${lineNumber + 1}` : ''}`;
    byFunction.set(key, (byFunction.get(key) ?? 0) + us);
    const pkg =
      /node_modules\/((?:@[^/]+\/)?[^/]+)\//.exec(url)?.[1] ??
      (url.startsWith('node:') ? 'node internals' : url ? 'desk code' : functionName);
    byPackage.set(pkg, (byPackage.get(pkg) ?? 0) + us);
  }
  const rows = (map: Map<string, number>, count: number) =>
    [...map]
      .sort((a, b) => b[1] - a[1])
      .slice(0, count)
      .map(([key, us]) => [...key.split(' | '), (us / 1000).toFixed(0), ((us / total) * 100).toFixed(1)]);
  return [
    markdownTable(
      ['function', 'where', 'self ms', '% of profile'],
      rows(byFunction, top).map((row) =>
        row.length === 4 ? row : [row[0] ?? '', '', row[1] ?? '', row[2] ?? ''],
      ),
    ),
    '',
    markdownTable(['package', 'self ms', '% of profile'], rows(byPackage, 15)),
    '',
    `Profile: ${(total / 1e6).toFixed(1)} s.`,
  ].join('\n');
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const [file, top] = process.argv.slice(2);
  if (!file) throw new Error('usage: tsx bench/cpu-profile-top.ts FILE.cpuprofile [TOP]');
  console.log(summariseProfile(file, Number(top ?? 25)));
}
