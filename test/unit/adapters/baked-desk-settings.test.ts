import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { bakeDeskSettings, trustBakedSettings } from '../../../adapters/desk-config-from-env.ts';
import { ConfigError, loadDeskConfig } from '../../../domain/config/load-desk-config.ts';
import { deskSettings } from '../../../domain/desk-settings.ts';

const exampleFile = path.resolve(import.meta.dirname, '../../../config/desk.config.json');

describe('settings validated at synth and baked into the bundle', () => {
  const settings = deskSettings(loadDeskConfig(exampleFile), exampleFile);

  it('come back as validated, without validating again', () => {
    expect(trustBakedSettings(bakeDeskSettings(settings))).toEqual(settings);
  });

  it('are refused when the settings were edited after baking', () => {
    const baked = JSON.parse(bakeDeskSettings(settings));
    const settingsText = baked.settings.replace('"publicBaseUrl":"', '"publicBaseUrl":"x');
    expect(settingsText).not.toBe(baked.settings);
    const edited = JSON.stringify({ ...baked, settings: settingsText });

    expect(() => trustBakedSettings(edited)).toThrow(ConfigError);
    expect(() => trustBakedSettings(edited)).toThrow(/changed after it was validated/);
  });

  it('are refused when baked by a desk with another settings format', () => {
    const baked = JSON.parse(bakeDeskSettings(settings));
    const older = JSON.stringify({ ...baked, format: baked.format - 1 });

    expect(() => trustBakedSettings(older)).toThrow(/format/);
  });

  it('are refused when not baked at all (a bare configuration)', () => {
    expect(() => trustBakedSettings(JSON.stringify(settings.config))).toThrow(ConfigError);
  });
});
