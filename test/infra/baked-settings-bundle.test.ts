import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from 'esbuild';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LAMBDA_ENVIRONMENT } from '../../bench/function-builds.ts';
import { loadDeskConfig } from '../../domain/config/load-desk-config.ts';
import { deskConfigDefine } from '../../lib/constructs/desk-function.ts';
import { esbuildOptionsFor } from '../../lib/constructs/function-bundling.ts';
import { PROJECT_ROOT } from '../../lib/desk-stack.ts';
import { FUNCTIONS } from '../../resources/desk-resources.ts';

/*
 * A bundle no longer carries the config schema (it trusts the settings validated and baked at synth),
 * so what stops it from running on settings nobody validated is the format and hash check alone.
 * Checked on the built bundle, as Lambda would import it.
 */

const SETTINGS_DEFINE = 'process.env.DESK_SETTINGS_JSON';
let outDir: string;

beforeAll(() => {
  outDir = mkdtempSync(join(tmpdir(), 'privacy-desk-baked-'));
});
afterAll(() => rmSync(outDir, { recursive: true, force: true }));

/** handle-bounce, bundled as the stack bundles it with `baked` as its settings; then imported in a fresh node. */
async function importBundleWith(name: string, baked: string) {
  const outfile = join(outDir, name, 'index.mjs');
  await build({
    ...esbuildOptionsFor(join(PROJECT_ROOT, FUNCTIONS.handleBounce.entry), outfile, {
      [SETTINGS_DEFINE]: JSON.stringify(baked),
    }),
    sourcemap: false,
    absWorkingDir: PROJECT_ROOT,
    logLevel: 'silent',
  });
  const child = spawnSync(
    process.execPath,
    ['--input-type=module', '-e', `await import(${JSON.stringify(pathToFileURL(outfile).href)})`],
    {
      env: {
        ...LAMBDA_ENVIRONMENT,
        PATH: process.env.PATH ?? '',
        TABLE_NAME: 'cases',
        NOTIFY_QUEUE_URL: 'https://sqs.eu-west-1.amazonaws.com/123456789012/notify',
        POWERTOOLS_LOG_LEVEL: 'SILENT',
      },
      encoding: 'utf8',
    },
  );
  return { status: child.status, stderr: child.stderr };
}

const validBaked = () =>
  JSON.parse(
    deskConfigDefine(loadDeskConfig(join(PROJECT_ROOT, 'config/desk.config.json')))[
      SETTINGS_DEFINE
    ] as string,
  ) as string;

describe('baked settings in a built function', () => {
  it('starts with the settings as validated at synth', async () => {
    // Act
    const result = await importBundleWith('valid', validBaked());

    // Assess
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
  }, 60_000);

  it('refuses to start when the settings were changed after baking', async () => {
    // Prepare: a different sender address, the hash of the original settings kept
    const baked = JSON.parse(validBaked()) as { settings: string };
    const tampered = JSON.stringify({
      ...baked,
      settings: baked.settings.replace(/"fromAddress":"[^"]*"/, '"fromAddress":"someone@elsewhere.example"'),
    });
    expect(tampered).not.toBe(validBaked());

    // Act
    const result = await importBundleWith('tampered', tampered);

    // Assess
    expect(result.status).not.toBe(0);
    expect(result.stderr).toMatch(/ConfigError/);
    expect(result.stderr).toMatch(/DESK_SETTINGS_JSON: sha256: the settings changed after it was validated/);
  }, 60_000);

  it('refuses to start on a bare configuration instead of baked settings', async () => {
    // Prepare: what a hand-made define might hold, the configuration file's JSON
    const baked = JSON.parse(validBaked()) as { settings: string };
    const bare = JSON.stringify((JSON.parse(baked.settings) as { config: unknown }).config);

    // Act
    const result = await importBundleWith('bare', bare);

    // Assess
    expect(result.status).not.toBe(0);
    expect(result.stderr).toMatch(/DESK_SETTINGS_JSON: format: baked settings format undefined/);
  }, 60_000);
});
