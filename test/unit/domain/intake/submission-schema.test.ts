import { describe, expect, it } from 'vitest';
import { SubmissionSchema } from '../../../../domain/intake/submission-schema.ts';
import { validSubmission } from '../../../helpers/factories.ts';

const fieldsOf = (input: unknown) =>
  SubmissionSchema.safeParse(input).error?.issues.map((issue) => issue.path.join('.')) ?? [];

describe('SubmissionSchema', () => {
  it.each([
    ['a lower-case country', { country: ' no ' }, { country: 'NO' }],
    ['an empty optional phone', { phone: '' }, { phone: undefined }],
    ['an empty honeypot', { website: '' }, { website: undefined }],
    ['a service id in capitals', { service: 'Payroll-Cloud' }, { service: 'payroll-cloud' }],
    ['a trimmed name', { name: '  Anna  ' }, { name: 'Anna' }],
    // JavaScript trims U+FEFF like a space: at either end it is dropped, inside it is refused.
    ['a company with a leading byte order mark', { company: '\ufeffAcme' }, { company: 'Acme' }],
  ])('accepts %s', (_, override, expected) => {
    const parsed = SubmissionSchema.parse(validSubmission(override));

    expect(parsed).toMatchObject(expected);
  });

  it.each([
    ['an unknown type', { type: 'telepathy' }, ['type']],
    ['a missing email', { email: undefined }, ['email']],
    ['an invalid email', { email: 'anna@' }, ['email']],
    ['a two-line name', { name: 'A\nB' }, ['name']],
    ['a name with a control character', { name: 'A\u0007' }, ['name']],
    ['a long name', { name: 'n'.repeat(201) }, ['name']],
    ['a bad phone', { phone: 'call me maybe' }, ['phone']],
    ['a three-letter country', { country: 'NLD' }, ['country']],
    ['an unsupported language', { language: 'de' }, ['language']],
    ['an empty message', { message: '   ' }, ['message']],
    ['a message over 10000 characters', { message: 'm'.repeat(10_001) }, ['message']],
    ['a filled honeypot', { website: 'spam' }, ['website']],
    ['an unknown relationship', { relationship: 'friend' }, ['relationship']],
    ['a service id with spaces', { service: 'payroll cloud' }, ['service']],
  ])('refuses %s', (_, override, fields) => {
    expect(fieldsOf(validSubmission(override))).toEqual(fields);
  });

  // Handling rests on a legal obligation, not consent: an older form's `consent` is accepted and dropped.
  it.each([
    ['no consent field', undefined],
    ['a checked box', 'on'],
    ['true', true],
    ['false', false],
    ['an unchecked box sent as "off"', 'off'],
    ['null', null],
  ])('accepts and ignores a consent of %s', (_, consent) => {
    const parsed = SubmissionSchema.parse(validSubmission({ consent }));

    expect(parsed.consent).toBeUndefined();
  });

  // A name or company is echoed in the acknowledgement, which goes to any address typed in the form:
  // a link there, or text that hides or reverses itself, would be the desk relaying someone's lure.
  it.each([
    ['a link in the name', 'name', 'Anna https://evil.example', 'Must not contain a link (://)'],
    ['a bare scheme in the name', 'name', 'Anna hxxp://evil', 'Must not contain a link (://)'],
    ['a link in the company', 'company', 'Acme ftp://evil.example/x', 'Must not contain a link (://)'],
    [
      'a right-to-left override in the name',
      'name',
      'Anna \u202egnp.exe',
      'Must not contain bidirectional control characters',
    ],
    [
      'a left-to-right embedding in the name',
      'name',
      'Anna \u202aB',
      'Must not contain bidirectional control characters',
    ],
    [
      'a right-to-left isolate in the company',
      'company',
      'Acme \u2067B\u2069',
      'Must not contain bidirectional control characters',
    ],
    [
      'a first-strong isolate in the name',
      'name',
      'Anna \u2068B',
      'Must not contain bidirectional control characters',
    ],
    [
      'a zero-width space in the name',
      'name',
      'https:\u200b//evil',
      'Must not contain zero-width characters',
    ],
    ['a zero-width joiner in the company', 'company', 'Ac\u200dme', 'Must not contain zero-width characters'],
    ['a left-to-right mark in the name', 'name', 'Anna\u200e', 'Must not contain zero-width characters'],
    ['a byte order mark in the company', 'company', 'Ac\ufeffme', 'Must not contain zero-width characters'],
  ])('refuses %s, naming the field and the reason', (_, field, value, message) => {
    const issues = SubmissionSchema.safeParse(validSubmission({ [field]: value })).error?.issues ?? [];

    expect(issues.map((issue) => ({ field: issue.path.join('.'), message: issue.message }))).toEqual([
      { field, message },
    ]);
  });

  it.each([
    ['a name with a colon', { name: 'Anna: de Vries' }],
    ['a name with slashes', { name: 'Anna/Jan de Vries' }],
    ['a company with a domain', { company: 'example.com B.V.' }],
    ['a right-to-left name', { name: 'سارة أحمد' }],
    ['a link in the message', { message: 'See https://example.com/my-account, please.' }],
  ])('still accepts %s', (_, override) => {
    expect(SubmissionSchema.safeParse(validSubmission(override)).success).toBe(true);
  });
});
