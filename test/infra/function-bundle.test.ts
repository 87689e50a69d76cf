import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { App, Stack } from 'aws-cdk-lib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ENV_CONTENT_KEY_ARN, ENV_MAC_KEY_ARN } from '../../adapters/crypto/keys-from-env.ts';
import { ENV_CONFIG_JSON, ENV_PUBLIC_BASE_URL } from '../../adapters/desk-config-from-env.ts';
import { parseDeskConfig } from '../../domain/config/load-desk-config.ts';
import { DeskFunction } from '../../lib/constructs/desk-function.ts';
import { DEPLOYMENT_ENV, FUNCTIONS } from '../../lib/desk-resources.ts';
import { loadConfigFor, PROJECT_ROOT, readDeskContext } from '../../lib/desk-stack.ts';

describe('the environment the stack sets is the one the adapters read', () => {
  it('content key variables', () => {
    expect([DEPLOYMENT_ENV.contentKeyArn, DEPLOYMENT_ENV.macKeyArn]).toEqual([
      ENV_CONTENT_KEY_ARN,
      ENV_MAC_KEY_ARN,
    ]);
  });

  it('public base URL override', () => {
    expect(DEPLOYMENT_ENV.publicBaseUrl).toBe(ENV_PUBLIC_BASE_URL);
  });

  it('SES configuration set (read in functions/shared/wiring.ts)', () => {
    const wiring = readFileSync(join(PROJECT_ROOT, 'functions/shared/wiring.ts'), 'utf8');
    expect(wiring).toContain(`'${DEPLOYMENT_ENV.sesConfigurationSet}'`);
  });
});

describe('a bundled function', () => {
  /* Prepare: one real esbuild bundle of a function that reads the configuration (a few seconds). */
  const outdir = mkdtempSync(join(tmpdir(), 'desk-bundle-'));
  const app = new App({ outdir });
  const config = loadConfigFor(readDeskContext(app.node));
  let bundle = '';
  let assetDir = '';

  beforeAll(() => {
    const stack = new Stack(app, 'Bundle');
    new DeskFunction(stack, 'SubmitRequest', {
      declaration: FUNCTIONS.submitRequest,
      projectRoot: PROJECT_ROOT,
      config,
    });
    app.synth();
    assetDir = readdirSync(outdir)
      .filter((name) => name.startsWith('asset.'))
      .map((name) => join(outdir, name))
      .find((dir) => statSync(dir).isDirectory() && existsSync(join(dir, 'index.mjs')))!;
    bundle = readFileSync(join(assetDir, 'index.mjs'), 'utf8');
  }, 120_000);

  afterAll(() => rmSync(outdir, { recursive: true, force: true }));

  it('carries the validated configuration in place of process.env.DESK_CONFIG_JSON', () => {
    expect(bundle).not.toContain(`process.env.${ENV_CONFIG_JSON}`);
    expect(bundle).toContain(config.dpo.email);
    expect(bundle).toContain(config.inboundDomain);
  });

  it('carries a configuration that the function parses again to the same value', () => {
    const compiled = JSON.parse(JSON.stringify(config));
    expect(parseDeskConfig(compiled, ENV_CONFIG_JSON)).toEqual(config);
  });

  it('is a minified ES module with a source map', () => {
    expect(bundle).toMatch(/^import\{createRequire\}|^import \{ createRequire \}/);
    // Minified: long lines (the few line breaks left are inside template literals).
    expect(bundle.length / bundle.split('\n').length).toBeGreaterThan(1000);
    expect(existsSync(join(assetDir, 'index.mjs.map'))).toBe(true);
  });
});
