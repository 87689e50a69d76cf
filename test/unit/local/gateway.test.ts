import type { APIGatewayProxyEventV2 } from 'aws-lambda';
import { afterEach, describe, expect, it } from 'vitest';
import { FUNCTIONS, type HttpRouteDeclaration } from '../../../lib/desk-resources.ts';
import {
  compileRoutes,
  type Gateway,
  type LocalRoute,
  matchRoute,
  startGateway,
  throttleOverrideFromEnv,
  tokenBucket,
} from '../../../local/gateway.ts';
import type { HandlerLoader, LambdaHandler } from '../../../local/lambda-invoke.ts';

const routes: HttpRouteDeclaration[] = [
  { method: 'GET', path: '/requests/{ref}', function: 'health' },
  { method: 'POST', path: '/requests', function: 'submitRequest' },
];

function loaderFor(handler: LambdaHandler): HandlerLoader {
  return async (key) => ({ handler, declaration: FUNCTIONS[key] });
}

let gateway: Gateway | undefined;
afterEach(async () => {
  await gateway?.stop();
  gateway = undefined;
});

describe('route matching', () => {
  it.each([
    ['GET', '/requests/PD-7K3M-Q9XA', 'GET /requests/{ref}', { ref: 'PD-7K3M-Q9XA' }],
    ['GET', '/requests/a%20b', 'GET /requests/{ref}', { ref: 'a b' }],
    ['POST', '/requests', 'POST /requests', {}],
  ])('%s %s matches %s', (method, path, routeKey, params) => {
    const matched = matchRoute(compileRoutes(routes), method, path);

    expect(matched?.compiled.routeKey).toBe(routeKey);
    expect(matched?.pathParameters).toEqual(params);
  });

  it.each([
    ['GET', '/requests'],
    ['POST', '/requests/PD-1'],
    ['GET', '/requests/a/b'],
    ['DELETE', '/requests'],
  ])('%s %s matches nothing', (method, path) => {
    expect(matchRoute(compileRoutes(routes), method, path)).toBeUndefined();
  });
});

describe('the local gateway', () => {
  it('sends the handler an API Gateway v2.0 event and maps its result back', async () => {
    // Prepare
    let received: APIGatewayProxyEventV2 | undefined;
    gateway = await startGateway({
      port: 0,
      routes,
      loadHandler: loaderFor(async (event) => {
        received = event;
        return { statusCode: 202, headers: { 'X-Custom': 'yes' }, cookies: ['a=1', 'b=2'], body: 'done' };
      }),
    });

    // Act
    const response = await fetch(`${gateway.url}/requests/PD-1?token=abc&x=1&x=2`, {
      headers: { Cookie: 'session=s1; theme=dark', 'X-Trace': 'T' },
    });

    // Assess
    expect(response.status).toBe(202);
    expect(response.headers.get('x-custom')).toBe('yes');
    expect(response.headers.getSetCookie()).toEqual(['a=1', 'b=2']);
    expect(await response.text()).toBe('done');
    expect(received).toMatchObject({
      version: '2.0',
      routeKey: 'GET /requests/{ref}',
      rawPath: '/requests/PD-1',
      rawQueryString: 'token=abc&x=1&x=2',
      cookies: ['session=s1', 'theme=dark'],
      queryStringParameters: { token: 'abc', x: '1,2' },
      pathParameters: { ref: 'PD-1' },
      isBase64Encoded: false,
      requestContext: {
        http: { method: 'GET', path: '/requests/PD-1' },
        stage: '$default',
        routeKey: 'GET /requests/{ref}',
      },
    });
    expect(received?.headers['x-trace']).toBe('T');
    expect(received?.headers.cookie).toBeUndefined();
    expect(received?.requestContext.requestId).toBe(response.headers.get('apigw-requestid'));
  });

  it('passes JSON as text and binary bodies base64-encoded', async () => {
    const bodies: { body?: string; isBase64Encoded: boolean }[] = [];
    gateway = await startGateway({
      port: 0,
      routes,
      loadHandler: loaderFor(async (event) => {
        bodies.push({ body: event.body, isBase64Encoded: event.isBase64Encoded });
        return { statusCode: 200, body: '' };
      }),
    });

    await fetch(`${gateway.url}/requests`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{"a":1}',
    });
    await fetch(`${gateway.url}/requests`, {
      method: 'POST',
      headers: { 'content-type': 'application/octet-stream' },
      body: new Uint8Array([0, 255, 1]),
    });

    expect(bodies).toEqual([
      { body: '{"a":1}', isBase64Encoded: false },
      { body: Buffer.from([0, 255, 1]).toString('base64'), isBase64Encoded: true },
    ]);
  });

  it('answers a result without statusCode as 200 JSON, as payload format 2.0 does', async () => {
    gateway = await startGateway({ port: 0, routes, loadHandler: loaderFor(async () => ({ ok: true })) });

    const response = await fetch(`${gateway.url}/requests/x`);

    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ ok: true });
  });

  it('answers 500 with the request id when the handler crashes, and reports the error', async () => {
    const reported: string[] = [];
    gateway = await startGateway({
      port: 0,
      routes,
      loadHandler: loaderFor(async () => {
        throw new Error('boom');
      }),
      onError: (requestId) => reported.push(requestId),
    });

    const response = await fetch(`${gateway.url}/requests/x`);
    const body = (await response.json()) as { message: string; requestId: string };

    expect(response.status).toBe(500);
    expect(body.message).toBe('Internal Server Error');
    expect(reported).toEqual([body.requestId]);
  });

  it.each([
    ['a truncated escape in the path', '/requests/%E0%A4%A', 'path'],
    ['a non-hex escape in the path', '/requests/%zz/export', 'path'],
    ['a lone percent sign in the query', '/requests/PD-1?token=%', 'query string'],
    ['invalid UTF-8 in a query value', '/requests/PD-1?token=%E0%A4%A', 'query string'],
    ['a broken escape in a query name', '/requests/PD-1?%zz=1', 'query string'],
    ['a broken escape on a local route', '/local/mail?rcpt=%E0%A4%A', 'query string'],
  ])('answers 400 without invoking anything for %s', async (_name, url, part) => {
    // Prepare
    let invocations = 0;
    const localRoute: LocalRoute = async (_request, response) => {
      invocations++;
      response.end();
      return true;
    };
    gateway = await startGateway({
      port: 0,
      routes,
      localRoutes: [
        async (request, response, body) =>
          request.url?.startsWith('/local/') ? localRoute(request, response, body) : false,
      ],
      loadHandler: loaderFor(async () => {
        invocations++;
        return { statusCode: 200, body: '' };
      }),
    });

    // Act
    const response = await fetch(`${gateway.url}${url}`, {
      method: url.startsWith('/local/') ? 'POST' : 'GET',
    });

    // Assess
    expect(response.status).toBe(400);
    expect(await response.json()).toEqual({
      message: `Bad Request: malformed percent-encoding in the ${part}`,
    });
    expect(invocations).toBe(0);
  });

  it('decodes well-formed escapes in path and query, a plus in the query as a space', async () => {
    let received: APIGatewayProxyEventV2 | undefined;
    gateway = await startGateway({
      port: 0,
      routes,
      loadHandler: loaderFor(async (event) => {
        received = event;
        return { statusCode: 200, body: '' };
      }),
    });

    const response = await fetch(`${gateway.url}/requests/PD%2D1?token=a%2Bb+c&x=%C3%A9`);

    expect(response.status).toBe(200);
    expect(received?.pathParameters).toEqual({ ref: 'PD-1' });
    expect(received?.queryStringParameters).toEqual({ token: 'a+b c', x: 'é' });
  });

  it('refuses to start on a port that is taken', async () => {
    gateway = await startGateway({ port: 0, routes, loadHandler: loaderFor(async () => ({})) });

    await expect(
      startGateway({ port: gateway.port, routes, loadHandler: loaderFor(async () => ({})) }),
    ).rejects.toThrow(/already in use/);
  });
});

describe('throttling', () => {
  it('admits the burst, then refills at the rate', () => {
    let now = 0;
    const admit = tokenBucket({ rateLimitPerSecond: 2, burstLimit: 3 }, () => now);

    const burst = [admit(), admit(), admit(), admit()];
    now = 500;
    const afterHalfSecond = [admit(), admit()];
    now = 10_000;
    const afterLongPause = [admit(), admit(), admit(), admit()];

    expect(burst).toEqual([true, true, true, false]);
    expect(afterHalfSecond).toEqual([true, false]);
    expect(afterLongPause).toEqual([true, true, true, false]);
  });

  it('answers 429 before the handler runs when the bucket is empty', async () => {
    let invocations = 0;
    gateway = await startGateway({
      port: 0,
      routes,
      throttling: { rateLimitPerSecond: 0.001, burstLimit: 2 },
      loadHandler: loaderFor(async () => {
        invocations++;
        return { statusCode: 200, body: '' };
      }),
    });

    const statuses = [];
    for (let i = 0; i < 4; i++) statuses.push((await fetch(`${gateway.url}/requests/x`)).status);

    expect(statuses).toEqual([200, 200, 429, 429]);
    expect(invocations).toBe(2);
  });

  it('throttles each route with its own bucket: an empty form bucket leaves status reads open', async () => {
    // Prepare
    gateway = await startGateway({
      port: 0,
      routes: [
        { method: 'GET', path: '/requests/{ref}', function: 'health', throttle: 'statusReads' },
        { method: 'POST', path: '/requests', function: 'submitRequest', throttle: 'form' },
      ],
      routeThrottling: {
        form: { rateLimitPerSecond: 0.001, burstLimit: 2 },
        statusReads: { rateLimitPerSecond: 0.001, burstLimit: 3 },
      },
      loadHandler: loaderFor(async () => ({ statusCode: 200, body: '' })),
    });

    // Act
    const posts = [];
    for (let i = 0; i < 3; i++)
      posts.push((await fetch(`${gateway.url}/requests`, { method: 'POST' })).status);
    const reads = [];
    for (let i = 0; i < 4; i++) reads.push((await fetch(`${gateway.url}/requests/x`)).status);

    // Assess
    expect(posts).toEqual([200, 200, 429]);
    expect(reads).toEqual([200, 200, 200, 429]);
  });

  it.each([
    [
      { DESK_THROTTLE_RATE: '5', DESK_THROTTLE_BURST: '10' },
      { rateLimitPerSecond: 5, burstLimit: 10 },
    ],
    [{ DESK_THROTTLE_RATE: '1000' }, { rateLimitPerSecond: 1000, burstLimit: 1000 }],
    [{}, undefined],
  ])('reads one limit for every route from %o', (environment, expected) => {
    expect(throttleOverrideFromEnv(environment)).toEqual(expected);
  });

  it.each([{ DESK_THROTTLE_RATE: 'fast' }, { DESK_THROTTLE_RATE: '5', DESK_THROTTLE_BURST: '-1' }])(
    'refuses %o, naming the variable',
    (environment) => {
      expect(() => throttleOverrideFromEnv(environment)).toThrow(/DESK_THROTTLE_(RATE|BURST)/);
    },
  );

  it('lets DESK_THROTTLE_RATE and DESK_THROTTLE_BURST override every route (benchmarks)', async () => {
    // Prepare
    gateway = await startGateway({
      port: 0,
      routes: [{ method: 'POST', path: '/requests', function: 'submitRequest', throttle: 'form' }],
      routeThrottling: { form: { rateLimitPerSecond: 0.001, burstLimit: 1 } },
      environment: { DESK_THROTTLE_RATE: '0.001', DESK_THROTTLE_BURST: '3' },
      loadHandler: loaderFor(async () => ({ statusCode: 200, body: '' })),
    });

    // Act
    const posts = [];
    for (let i = 0; i < 4; i++)
      posts.push((await fetch(`${gateway.url}/requests`, { method: 'POST' })).status);

    // Assess
    expect(posts).toEqual([200, 200, 200, 429]);
  });
});
