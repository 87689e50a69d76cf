import { GetItemCommand, QueryCommand, ScanCommand } from '@aws-sdk/client-dynamodb';
import { unmarshall } from '@aws-sdk/util-dynamodb';
import { describe, expect, it } from 'vitest';
import { REQUEST_TYPES, type RequestType, requiresVerification } from '../../domain/request-types.ts';
import { outboxDrained } from '../helpers/escalation.ts';
import { validSubmission } from '../helpers/factories.ts';
import { type SentEmail, sentEmailsTo } from '../helpers/ses-store.ts';
import { eventually, testDeskForThisFile } from '../helpers/test-desk.ts';

const desk = testDeskForThisFile();

interface SubmitBody {
  reference: string;
  status: string;
  dueAt: string;
  dueDate: string;
  verificationRequired: boolean;
  statusUrl?: string;
  duplicate?: boolean;
}

async function submit(body: unknown, headers: Record<string, string> = {}) {
  const response = await fetch(`${desk.api}/requests`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify(body),
  });
  return { status: response.status, body: (await response.json()) as SubmitBody };
}

async function caseItems(reference: string) {
  const ref = await desk.dynamodb.send(
    new GetItemCommand({
      TableName: desk.tableName,
      Key: { pk: { S: `REF#${reference}` }, sk: { S: 'REF' } },
    }),
  );
  if (!ref.Item) throw new Error(`no reference item for ${reference}`);
  const caseId = unmarshall(ref.Item).caseId as string;
  const { Items } = await desk.dynamodb.send(
    new QueryCommand({
      TableName: desk.tableName,
      KeyConditionExpression: 'pk = :pk',
      ExpressionAttributeValues: { ':pk': { S: `CASE#${caseId}` } },
      ConsistentRead: true,
    }),
  );
  const items = (Items ?? []).map((item) => unmarshall(item));
  const record = items.find((item) => item.sk === 'CASE');
  if (!record) throw new Error(`no case item for ${reference}`);
  return {
    caseId,
    record,
    raw: Items ?? [],
    audit: items.filter((item) => String(item.sk).startsWith('AUDIT#')).map((item) => item.action as string),
  };
}

async function countCases() {
  const { Count } = await desk.dynamodb.send(
    new ScanCommand({
      TableName: desk.tableName,
      Select: 'COUNT',
      FilterExpression: 'sk = :case',
      ExpressionAttributeValues: { ':case': { S: 'CASE' } },
    }),
  );
  return Count ?? 0;
}

function linkIn(email: SentEmail, pattern: RegExp): string {
  const match = email.body.text?.match(pattern);
  if (!match) throw new Error(`no link matching ${pattern} in email "${email.subject}"`);
  return match[0];
}

describe.each(REQUEST_TYPES.map((type) => [type]))('submitting a %s', (type: RequestType) => {
  it('stores an encrypted case with an audit event, acknowledges it by email, and routes it once allowed', async () => {
    // Prepare
    const submission = validSubmission({
      type,
      name: 'Johanna Kristiansen',
      message: 'Zebrafish quokka marmalade: please handle my personal request.',
      language: type === 'access' ? 'nl' : 'en',
    });

    // Act
    const { status, body } = await submit(submission);

    // Assess: the answer
    expect(status).toBe(201);
    expect(body.reference).toMatch(/^PD-[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}$/);
    expect(body.verificationRequired).toBe(requiresVerification(type));
    expect(body.status).toBe(requiresVerification(type) ? 'awaiting_verification' : 'received');
    expect(body.statusUrl).toContain(`/requests/${body.reference}?token=`);

    // Assess: the stored item keeps nothing personal in clear
    const stored = await caseItems(body.reference);
    const rawText = JSON.stringify(stored.raw);
    for (const secret of [submission.name, submission.email, 'Johanna', 'Zebrafish', 'quokka', 'marmalade']) {
      expect(rawText).not.toContain(secret);
    }
    expect(stored.record).toMatchObject({ type, language: submission.language, country: 'NL' });
    expect(stored.audit).toContain('case.received');

    // Assess: the acknowledgement, in the requester's language
    const [ack] = await eventually(async () => {
      const emails = await sentEmailsTo(desk, submission.email);
      return emails.length > 0 ? emails : undefined;
    });
    expect(ack?.subject).toContain(body.reference);
    expect(ack?.body.text).toContain(
      type === 'access' ? 'Beste Johanna Kristiansen' : 'Dear Johanna Kristiansen',
    );
    expect(ack?.body.text).toContain(body.statusUrl);

    if (requiresVerification(type)) {
      // Not routed before verification.
      expect((await caseItems(body.reference)).record.status).toBe('awaiting_verification');
      const verifyLink = linkIn(ack!, /http:\/\/\S+\/requests\/verify\?token=\S+/);
      const verified = await fetch(verifyLink.replace(/^http:\/\/localhost/, 'http://127.0.0.1'), {
        headers: { accept: 'application/json' },
      });
      expect(verified.status).toBe(200);
      expect(await verified.json()).toMatchObject({ outcome: 'verified', reference: body.reference });
    }
    const routed = await eventually(async () => {
      const items = await caseItems(body.reference);
      return items.audit.includes('case.routed') ? items : undefined;
    });
    expect(routed.record.status).not.toBe('awaiting_verification');
    expect(routed.audit.filter((action) => action === 'case.routed')).toHaveLength(1);
  });
});

describe('verification', () => {
  it('is idempotent: the second click answers already_verified and routes nothing again', async () => {
    const submission = validSubmission({ type: 'erasure' });
    const { body } = await submit(submission);
    const [ack] = await eventually(async () => {
      const emails = await sentEmailsTo(desk, submission.email);
      return emails.length > 0 ? emails : undefined;
    });
    const link = linkIn(ack!, /http:\/\/\S+\/requests\/verify\?token=\S+/).replace('localhost', '127.0.0.1');

    const first = await fetch(link, { headers: { accept: 'application/json' } });
    const second = await fetch(link, { headers: { accept: 'application/json' } });

    expect(first.status).toBe(200);
    expect(((await second.json()) as { outcome: string }).outcome).toBe('already_verified');
    const items = await eventually(async () => {
      const found = await caseItems(body.reference);
      return found.audit.includes('case.routed') ? found : undefined;
    });
    expect(items.audit.filter((action) => action === 'case.verified')).toHaveLength(1);
  });

  it('answers a browser with a page, and an unknown token with 404', async () => {
    const unknown = await fetch(`${desk.api}/requests/verify?token=not-a-real-token`, {
      headers: { accept: 'text/html' },
    });
    const missing = await fetch(`${desk.api}/requests/verify`, { headers: { accept: 'application/json' } });

    expect(unknown.status).toBe(404);
    expect(unknown.headers.get('content-type')).toContain('text/html');
    expect(missing.status).toBe(404);
  });
});

describe('status and export', () => {
  it('shows the status and the messages sent to the requester to the holder of the token', async () => {
    // Prepare
    const submission = validSubmission({ type: 'complaint' });
    const { body } = await submit(submission);
    await eventually(async () =>
      (await sentEmailsTo(desk, submission.email)).length > 0 ? true : undefined,
    );
    const token = new URL(body.statusUrl!).searchParams.get('token')!;

    // Act
    const status = await eventually(async () => {
      const response = await fetch(
        `${desk.api}/requests/${body.reference}?token=${encodeURIComponent(token)}`,
      );
      const json = (await response.json()) as { messages: { subject: string; text: string }[] };
      return json.messages.length > 0 ? { response, json } : undefined;
    });
    const viaHeader = await fetch(`${desk.api}/requests/${body.reference.toLowerCase()}`, {
      headers: { authorization: `Bearer ${token}` },
    });

    // Assess
    expect(status.response.status).toBe(200);
    expect(status.json).toMatchObject({
      reference: body.reference,
      type: 'complaint',
      dueDate: body.dueDate,
    });
    expect(status.json.messages[0]?.subject).toContain(body.reference);
    expect(status.json.messages[0]?.text).toContain('right to lodge a complaint');
    expect(viaHeader.status).toBe(200);
  });

  it('exports the whole case as structured JSON, with what the requester submitted', async () => {
    const submission = validSubmission({ type: 'portability', phone: '+31 20 123 4567', company: 'Acme BV' });
    const { body } = await submit(submission);

    const response = await fetch(
      `${body.statusUrl!.replace('/requests/', '/requests/').replace('?', '/export?')}`.replace(
        'localhost',
        '127.0.0.1',
      ),
    );
    const exported = (await response.json()) as Record<string, Record<string, unknown>>;

    expect(response.status).toBe(200);
    expect(response.headers.get('content-disposition')).toContain(`${body.reference}.json`);
    expect(exported.case).toMatchObject({ reference: body.reference, type: 'portability' });
    expect(exported.submitted).toEqual({
      name: submission.name,
      email: submission.email,
      phone: '+31 20 123 4567',
      company: 'Acme BV',
      message: submission.message,
    });
    expect(exported.history).toEqual(
      expect.arrayContaining([expect.objectContaining({ action: 'case.received', by: 'you' })]),
    );
  });

  it('answers the same 404 for an unknown reference, a wrong token and no token', async () => {
    const { body } = await submit(validSubmission({ type: 'question' }));

    const answers = await Promise.all(
      [
        `${desk.api}/requests/PD-0000-0000?token=whatever`,
        `${desk.api}/requests/${body.reference}?token=wrong`,
        `${desk.api}/requests/${body.reference}`,
        `${desk.api}/requests/${body.reference}/export?token=wrong`,
        `${desk.api}/requests/not-a-reference?token=x`,
      ].map(async (url) => {
        const response = await fetch(url);
        return { status: response.status, body: await response.text() };
      }),
    );

    expect(new Set(answers.map((answer) => answer.status))).toEqual(new Set([404]));
    expect(new Set(answers.map((answer) => answer.body)).size).toBe(1);
  });
});

describe('duplicates and retries', () => {
  it('returns the first case for the same email, type and message within 24 hours, without the status link', async () => {
    const submission = validSubmission({ type: 'question' });
    const before = await countCases();

    const first = await submit(submission);
    const again = await submit({ ...submission, message: `  ${submission.message.toUpperCase()} ` });

    expect(first.status).toBe(201);
    expect(again.status).toBe(200);
    expect(again.body).toMatchObject({ reference: first.body.reference, duplicate: true });
    expect(again.body.statusUrl).toBeUndefined();
    expect(await countCases()).toBe(before + 1);
  });

  it('returns the same answer, status link included, for a retry with the same Idempotency-Key and body', async () => {
    const before = await countCases();
    const key = `retry-${Date.now()}`;
    const submission = validSubmission({ type: 'access' });
    const concurrentSubmission = validSubmission({ type: 'erasure' });

    const first = await submit(submission, { 'idempotency-key': key });
    // A retry of the same form: the same fields, the message's spacing and case aside.
    const retry = await submit(
      { ...submission, message: ` ${submission.message.toUpperCase()}` },
      {
        'idempotency-key': key,
      },
    );
    const concurrent = await Promise.all(
      Array.from({ length: 5 }, () => submit(concurrentSubmission, { 'idempotency-key': `${key}-c` })),
    );

    expect(first.status).toBe(201);
    expect(retry).toEqual({ status: 200, body: first.body });
    expect(new Set(concurrent.map((answer) => answer.body.reference)).size).toBe(1);
    expect(concurrent.every((answer) => answer.body.statusUrl !== undefined)).toBe(true);
    expect(await countCases()).toBe(before + 2);
  });

  it.each([
    ['another message', { message: 'Delete everything you hold about me, please.' }],
    ['another type', { type: 'erasure' }],
  ])(
    'answers 422 idempotency_key_reused, with no case and no token, for the same key with %s',
    async (_, change) => {
      const key = `reuse-${Date.now()}-${Math.random()}`;
      const submission = validSubmission({ type: 'access' });
      const first = await submit(submission, { 'idempotency-key': key });
      const before = await countCases();

      const reused = await submit({ ...submission, ...change }, { 'idempotency-key': key });

      expect(first.status).toBe(201);
      expect(reused.status).toBe(422);
      expect(reused.body).toMatchObject({
        error: 'idempotency_key_reused',
        issues: [{ field: 'Idempotency-Key' }],
      });
      expect(JSON.stringify(reused.body)).not.toContain(first.body.reference);
      expect(JSON.stringify(reused.body)).not.toContain('token');
      expect(await countCases()).toBe(before);
    },
  );

  it("gives someone else who sends the same key with their own request a case of their own, never the first one's", async () => {
    const key = `shared-${Date.now()}`;
    const anna = validSubmission({ type: 'access' });
    const mallory = validSubmission({ type: 'access', name: 'Mallory', email: `mallory.${key}@example.com` });
    const annaFirst = await submit(anna, { 'idempotency-key': key });
    const before = await countCases();

    const malloryAnswer = await submit(mallory, { 'idempotency-key': key });
    const malloryRetry = await submit(mallory, { 'idempotency-key': key });

    expect(annaFirst.status).toBe(201);
    expect(malloryAnswer.status).toBe(201);
    expect(malloryAnswer.body.reference).not.toBe(annaFirst.body.reference);
    const annaToken = new URL(annaFirst.body.statusUrl!).searchParams.get('token');
    expect(malloryAnswer.body.statusUrl).not.toContain(annaToken);
    expect(malloryRetry).toEqual({ status: 200, body: malloryAnswer.body });
    expect(await countCases()).toBe(before + 1);
  });

  it('refuses a malformed Idempotency-Key with a 400 naming the header', async () => {
    const response = await submit(validSubmission(), { 'idempotency-key': 'has spaces in it' });

    expect(response.status).toBe(400);
    expect(response.body).toMatchObject({ issues: [{ field: 'Idempotency-Key' }] });
  });
});

describe('acknowledgements per recipient address', () => {
  it('creates the 6th case of a day for one address but sends it no 6th acknowledgement', async () => {
    // Prepare: six different requests naming the same address (no duplicates of each other)
    const email = `flooded.${Date.now()}@example.com`;
    const submissions = Array.from({ length: 6 }, (_, i) =>
      validSubmission({ type: 'question', email, message: `Question number ${i + 1} about my data.` }),
    );

    // Act: one after the other, so "the 6th" is well defined
    const answers = [];
    for (const submission of submissions) answers.push(await submit(submission));
    await outboxDrained(desk, 30_000);

    // Assess: six cases, answered like any other
    expect(answers.map((answer) => answer.status)).toEqual([201, 201, 201, 201, 201, 201]);
    expect(answers.every((answer) => answer.body.statusUrl !== undefined)).toBe(true);
    expect(new Set(answers.map((answer) => answer.body.reference)).size).toBe(6);
    // ... five acknowledgements, for the first five
    const sent = await sentEmailsTo(desk, email);
    expect(sent).toHaveLength(5);
    const sixth = answers[5]!.body.reference;
    expect(sent.map((ack) => ack.subject).some((subject) => subject.includes(sixth))).toBe(false);
    // ... and the 6th case says why, with ids only
    const stored = await caseItems(sixth);
    expect(stored.audit).toEqual(expect.arrayContaining(['case.received', 'notification.suppressed']));
    const suppressed = stored.raw
      .map((item) => unmarshall(item))
      .find((item) => item.action === 'notification.suppressed');
    expect(suppressed?.detail).toEqual({ template: 'acknowledgement', reason: 'recipient_cap' });
    expect(JSON.stringify(stored.raw)).not.toContain(email);
    // ... which the token holder's export does not show: they are not told a limit was reached
    const exported = (await (
      await fetch(answers[5]!.body.statusUrl!.replace('?', '/export?').replace('localhost', '127.0.0.1'))
    ).json()) as { history: { action: string }[] };
    expect(exported.history.map((event) => event.action)).toContain('case.received');
    expect(exported.history.map((event) => event.action)).not.toContain('notification.suppressed');
    // The counter is stored under a keyed hash of the address, never the address, and expires.
    const { Items } = await desk.dynamodb.send(
      new ScanCommand({
        TableName: desk.tableName,
        FilterExpression: 'begins_with(pk, :recipient)',
        ExpressionAttributeValues: { ':recipient': { S: 'RECIPIENT#' } },
      }),
    );
    const counters = (Items ?? []).map((item) => unmarshall(item));
    expect(JSON.stringify(counters)).not.toContain('flooded');
    expect(counters.length).toBeGreaterThan(0);
    expect(counters.every((counter) => typeof counter.expiresAt === 'number')).toBe(true);
  }, 60_000);
});

describe('plain HTML forms and hostile input', () => {
  it('accepts a urlencoded form and answers a browser with a page', async () => {
    const submission = validSubmission({ type: 'question', website: '' });
    const form = new URLSearchParams(
      Object.fromEntries(Object.entries(submission).map(([k, v]) => [k, String(v)])),
    );

    const response = await fetch(`${desk.api}/requests`, {
      method: 'POST',
      headers: {
        'content-type': 'application/x-www-form-urlencoded',
        accept: 'text/html,application/xhtml+xml',
      },
      body: form.toString(),
    });
    const page = await response.text();

    expect(response.status).toBe(201);
    expect(response.headers.get('content-type')).toContain('text/html');
    expect(page).toMatch(/Your reference is <span class="reference">PD-/);
  });

  it('shows a browser the fields to fix on a page with status 400', async () => {
    const response = await fetch(`${desk.api}/requests`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded', accept: 'text/html' },
      body: 'type=access&name=&email=nope',
    });
    const page = await response.text();

    expect(response.status).toBe(400);
    expect(page).toContain(
      '<a href="#email">Email address: Enter an email address like name@example.com.</a>',
    );
    // No consent is asked for, so none is missing.
    expect(page).not.toMatch(/href="#consent"|name="consent"/);
  });

  it('answers 413 for a body over 64 KB and writes nothing', async () => {
    const before = await countCases();

    const response = await submit(validSubmission({ message: 'x'.repeat(70_000) }));

    expect(response.status).toBe(413);
    expect(await countCases()).toBe(before);
  });

  it('refuses a filled honeypot and a name that would inject a header', async () => {
    const honeypot = await submit(validSubmission({ website: 'http://spam.example' }));
    const injection = await submit(validSubmission({ name: 'Eve\r\nBcc: victim@example.com' }));

    expect(honeypot.status).toBe(400);
    expect(honeypot.body).toMatchObject({ issues: [{ field: 'website', message: 'Must be empty' }] });
    expect(injection.status).toBe(400);
    expect(injection.body).toMatchObject({ issues: [{ field: 'name' }] });
  });

  it.each([
    ['a link', 'Anna https://evil.example', 'Must not contain a link (://)'],
    ['a right-to-left override', 'Anna \u202eexe.nigol', 'Must not contain bidirectional control characters'],
    ['a zero-width space', 'https:\u200b//evil.example', 'Must not contain zero-width characters'],
  ])('refuses a name with %s with a 400 naming the field and writes nothing', async (_, name, message) => {
    const before = await countCases();

    const response = await submit(validSubmission({ name }));

    expect(response.status).toBe(400);
    expect(response.body).toEqual({
      error: 'validation_failed',
      message: 'Invalid request: name',
      issues: [{ field: 'name', message }],
    });
    expect(await countCases()).toBe(before);
  });

  it('escapes user content in the HTML acknowledgement', async () => {
    const submission = validSubmission({ type: 'complaint', name: '<img src=x onerror=alert(1)> Mallory' });

    await submit(submission);
    const [ack] = await eventually(async () => {
      const emails = await sentEmailsTo(desk, submission.email);
      return emails.length > 0 ? emails : undefined;
    });

    expect(ack?.body.html).not.toContain('<img');
    expect(ack?.body.html).toContain('&lt;img src=x onerror=alert(1)&gt; Mallory');
  });
});

describe('GET /openapi.json', () => {
  it('serves the OpenAPI 3.1 document generated from the zod schemas', async () => {
    const response = await fetch(`${desk.api}/openapi.json`);
    const document = (await response.json()) as {
      openapi: string;
      paths: Record<string, unknown>;
      components: {
        schemas: Record<string, { properties: Record<string, { enum?: string[] }>; required: string[] }>;
      };
    };

    expect(response.status).toBe(200);
    expect(document.openapi).toBe('3.1.0');
    expect(Object.keys(document.paths)).toEqual(
      expect.arrayContaining(['/requests', '/requests/verify', '/requests/{ref}', '/requests/{ref}/export']),
    );
    expect(document.components.schemas.Submission?.properties.type?.enum).toEqual([...REQUEST_TYPES]);
    expect(document.components.schemas.Submission?.required).toEqual(
      expect.arrayContaining(['type', 'name', 'email', 'relationship', 'country', 'message']),
    );
    // Optional: without it the desk takes Accept-Language, else the country's language, else English.
    expect(document.components.schemas.Submission?.required).not.toContain('language');
    // Not asked for: an older form's `consent` is accepted and ignored, and documented so.
    expect({
      required: document.components.schemas.Submission?.required?.includes('consent'),
      deprecated: (document.components.schemas.Submission?.properties.consent as { deprecated?: boolean })
        ?.deprecated,
    }).toEqual({ required: false, deprecated: true });
  });
});
