import { ScanCommand } from '@aws-sdk/client-dynamodb';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { REQUEST_TYPES } from '../../domain/request-types.ts';
import { validSubmission } from '../helpers/factories.ts';
import { testDeskForThisFile } from '../helpers/test-desk.ts';

/** 1,000 on every `npm test`; `npm run bench:hostile-intake` sends 10,000. */
const HOSTILE_BODIES = Number(process.env.DESK_HOSTILE_BODIES ?? 1000);

const desk = testDeskForThisFile();

async function itemCount() {
  const { Count } = await desk.dynamodb.send(new ScanCommand({ TableName: desk.tableName, Select: 'COUNT' }));
  return Count ?? 0;
}

const hostileString = fc.oneof(
  fc.string(),
  fc.string({ unit: 'binary', maxLength: 300 }),
  fc.constantFrom(
    '',
    ' ',
    '\r\nBcc: victim@example.com',
    '<script>alert(1)</script>',
    "' OR 1=1 --",
    // biome-ignore lint/suspicious/noTemplateCurlyInString: a log4shell probe, literally.
    '${jndi:ldap://x}',
    '{{7*7}}',
    '\u0000',
    '\u202e',
    'a'.repeat(20_000),
    '../../etc/passwd',
    '__proto__',
  ),
);
const anyValue = fc.oneof(
  hostileString,
  fc.integer(),
  fc.double(),
  fc.boolean(),
  fc.constant(null),
  fc.array(fc.string()),
  fc.object(),
);

const notAString = fc.oneof(
  fc.integer(),
  fc.boolean(),
  fc.constant(null),
  fc.array(fc.string()),
  fc.object(),
);
const notOneOf = (allowed: readonly string[]) =>
  fc.oneof(
    notAString,
    hostileString.filter((value) => !allowed.includes(value.trim().toLowerCase())),
  );

/** For each field, values that are wrong for it whatever else happens (written out, not derived). */
const brokenField = fc.oneof(
  fc.record({ field: fc.constant('type'), value: notOneOf(REQUEST_TYPES) }),
  fc.record({
    field: fc.constant('name'),
    value: fc.oneof(
      notAString,
      fc.constantFrom(
        '',
        '   ',
        'a'.repeat(201),
        'Eve\r\nBcc: x@example.com',
        'tab\u0007bell',
        'Win a prize at https://evil.example',
        'Anna \u202egnp.exe',
        'Anna \u2066x\u2069',
        'https:\u200b//evil.example',
        'Ev\ufeffe',
      ),
    ),
  }),
  fc.record({
    field: fc.constant('company'),
    value: fc.oneof(
      notAString,
      fc.constantFrom(
        'c'.repeat(201),
        'Acme\nBcc: x@example.com',
        'Acme (hxxp://evil.example)',
        'Acme \u202b',
        'Ac\u200dme',
      ),
    ),
  }),
  fc.record({
    field: fc.constant('email'),
    value: fc.oneof(
      notAString,
      fc.string().filter((s) => !s.includes('@')),
    ),
  }),
  fc.record({
    field: fc.constant('relationship'),
    value: notOneOf([
      'customer_user',
      'customer_employee',
      'job_applicant',
      'website_visitor',
      'marketing_contact',
      'other',
    ]),
  }),
  fc.record({
    field: fc.constant('country'),
    value: fc.oneof(
      notAString,
      fc.string().filter((s) => !/^\s*[a-zA-Z]{2}\s*$/.test(s)),
    ),
  }),
  // A blank language is no language (the form's unchosen option sends ''): the desk decides it.
  fc.record({
    field: fc.constant('language'),
    value: notOneOf(['', 'nl', 'en', 'nb', 'no', 'sv', 'da', 'fi']),
  }),
  fc.record({
    field: fc.constant('message'),
    value: fc.oneof(notAString, fc.constantFrom('', '  \n ', 'x'.repeat(10_001))),
  }),
  // The required fields left out. Not `language`: without it the desk takes Accept-Language, else
  // the country's language, else English.
  fc.record({
    field: fc.constantFrom('type', 'name', 'email', 'relationship', 'country', 'message'),
    value: fc.constant(undefined),
  }),
);

/** A valid submission with one field broken, or a body that is not a submission at all. */
const invalidBody = fc.oneof(
  brokenField.map(({ field, value }) => ({ ...validSubmission(), [field]: value })),
  // The honeypot filled in.
  fc
    .string({ minLength: 1 })
    .filter((s) => s.trim() !== '')
    .map((website) => ({ ...validSubmission(), website })),
  // Not an object at all, or an object of junk.
  anyValue,
  fc.dictionary(hostileString, anyValue),
);

const rawBody = fc.oneof(
  invalidBody.map((body) => ({ contentType: 'application/json', text: JSON.stringify(body) ?? 'null' })),
  fc.string().map((text) => ({ contentType: 'application/json', text })),
  fc.string().map((text) => ({ contentType: 'application/x-www-form-urlencoded', text })),
  fc.string().map((text) => ({ contentType: 'text/plain', text })),
  fc.constantFrom('application/xml', 'multipart/form-data', '', 'text/json').map((contentType) => ({
    contentType,
    text: JSON.stringify(validSubmission()),
  })),
);

describe('POST /requests under 1,000 generated invalid and hostile bodies', () => {
  it(
    'answers every one with a 4xx and writes nothing',
    async () => {
      // Prepare
      const before = await itemCount();
      const statuses = new Map<number, number>();

      // Act
      await fc.assert(
        fc.asyncProperty(rawBody, async ({ contentType, text }) => {
          const response = await fetch(`${desk.api}/requests`, {
            method: 'POST',
            headers: contentType ? { 'content-type': contentType } : {},
            body: text,
          });
          await response.arrayBuffer();
          statuses.set(response.status, (statuses.get(response.status) ?? 0) + 1);
          return response.status >= 400 && response.status < 500;
        }),
        { numRuns: HOSTILE_BODIES },
      );

      // Assess
      expect(await itemCount()).toBe(before);
      expect([...statuses.keys()].every((status) => status >= 400 && status < 500)).toBe(true);
      expect(statuses.get(400)).toBeGreaterThan(0);
      expect(statuses.get(415)).toBeGreaterThan(0);
    },
    120_000 + HOSTILE_BODIES * 50,
  );
});
