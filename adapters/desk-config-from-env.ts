import { loadDeskConfig, parseDeskConfig } from '../domain/config/load-desk-config.ts';
import { type DeskSettings, deskSettings } from '../domain/desk-settings.ts';
import { getOptionalStringFromEnv } from './env.ts';

/**
 * The desk configuration. In AWS the stack validates config/desk.config.json at synth and bundles it
 * into each function as DESK_CONFIG_JSON (an esbuild define: Lambda's 4 KB environment would not
 * hold it); locally the runtime sets DESK_CONFIG_FILE. Same file, same validation, one code path.
 */
export const ENV_CONFIG_JSON = 'DESK_CONFIG_JSON';
export const ENV_CONFIG_FILE = 'DESK_CONFIG_FILE';
/** Overrides the file's publicBaseUrl: the local runtime's gateway URL, a stage's custom domain. */
export const ENV_PUBLIC_BASE_URL = 'DESK_PUBLIC_BASE_URL';

let settings: DeskSettings | undefined;

export function settingsFromEnv(): DeskSettings {
  if (settings) return settings;
  // Read as a literal property access so that the bundler's define can replace it.
  const json = process.env.DESK_CONFIG_JSON;
  const file = getOptionalStringFromEnv(ENV_CONFIG_FILE);
  if (!json && !file) throw new Error(`Set ${ENV_CONFIG_JSON} or ${ENV_CONFIG_FILE}`);
  const config = json ? parseDeskConfig(JSON.parse(json), ENV_CONFIG_JSON) : loadDeskConfig(file as string);
  const publicBaseUrl = getOptionalStringFromEnv(ENV_PUBLIC_BASE_URL);
  settings = deskSettings(
    publicBaseUrl ? { ...config, publicBaseUrl } : config,
    json ? ENV_CONFIG_JSON : (file as string),
  );
  return settings;
}
