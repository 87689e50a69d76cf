import { randomUUID } from 'node:crypto';
import http, { type IncomingMessage, type ServerResponse } from 'node:http';
import type { APIGatewayProxyEventV2 } from 'aws-lambda';
import { API_THROTTLING, HTTP_ROUTES, type HttpRouteDeclaration } from '../resources/desk-resources.ts';
import { type HandlerLoader, lambdaContext } from './lambda-invoke.ts';
import { assertPortFree } from './ports.ts';

/** API Gateway's own payload limit; the handlers enforce their smaller limits themselves. */
const MAX_BODY_BYTES = 10 * 1024 * 1024;

/** Content types API Gateway passes as text; everything else arrives base64-encoded. */
const TEXT_CONTENT =
  /^(text\/|application\/(json|x-www-form-urlencoded|xml|javascript)|[^;]*\+json|[^;]*\+xml)/i;

interface CompiledRoute {
  readonly route: HttpRouteDeclaration;
  readonly pattern: RegExp;
  readonly paramNames: readonly string[];
  readonly routeKey: string;
}

/** Extra routes only the local runtime serves (the sample form, the mail drop), outside the API. */
export type LocalRoute = (
  request: IncomingMessage,
  response: ServerResponse,
  body: Buffer,
) => Promise<boolean>;

export interface ThrottleSettings {
  readonly rateLimitPerSecond: number;
  readonly burstLimit: number;
}

/**
 * API Gateway's stage throttling: a token bucket refilled at the rate, holding at most the burst.
 * An empty bucket answers 429 before any handler runs.
 */
export function tokenBucket(settings: ThrottleSettings, now: () => number = Date.now) {
  let tokens = settings.burstLimit;
  let last = now();
  return () => {
    const current = now();
    tokens = Math.min(settings.burstLimit, tokens + ((current - last) / 1000) * settings.rateLimitPerSecond);
    last = current;
    if (tokens < 1) return false;
    tokens -= 1;
    return true;
  };
}

export type ThrottledRoute = NonNullable<HttpRouteDeclaration['throttle']>;

/**
 * One limit for every route from `DESK_THROTTLE_RATE` (requests per second) and
 * `DESK_THROTTLE_BURST` (default: the rate), for benchmarks; undefined when neither is set.
 */
export function throttleOverrideFromEnv(
  environment: Readonly<Record<string, string | undefined>> = process.env,
): ThrottleSettings | undefined {
  const rate = environment.DESK_THROTTLE_RATE;
  const burst = environment.DESK_THROTTLE_BURST;
  if (rate === undefined && burst === undefined) return undefined;
  const number = (name: string, value: string | undefined) => {
    const parsed = Number(value);
    if (!value || !Number.isFinite(parsed) || parsed <= 0) {
      throw new Error(`${name} must be a positive number of requests per second, not "${value}"`);
    }
    return parsed;
  };
  const rateLimitPerSecond = number('DESK_THROTTLE_RATE', rate);
  return {
    rateLimitPerSecond,
    burstLimit: burst === undefined ? rateLimitPerSecond : number('DESK_THROTTLE_BURST', burst),
  };
}

export interface GatewayOptions {
  readonly port: number;
  /** One limit for every route (tests); without it, each route's own, else API_THROTTLING. */
  readonly throttling?: ThrottleSettings;
  /** The configuration's throttles (`throttling`) for the routes that declare one. */
  readonly routeThrottling?: Partial<Record<ThrottledRoute, ThrottleSettings>>;
  /** Where DESK_THROTTLE_RATE and DESK_THROTTLE_BURST are read (default: this process's environment). */
  readonly environment?: Readonly<Record<string, string | undefined>>;
  readonly loadHandler: HandlerLoader;
  readonly routes?: readonly HttpRouteDeclaration[];
  readonly localRoutes?: readonly LocalRoute[];
  readonly portEnvVar?: string;
  readonly onError?: (requestId: string, error: unknown) => void;
}

export interface Gateway {
  readonly url: string;
  readonly port: number;
  stop(): Promise<void>;
}

/** API Gateway prefers the most specific route: `/requests/verify` over `/requests/{ref}`. */
export function compileRoutes(routes: readonly HttpRouteDeclaration[]): CompiledRoute[] {
  const specificity = (route: HttpRouteDeclaration) => (route.path.match(/\{/g) ?? []).length;
  const ordered = [...routes].sort((a, b) => specificity(a) - specificity(b));
  return ordered.map((route) => {
    const paramNames: string[] = [];
    const source = route.path
      .split('/')
      .map((segment) => {
        const param = /^\{(\w+)\}$/.exec(segment);
        if (!param?.[1]) return segment.replace(/[.*+?^$()|[\]\\]/g, '\\$&');
        paramNames.push(param[1]);
        return '([^/]+)';
      })
      .join('/');
    return {
      route,
      pattern: new RegExp(`^${source}$`),
      paramNames,
      routeKey: `${route.method} ${route.path}`,
    };
  });
}

/**
 * Which part of a request target holds a percent sign that does not start a valid escape, or
 * escapes that do not decode to UTF-8: such a request is answered 400 before any route sees it,
 * instead of failing inside whatever decodes it first.
 */
export function malformedPercentEncoding(target: string): 'path' | 'query string' | undefined {
  const queryStart = target.indexOf('?');
  const path = queryStart === -1 ? target : target.slice(0, queryStart);
  const query = queryStart === -1 ? '' : target.slice(queryStart + 1);
  if (!decodes(path)) return 'path';
  const pairs = query.split('&').flatMap((pair) => pair.split('='));
  if (!pairs.every((part) => decodes(part.replaceAll('+', ' ')))) return 'query string';
  return undefined;
}

function decodes(component: string): boolean {
  try {
    decodeURIComponent(component);
    return true;
  } catch {
    return false;
  }
}

export function matchRoute(routes: readonly CompiledRoute[], method: string, path: string) {
  for (const compiled of routes) {
    if (compiled.route.method !== method) continue;
    const match = compiled.pattern.exec(path);
    if (!match) continue;
    const pathParameters = Object.fromEntries(
      compiled.paramNames.map((name, i) => [name, decodeURIComponent(match[i + 1] ?? '')]),
    );
    return { compiled, pathParameters };
  }
  return undefined;
}

/** Builds the API Gateway HTTP API payload v2.0 event for a request, as AWS would send it. */
export function toApiGatewayEvent(
  request: IncomingMessage,
  body: Buffer,
  routeKey: string,
  pathParameters: Record<string, string>,
  requestId: string,
  now: Date,
): APIGatewayProxyEventV2 {
  const url = new URL(request.url ?? '/', 'http://localhost');
  const headers: Record<string, string> = {};
  for (let i = 0; i < request.rawHeaders.length; i += 2) {
    const name = request.rawHeaders[i]!.toLowerCase();
    const value = request.rawHeaders[i + 1]!;
    if (name === 'cookie') continue;
    headers[name] = headers[name] === undefined ? value : `${headers[name]},${value}`;
  }
  const cookies = request.headers.cookie
    ?.split(';')
    .map((cookie) => cookie.trim())
    .filter(Boolean);
  const queryStringParameters: Record<string, string> = {};
  for (const [key, value] of url.searchParams) {
    queryStringParameters[key] =
      queryStringParameters[key] === undefined ? value : `${queryStringParameters[key]},${value}`;
  }
  const contentType = headers['content-type'] ?? '';
  const isText = TEXT_CONTENT.test(contentType);
  const rawQueryString = (request.url ?? '').split('?')[1] ?? '';
  return {
    version: '2.0',
    routeKey,
    rawPath: url.pathname,
    rawQueryString,
    ...(cookies && cookies.length > 0 ? { cookies } : {}),
    headers,
    ...(Object.keys(queryStringParameters).length > 0 ? { queryStringParameters } : {}),
    ...(Object.keys(pathParameters).length > 0 ? { pathParameters } : {}),
    requestContext: {
      accountId: '000000000000',
      apiId: 'local',
      domainName: headers.host ?? 'localhost',
      domainPrefix: (headers.host ?? 'localhost').split('.')[0] ?? 'localhost',
      http: {
        method: request.method ?? 'GET',
        path: url.pathname,
        protocol: `HTTP/${request.httpVersion}`,
        sourceIp: request.socket.remoteAddress?.replace(/^::ffff:/, '') ?? '127.0.0.1',
        userAgent: headers['user-agent'] ?? '',
      },
      requestId,
      routeKey,
      stage: '$default',
      time: apiGatewayTime(now),
      timeEpoch: now.getTime(),
    },
    ...(body.length > 0 ? { body: isText ? body.toString('utf8') : body.toString('base64') } : {}),
    isBase64Encoded: body.length > 0 && !isText,
  };
}

/** `25/Nov/2026:19:14:31 +0000`, the format of requestContext.time. */
function apiGatewayTime(now: Date): string {
  const months = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${pad(now.getUTCDate())}/${months[now.getUTCMonth()]}/${now.getUTCFullYear()}:${pad(now.getUTCHours())}:${pad(now.getUTCMinutes())}:${pad(now.getUTCSeconds())} +0000`;
}

interface StructuredResult {
  statusCode?: number;
  headers?: Record<string, string | number | boolean>;
  multiValueHeaders?: Record<string, (string | number | boolean)[]>;
  cookies?: string[];
  body?: string;
  isBase64Encoded?: boolean;
}

/** Maps a handler's result back to HTTP the way API Gateway does for payload format 2.0. */
export function writeResult(response: ServerResponse, result: unknown): void {
  const structured =
    typeof result === 'object' && result !== null && 'statusCode' in result
      ? (result as StructuredResult)
      : undefined;
  if (!structured) {
    // Payload 2.0 infers a 200 JSON response when the handler returns anything else.
    response.writeHead(200, { 'content-type': 'application/json' });
    response.end(typeof result === 'string' ? result : JSON.stringify(result ?? null));
    return;
  }
  const headers: Record<string, string | string[]> = {};
  for (const [name, value] of Object.entries(structured.headers ?? {}))
    headers[name.toLowerCase()] = String(value);
  for (const [name, values] of Object.entries(structured.multiValueHeaders ?? {})) {
    headers[name.toLowerCase()] = values.map(String);
  }
  if (structured.cookies?.length) headers['set-cookie'] = structured.cookies;
  response.writeHead(structured.statusCode ?? 200, headers);
  const body = structured.body ?? '';
  response.end(structured.isBase64Encoded ? Buffer.from(body, 'base64') : body);
}

function readBody(request: IncomingMessage): Promise<Buffer | 'too_large'> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    request.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size <= MAX_BODY_BYTES) chunks.push(chunk);
    });
    request.on('end', () => resolve(size > MAX_BODY_BYTES ? 'too_large' : Buffer.concat(chunks)));
    request.on('error', reject);
  });
}

function sendJson(response: ServerResponse, statusCode: number, body: unknown) {
  response.writeHead(statusCode, { 'content-type': 'application/json' });
  response.end(JSON.stringify(body));
}

/** A local stand-in for API Gateway: same routes, same event shape, same handlers. */
export async function startGateway(options: GatewayOptions): Promise<Gateway> {
  if (options.port !== 0) await assertPortFree('HTTP gateway', options.port, options.portEnvVar);
  const routes = compileRoutes(options.routes ?? HTTP_ROUTES);
  // One bucket per throttled route, as API Gateway's route settings; the rest share the stage's.
  const override = throttleOverrideFromEnv(options.environment) ?? options.throttling;
  const stageBucket = tokenBucket(override ?? API_THROTTLING);
  const routeBuckets = new Map<string, () => boolean>();
  const admit = (route: HttpRouteDeclaration) => {
    const settings = route.throttle ? options.routeThrottling?.[route.throttle] : undefined;
    if (override || !settings) return stageBucket();
    const key = `${route.method} ${route.path}`;
    let bucket = routeBuckets.get(key);
    if (!bucket) {
      bucket = tokenBucket(settings);
      routeBuckets.set(key, bucket);
    }
    return bucket();
  };

  const server = http.createServer(async (request, response) => {
    const requestId = randomUUID();
    response.setHeader('apigw-requestid', requestId);
    try {
      const body = await readBody(request);
      if (body === 'too_large') {
        sendJson(response, 413, { message: 'Request Entity Too Large' });
        return;
      }
      const malformed = malformedPercentEncoding(request.url ?? '/');
      if (malformed) {
        sendJson(response, 400, { message: `Bad Request: malformed percent-encoding in the ${malformed}` });
        return;
      }
      for (const localRoute of options.localRoutes ?? []) {
        if (await localRoute(request, response, body)) return;
      }
      const path = new URL(request.url ?? '/', 'http://localhost').pathname;
      const matched = matchRoute(routes, request.method ?? 'GET', path);
      if (!matched) {
        sendJson(response, 404, { message: 'Not Found' });
        return;
      }
      if (!admit(matched.compiled.route)) {
        sendJson(response, 429, { message: 'Too Many Requests' });
        return;
      }
      const event = toApiGatewayEvent(
        request,
        body,
        matched.compiled.routeKey,
        matched.pathParameters,
        requestId,
        new Date(),
      );
      const { handler, declaration } = await options.loadHandler(matched.compiled.route.function);
      const result = await handler(
        event,
        lambdaContext(matched.compiled.route.function, declaration, requestId),
      );
      writeResult(response, result);
    } catch (error) {
      options.onError?.(requestId, error);
      if (!response.headersSent) sendJson(response, 500, { message: 'Internal Server Error', requestId });
      else response.end();
    }
  });

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen({ port: options.port, host: '127.0.0.1' }, () => resolve());
  });
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : options.port;
  return {
    url: `http://127.0.0.1:${port}`,
    port,
    stop: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
