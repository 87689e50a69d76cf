import { createHash } from 'node:crypto';
import { ConfigError, loadDeskConfig } from '../domain/config/load-desk-config.ts';
import { type DeskSettings, deskSettings } from '../domain/desk-settings.ts';
import { getOptionalStringFromEnv } from './env.ts';

/**
 * The desk configuration. In AWS the stack validates config/desk.config.json at synth and bundles the
 * resulting settings into each function as DESK_SETTINGS_JSON (an esbuild define: Lambda's 4 KB
 * environment would not hold it), which the function trusts without validating again: the zod parse
 * and its time-zone checks were most of what a cold start did beyond the SDK. Locally the runtime
 * sets DESK_CONFIG_FILE and the file is validated here, once per process.
 */
export const ENV_SETTINGS_JSON = 'DESK_SETTINGS_JSON';
export const ENV_CONFIG_FILE = 'DESK_CONFIG_FILE';
/** Overrides the file's publicBaseUrl: the local runtime's gateway URL, a stage's custom domain. */
export const ENV_PUBLIC_BASE_URL = 'DESK_PUBLIC_BASE_URL';

/**
 * The shape of the baked settings. Raise it whenever DeskSettings (or what the config schema makes
 * of a file: defaults, normalisation) changes, so that settings baked by another desk are refused
 * rather than read as if validated by this one.
 */
export const BAKED_SETTINGS_FORMAT = 2;

interface BakedSettings {
  readonly format: number;
  /** sha256 of `settings` as serialised below. */
  readonly sha256: string;
  readonly settings: string;
}

const digest = (text: string) => createHash('sha256').update(text).digest('hex');

/** Validated settings as baked at synth: the settings' JSON with its format and hash. */
export function bakeDeskSettings(settings: DeskSettings): string {
  const text = JSON.stringify(settings);
  const baked: BakedSettings = { format: BAKED_SETTINGS_FORMAT, sha256: digest(text), settings: text };
  return JSON.stringify(baked);
}

/**
 * Settings baked by bakeDeskSettings, not validated again. The hash is a sanity check, not a
 * defence: whoever can edit a bundle can also recompute it. It makes a hand-edited define, or an
 * environment variable set to a configuration instead of baked settings, fail at start with a
 * ConfigError (run `cdk synth` to validate and bake again) instead of running on unchecked input.
 */
export function trustBakedSettings(text: string): DeskSettings {
  let baked: Partial<BakedSettings>;
  try {
    baked = JSON.parse(text) as Partial<BakedSettings>;
  } catch {
    throw new ConfigError(ENV_SETTINGS_JSON, [{ field: '', message: 'not JSON' }]);
  }
  if (baked.format !== BAKED_SETTINGS_FORMAT) {
    throw new ConfigError(ENV_SETTINGS_JSON, [
      {
        field: 'format',
        message: `baked settings format ${String(baked.format)}, this desk reads ${BAKED_SETTINGS_FORMAT}: synth again`,
      },
    ]);
  }
  if (typeof baked.settings !== 'string' || baked.sha256 !== digest(baked.settings)) {
    throw new ConfigError(ENV_SETTINGS_JSON, [
      { field: 'sha256', message: 'the settings changed after it was validated at synth: synth again' },
    ]);
  }
  return JSON.parse(baked.settings) as DeskSettings;
}

let settings: DeskSettings | undefined;

export function settingsFromEnv(): DeskSettings {
  if (settings) return settings;
  // Written as literal property accesses inside the condition: in a bundle the define replaces them
  // with the baked string, the bundler folds the condition and drops the file branch, and with it
  // (package.json "sideEffects": false) the config schema, whose construction at import was most of
  // what a cold start did beyond the SDK.
  const validated = process.env.DESK_SETTINGS_JSON
    ? trustBakedSettings(process.env.DESK_SETTINGS_JSON)
    : settingsFromConfigFile();
  const publicBaseUrl = getOptionalStringFromEnv(ENV_PUBLIC_BASE_URL);
  settings = publicBaseUrl
    ? {
        ...validated,
        config: { ...validated.config, publicBaseUrl },
        publicBaseUrl: publicBaseUrl.replace(/\/+$/, ''),
      }
    : validated;
  return settings;
}

/** The local runtime and the tests: validate the file named by DESK_CONFIG_FILE. */
function settingsFromConfigFile(): DeskSettings {
  const file = getOptionalStringFromEnv(ENV_CONFIG_FILE);
  if (!file) throw new Error(`Set ${ENV_SETTINGS_JSON} or ${ENV_CONFIG_FILE}`);
  return deskSettings(loadDeskConfig(file), file);
}
