import type { Context } from 'aws-lambda';
import { describe, expect, it } from 'vitest';
import * as z from 'zod';
import { parseOrThrow } from '../../../../domain/validation.ts';
import {
  type HttpEvent,
  type HttpResult,
  httpHandler,
  json,
} from '../../../../functions/shared/http-handler.ts';
import type { LambdaHandler } from '../../../../local/lambda-invoke.ts';

/** A handler as the desk writes them: the body goes through a zod schema, the answer echoes it. */
const submit: LambdaHandler = httpHandler(
  async (event) => json(200, parseOrThrow(z.strictObject({ topic: z.string() }), event.body)),
  { body: 'form', maxBodyBytes: 1024 },
);

function post(contentType: string | undefined, body: string): HttpEvent {
  return {
    version: '2.0',
    routeKey: 'POST /requests',
    rawPath: '/requests',
    rawQueryString: '',
    headers: contentType === undefined ? {} : { 'Content-Type': contentType },
    requestContext: {
      accountId: '000000000000',
      apiId: 'local',
      domainName: 'localhost',
      domainPrefix: 'localhost',
      http: {
        method: 'POST',
        path: '/requests',
        protocol: 'HTTP/1.1',
        sourceIp: '127.0.0.1',
        userAgent: 't',
      },
      requestId: 'r-1',
      routeKey: 'POST /requests',
      stage: '$default',
      time: '01/Dec/2026:10:00:00 +0000',
      timeEpoch: 0,
    },
    body,
    isBase64Encoded: false,
  };
}

async function answer(contentType: string | undefined, body: string) {
  const result = (await submit(post(contentType, body), {} as Context)) as HttpResult;
  return { status: result.statusCode, body: JSON.parse(String(result.body)) as unknown };
}

describe('media types are case-insensitive', () => {
  it.each([
    ['application/JSON', '{"topic":"a"}'],
    ['Application/Json; Charset=UTF-8', '{"topic":"a"}'],
    ['application/json; charset="utf-8"', '{"topic":"a"}'],
    ['APPLICATION/X-WWW-FORM-URLENCODED', 'topic=a'],
    ['application/x-www-form-urlencoded; CHARSET=utf-8', 'topic=a'],
  ])('%s is parsed', async (contentType, body) => {
    expect(await answer(contentType, body)).toEqual({ status: 200, body: { topic: 'a' } });
  });
});

describe('a JSON body that is not an object is a validation error naming the body', () => {
  it.each([
    ['null', 'null', 'expected object, received null'],
    ['a string', '"hello"', 'expected object, received string'],
    ['a number', '42', 'expected object, received number'],
    ['a boolean', 'true', 'expected object, received boolean'],
  ])('%s: 400', async (_name, body, reason) => {
    expect(await answer('application/json', body)).toEqual({
      status: 400,
      body: {
        error: 'validation_failed',
        message: 'Invalid request: (body)',
        issues: [{ field: '(body)', message: `Invalid input: ${reason}` }],
      },
    });
  });
});

describe('a charset other than UTF-8 is an unsupported media type', () => {
  it.each([
    'application/json; charset=latin1',
    'application/json; charset=ISO-8859-1',
    'application/json;charset=utf-16',
    'application/x-www-form-urlencoded; charset=windows-1252',
  ])('%s: 415', async (contentType) => {
    expect(await answer(contentType, '{"topic":"a"}')).toEqual({
      status: 415,
      body: { error: 'unsupported_media_type', message: 'Unsupported Media Type: send the body in UTF-8' },
    });
  });
});

describe('what stays as it was', () => {
  it.each([
    ['text/plain', '{"topic":"a"}'],
    ['application/xml', '<topic>a</topic>'],
    [undefined, '{"topic":"a"}'],
  ])('%s: 415', async (contentType, body) => {
    expect((await answer(contentType, body)).status).toBe(415);
  });

  it('malformed JSON: 400 malformed_body', async () => {
    expect(await answer('application/json', '{"topic":')).toMatchObject({
      status: 400,
      body: { error: 'malformed_body' },
    });
  });

  it('an array: 400 naming the body', async () => {
    expect(await answer('application/json', '[]')).toMatchObject({
      status: 400,
      body: { error: 'validation_failed', issues: [{ field: '(body)' }] },
    });
  });
});
