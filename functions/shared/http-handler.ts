import middy from '@middy/core';
import httpCors from '@middy/http-cors';
import httpErrorHandler from '@middy/http-error-handler';
import httpEventNormalizer from '@middy/http-event-normalizer';
import httpHeaderNormalizer from '@middy/http-header-normalizer';
import httpJsonBodyParser from '@middy/http-json-body-parser';
import httpSecurityHeaders from '@middy/http-security-headers';
import type { APIGatewayProxyEventV2, APIGatewayProxyResultV2, Context } from 'aws-lambda';
import { DeskError } from '../../domain/errors.ts';
import { logger } from './logger.ts';

export type HttpEvent = Omit<APIGatewayProxyEventV2, 'body'> & { body?: unknown };
export type HttpResult = Exclude<APIGatewayProxyResultV2, string>;
type HttpFunction = (event: HttpEvent, context: Context) => Promise<HttpResult>;

export interface HttpHandlerOptions {
  /** `json`: the body must be JSON (415 otherwise); `none`: the route takes no body. */
  readonly body: 'json' | 'none';
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

/** The one composition of HTTP middlewares, in middy's documented order. */
export function httpHandler(fn: HttpFunction, options: HttpHandlerOptions) {
  const handler = middy<HttpEvent, HttpResult>(fn).use(httpHeaderNormalizer()).use(httpEventNormalizer());
  if (options.body === 'json') {
    handler.use(httpJsonBodyParser());
  }
  return handler
    .use(httpSecurityHeaders())
    .use(httpCors({ origins: allowedOrigins() }))
    .use(httpErrorHandler({ logger: logError, fallbackMessage: JSON.stringify({ error: 'internal_error' }) }))
    .use(jsonErrorBody());
}

function allowedOrigins(): string[] {
  return (process.env.DESK_CORS_ORIGINS ?? '').split(',').filter((origin) => origin !== '');
}

export function json(statusCode: number, body: unknown, headers: Record<string, string> = {}): HttpResult {
  return {
    statusCode,
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify(body),
  };
}
