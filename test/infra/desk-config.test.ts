import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { App, Stack } from 'aws-cdk-lib';
import { describe, expect, it } from 'vitest';
import { trustBakedSettings } from '../../adapters/desk-config-from-env.ts';
import { loadDeskConfig, parseDeskConfig } from '../../domain/config/load-desk-config.ts';
import { deskSettings } from '../../domain/desk-settings.ts';
import { DeskFunction, deskConfigDefine } from '../../lib/constructs/desk-function.ts';
import { FUNCTIONS } from '../../lib/desk-resources.ts';
import { buildDeskApp } from '../../lib/desk-stack.ts';

const projectRoot = new URL('../..', import.meta.url).pathname;
const exampleFile = path.join(projectRoot, 'config', 'desk.config.json');
const SKIP_BUNDLING = { 'aws:cdk:bundling-stacks': [] };

/** A copy of the example configuration with one routing rule pointing at a team that does not exist. */
function invalidConfigFile(): string {
  const config = JSON.parse(readFileSync(exampleFile, 'utf8'));
  config.routing.rules[3].teamId = 'hr-portal-suport';
  const file = path.join(mkdtempSync(path.join(tmpdir(), 'desk-config-')), 'desk.config.json');
  writeFileSync(file, JSON.stringify(config));
  return file;
}

describe('the desk configuration at synth', () => {
  it('refuses an invalid file, naming the field to fix', () => {
    const file = invalidConfigFile();

    expect(() => buildDeskApp({ ...SKIP_BUNDLING, 'desk:configFile': file })).toThrow(
      `${file}: routing.rules.3.teamId: unknown team "hr-portal-suport"`,
    );
  });

  it('bundles the settings validated at synth, which the function reads back unchanged', () => {
    const config = loadDeskConfig(exampleFile);

    const define = deskConfigDefine(config)['process.env.DESK_SETTINGS_JSON'] as string;

    expect(trustBakedSettings(JSON.parse(define))).toEqual(deskSettings(config));
    // Validating the baked configuration again would change nothing: trusting it loses nothing.
    expect(parseDeskConfig(JSON.parse(JSON.stringify(config)))).toEqual(config);
  });

  it('is in the bundle of a function that reads it', () => {
    // Prepare: a real esbuild bundle of the route consumer, with the configuration defined.
    const app = new App();
    const stack = new Stack(app, 'Bundled');
    const config = { ...loadDeskConfig(exampleFile), inboundDomain: 'bundled-config-marker.example.org' };
    new DeskFunction(stack, 'Fn', {
      declaration: FUNCTIONS.routeCase,
      projectRoot,
      define: deskConfigDefine(config),
    });

    // Act
    const assembly = app.synth();

    // Assess
    const assets = readdirSync(assembly.directory)
      .filter((name) => name.startsWith('asset.'))
      .map((name) => path.join(assembly.directory, name));
    const bundles = assets.map((asset) => readFileSync(path.join(asset, 'index.mjs'), 'utf8'));
    expect(bundles.some((bundle) => bundle.includes('bundled-config-marker.example.org'))).toBe(true);
    // A minified ES module (long lines; the few breaks left are inside template literals) with its source map.
    for (const [index, bundle] of bundles.entries()) {
      expect(bundle).toMatch(/^import \{ createRequire \} from 'module'/);
      expect(bundle.length / bundle.split('\n').length).toBeGreaterThan(1000);
      expect(existsSync(path.join(assets[index]!, 'index.mjs.map'))).toBe(true);
    }
  });
});
