import { injectLambdaContext } from '@aws-lambda-powertools/logger/middleware';
import { logMetrics } from '@aws-lambda-powertools/metrics/middleware';
import middy from '@middy/core';
import httpCors from '@middy/http-cors';
import httpErrorHandler from '@middy/http-error-handler';
import httpEventNormalizer from '@middy/http-event-normalizer';
import httpHeaderNormalizer from '@middy/http-header-normalizer';
import httpJsonBodyParser from '@middy/http-json-body-parser';
import httpSecurityHeaders from '@middy/http-security-headers';
import httpUrlencodeBodyParser from '@middy/http-urlencode-body-parser';
import { createError } from '@middy/util';
import type { APIGatewayProxyEventV2, APIGatewayProxyResultV2, Context } from 'aws-lambda';
import { DeskError } from '../../domain/errors.ts';
import { CORS_ORIGINS_ENV } from '../../resources/desk-resources.ts';
import { API_PAGE_CSP } from '../../web/pages/csp.ts';
import { logger } from './logger.ts';
import { metrics } from './metrics.ts';
import { page } from './pages.ts';

export type HttpEvent = Omit<APIGatewayProxyEventV2, 'body'> & { body?: unknown };
export type HttpResult = Exclude<APIGatewayProxyResultV2, string>;
type HttpFunction = (event: HttpEvent, context: Context) => Promise<HttpResult>;

export interface HttpHandlerOptions {
  /**
   * `json`: the body must be JSON; `form`: JSON or application/x-www-form-urlencoded (a plain HTML
   * form); anything else is a 415. `none`: the route takes no body.
   */
  readonly body: 'json' | 'form' | 'none';
  /** Larger bodies get a 413 before anything is parsed. */
  readonly maxBodyBytes?: number;
  /**
   * The route's own page for a refused request from a browser (the form again, with each error at its
   * field); undefined falls back to the short page listing the fields.
   */
  readonly errorPage?: (refusal: RefusedRequest) => string | undefined;
}

/** A 4xx answer as the error page sees it: the request, the status and the JSON error body. */
export interface RefusedRequest {
  readonly event: HttpEvent;
  readonly statusCode: number;
  readonly message?: string;
  readonly issues?: readonly { field: string; message: string }[];
}

interface ErrorLike {
  statusCode?: number;
  expose?: boolean;
  message: string;
  name?: string;
}

/**
 * Turns every exposed error into a JSON body `{error, message, issues?}`. Runs before
 * httpErrorHandler (middy runs onError in reverse order of `use`).
 */
const jsonErrorBody = (): middy.MiddlewareObj<HttpEvent, HttpResult> => ({
  onError: async (request) => {
    const error = request.error as (ErrorLike & { code?: string }) | null;
    if (!error?.statusCode || error.statusCode >= 500 || error.expose === false) return;
    // middy answers malformed JSON and forms with 415; the content type was right, the body was not.
    if (/^Invalid or malformed/.test(error.message)) {
      error.statusCode = 400;
      error.code = 'malformed_body';
    }
    const code = error.code ?? codeForStatus(error.statusCode);
    error.message = JSON.stringify({
      error: code,
      message: error.message,
      ...(error instanceof DeskError && 'issues' in error ? { issues: error.issues } : {}),
    });
  },
});

function codeForStatus(statusCode: number): string {
  switch (statusCode) {
    case 413:
      return 'payload_too_large';
    case 415:
      return 'unsupported_media_type';
    case 422:
      return 'unprocessable_entity';
    default:
      return 'bad_request';
  }
}

/** Logs what went wrong without the error's `cause`: middy puts the raw body there. */
function logError(error: ErrorLike) {
  if (error.statusCode && error.statusCode < 500) {
    logger.info('request rejected', { statusCode: error.statusCode, errorName: error.name });
  } else {
    logger.error('request failed', { errorName: error.name, errorMessage: error.message });
  }
}

/**
 * For browsers (a plain form without JavaScript): the JSON error becomes a short HTML page with the
 * same status and the same field list. Runs after httpErrorHandler has built the response.
 */
const htmlErrorPage = (
  routePage?: HttpHandlerOptions['errorPage'],
): middy.MiddlewareObj<HttpEvent, HttpResult> => ({
  onError: async (request) => {
    const response = request.response as HttpResult | undefined;
    if (!response?.statusCode || response.statusCode >= 500 || !prefersHtml(request.event)) return;
    let parsed: { message?: string; issues?: { field: string; message: string }[] } = {};
    try {
      parsed = JSON.parse(String(response.body ?? '{}'));
    } catch {
      return;
    }
    const own = routePage?.({
      event: request.event,
      statusCode: response.statusCode,
      ...(parsed.message !== undefined ? { message: parsed.message } : {}),
      ...(parsed.issues ? { issues: parsed.issues } : {}),
    });
    if (own !== undefined) {
      request.response = html(response.statusCode, own);
      return;
    }
    request.response = html(
      response.statusCode,
      page(
        'Please check your request',
        [
          parsed.issues
            ? 'Some fields need another look:'
            : (parsed.message ?? 'The request could not be processed.'),
        ],
        (parsed.issues ?? []).map((issue) => `${issue.field}: ${issue.message}`),
      ),
    );
  },
});

/** Refuses a body over the limit before any parser sees it. */
const bodyLimit = (maxBytes: number): middy.MiddlewareObj<HttpEvent, HttpResult> => ({
  before: async (request) => {
    const { body, isBase64Encoded } = request.event;
    if (typeof body !== 'string') return;
    const bytes = isBase64Encoded ? Buffer.byteLength(body, 'base64') : Buffer.byteLength(body, 'utf8');
    if (bytes > maxBytes) throw createError(413, `Request body larger than ${maxBytes} bytes`);
  },
});

const FORM_MEDIA_TYPE = 'application/x-www-form-urlencoded';
const isJsonMediaType = (mediaType: string | undefined) =>
  /^application\/([^/;]+\+)?json$/.test(mediaType ?? '');

/** A Content-Type header split into its media type (lower case) and parameters (names lower case, values unquoted). */
export function parseContentType(
  header: string | undefined,
): { mediaType: string; parameters: Record<string, string> } | undefined {
  if (header === undefined || header.trim() === '') return undefined;
  const [type = '', ...rest] = header.split(';');
  const parameters: Record<string, string> = {};
  for (const parameter of rest) {
    const separator = parameter.indexOf('=');
    if (separator === -1) continue;
    const name = parameter.slice(0, separator).trim().toLowerCase();
    const value = parameter.slice(separator + 1).trim();
    parameters[name] = value.startsWith('"') && value.endsWith('"') ? value.slice(1, -1) : value;
  }
  return { mediaType: type.trim().toLowerCase(), parameters };
}

/**
 * Media types are case-insensitive (RFC 9110), but middy's body parsers match them case-sensitively:
 * the header reaches them as the bare lower-case media type. A declared charset other than UTF-8 is
 * refused; the parsers would read the bytes as UTF-8 anyway.
 */
const normalizeContentType = (): middy.MiddlewareObj<HttpEvent, HttpResult> => ({
  before: async (request) => {
    const headers = request.event.headers ?? {};
    const parsed = parseContentType(headers['content-type']);
    if (!parsed) return;
    const charset = parsed.parameters.charset;
    if (charset !== undefined && charset.toLowerCase() !== 'utf-8') {
      throw createError(415, 'Unsupported Media Type: send the body in UTF-8');
    }
    request.event.headers = { ...headers, 'content-type': parsed.mediaType };
  },
});

/**
 * After the parsers: a body that is neither JSON nor a form is a 415. Any JSON value passes, `null`, a
 * string or a number included: the handler's schema answers those with a 400 naming the body.
 */
const requireParsedBody = (): middy.MiddlewareObj<HttpEvent, HttpResult> => ({
  before: async (request) => {
    const mediaType = request.event.headers?.['content-type'];
    if (!isJsonMediaType(mediaType) && mediaType !== FORM_MEDIA_TYPE) {
      throw createError(
        415,
        'Unsupported Media Type: send application/json or application/x-www-form-urlencoded',
      );
    }
  },
});

/**
 * The one composition of HTTP middlewares, in middy's documented order, after the logger context and
 * the metrics flush that every handler has (lambda-handler.ts).
 */
export function httpHandler(fn: HttpFunction, options: HttpHandlerOptions) {
  const handler = middy<HttpEvent, HttpResult>(fn)
    .use(injectLambdaContext(logger))
    .use(logMetrics(metrics))
    .use(httpHeaderNormalizer())
    .use(httpEventNormalizer());
  if (options.maxBodyBytes !== undefined) handler.use(bodyLimit(options.maxBodyBytes));
  if (options.body !== 'none') handler.use(normalizeContentType());
  if (options.body === 'json') {
    handler.use(httpJsonBodyParser());
  } else if (options.body === 'form') {
    handler
      .use(httpJsonBodyParser({ disableContentTypeError: true }))
      .use(httpUrlencodeBodyParser({ disableContentTypeError: true }))
      .use(requireParsedBody());
  }
  return (
    handler
      // middy types directives as strings; `false` is how it leaves one out (an empty sandbox would
      // still sandbox the page).
      .use(httpSecurityHeaders({ contentSecurityPolicy: API_PAGE_CSP as unknown as Record<string, string> }))
      .use(httpCors({ origins: allowedOrigins() }))
      .use(htmlErrorPage(options.errorPage))
      .use(
        httpErrorHandler({ logger: logError, fallbackMessage: JSON.stringify({ error: 'internal_error' }) }),
      )
      .use(jsonErrorBody())
  );
}

function allowedOrigins(): string[] {
  return (process.env[CORS_ORIGINS_ENV] ?? '').split(',').filter((origin) => origin !== '');
}

/** True when the client (a browser posting a plain form, a clicked link) wants a page, not JSON. */
export function prefersHtml(event: HttpEvent): boolean {
  const accept = event.headers?.accept ?? '';
  const html = accept.indexOf('text/html');
  const json = accept.indexOf('application/json');
  return html !== -1 && (json === -1 || html < json);
}

export function html(statusCode: number, page: string): HttpResult {
  return { statusCode, headers: { 'content-type': 'text/html; charset=utf-8' }, body: page };
}

export function json(statusCode: number, body: unknown, headers: Record<string, string> = {}): HttpResult {
  return {
    statusCode,
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify(body),
  };
}
