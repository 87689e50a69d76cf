import { DEPLOYMENT_ENV } from '../../resources/desk-resources.ts';
import { httpHandler, json } from '../shared/http-handler.ts';

type OpenApiDocument = { servers?: { url: string; description?: string }[] } & Record<string, unknown>;

/**
 * The document is built ahead of time from the zod schemas (openApiDocumentJson): by the stack at
 * synth, as an esbuild define, and by the local runtime into the environment. The function serves
 * that string rather than carrying zod-openapi and every schema to build the same document at each
 * cold start; only the server address is filled in here, from the override the stack or the local
 * runtime sets (the gateway's URL locally), read at the first request.
 */
function loadDocument(): OpenApiDocument {
  // A literal property access, so that the bundler's define replaces it.
  const prebuilt = process.env.DESK_OPENAPI_DOCUMENT;
  if (!prebuilt) throw new Error('Set DESK_OPENAPI_DOCUMENT (see openApiDocumentJson)');
  const document = JSON.parse(prebuilt) as OpenApiDocument;
  const override = process.env[DEPLOYMENT_ENV.publicBaseUrl];
  if (!override) return document;
  const url = override.replace(/\/+$/, '');
  return { ...document, servers: (document.servers ?? []).map((server) => ({ ...server, url })) };
}

let document: OpenApiDocument | undefined;

export const handler = httpHandler(
  async () => {
    document ??= loadDocument();
    return json(200, document, { 'cache-control': 'public, max-age=300' });
  },
  {
    body: 'none',
  },
);
