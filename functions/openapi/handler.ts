import { loadDeskConfig, parseDeskConfig } from '../../domain/config/load-desk-config.ts';
import { DEPLOYMENT_ENV } from '../../resources/desk-resources.ts';
import { httpHandler, json } from '../shared/http-handler.ts';
import { openApiDocument } from './openapi-document.ts';

/**
 * Where this deployment serves the API, as settingsFromEnv() resolves it (the override the stack or
 * the local runtime sets, else the configuration's publicBaseUrl), read here without it: the
 * deadline settings it also parses would bring the holiday calendars (1.4 MB) into this bundle.
 */
function serverUrl(): string {
  const override = process.env[DEPLOYMENT_ENV.publicBaseUrl];
  if (override) return override;
  // A literal property access, so that the bundler's define replaces it (see deskConfigDefine).
  const json = process.env.DESK_CONFIG_JSON;
  if (json) return parseDeskConfig(JSON.parse(json), 'DESK_CONFIG_JSON').publicBaseUrl;
  const file = process.env.DESK_CONFIG_FILE;
  if (file) return loadDeskConfig(file).publicBaseUrl;
  throw new Error('Set DESK_CONFIG_JSON or DESK_CONFIG_FILE');
}

let document: ReturnType<typeof openApiDocument> | undefined;

export const handler = httpHandler(
  async () => {
    // Built at the first request: the local runtime sets the gateway's URL after loading handlers.
    document ??= openApiDocument({ serverUrl: serverUrl() });
    return json(200, document, { 'cache-control': 'public, max-age=300' });
  },
  {
    body: 'none',
  },
);
