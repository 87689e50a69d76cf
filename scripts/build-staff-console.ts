import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import * as esbuild from 'esbuild';

/*
 * The staff console as static files: web/staff/index.html, one script bundle (Preact, uPlot and the
 * console), the console's style sheet and uPlot's. No file is fetched from anywhere but the
 * console's own origin, and nothing is inline, so the page runs under `script-src 'self'`.
 *
 *   npm run build:console [-- <out dir>]    (default dist/staff-console)
 */

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const STAFF_CONSOLE_SOURCE = path.join(root, 'web', 'staff');
export const STAFF_CONSOLE_DIST = path.join(root, 'dist', 'staff-console');

/** File name → contents. */
export type StaffConsoleFiles = ReadonlyMap<string, Uint8Array>;

const esbuildOptions = (minify: boolean): esbuild.BuildOptions => ({
  entryPoints: [path.join(STAFF_CONSOLE_SOURCE, 'src', 'main.tsx')],
  bundle: true,
  format: 'esm',
  target: ['es2022'],
  platform: 'browser',
  jsx: 'automatic',
  jsxImportSource: 'preact',
  minify,
  sourcemap: false,
  legalComments: 'none',
  write: false,
  outfile: 'console.js',
  logLevel: 'silent',
});

function staticFiles(): [string, Uint8Array][] {
  return [
    ['index.html', readFileSync(path.join(STAFF_CONSOLE_SOURCE, 'index.html'))],
    ['console.css', readFileSync(path.join(STAFF_CONSOLE_SOURCE, 'console.css'))],
    ['uplot.css', readFileSync(path.join(root, 'node_modules', 'uplot', 'dist', 'uPlot.min.css'))],
  ];
}

/** The console's files in memory (the local runtime serves them from there). */
export async function buildStaffConsole(options: { minify?: boolean } = {}): Promise<StaffConsoleFiles> {
  const result = await esbuild.build(esbuildOptions(options.minify ?? true));
  const script = result.outputFiles?.[0];
  if (!script) throw new Error('esbuild produced no console bundle');
  return new Map([...staticFiles(), ['console.js', script.contents]]);
}

/** The same, synchronously, into a folder: for the CDK app, which builds its assets while it runs. */
export function buildStaffConsoleSync(outDir: string = STAFF_CONSOLE_DIST): string {
  const result = esbuild.buildSync(esbuildOptions(true));
  const script = result.outputFiles?.[0];
  if (!script) throw new Error('esbuild produced no console bundle');
  mkdirSync(outDir, { recursive: true });
  for (const [name, contents] of [
    ...staticFiles(),
    ['console.js', script.contents] as [string, Uint8Array],
  ]) {
    writeFileSync(path.join(outDir, name), contents);
  }
  return outDir;
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const out = buildStaffConsoleSync(process.argv[2] ? path.resolve(process.argv[2]) : STAFF_CONSOLE_DIST);
  console.log(`staff console built into ${path.relative(process.cwd(), out) || '.'}`);
}
