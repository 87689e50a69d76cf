import { describe, expect, it } from 'vitest';
import { SubmissionSchema } from '../../../domain/intake/submission-schema.ts';
import { validSubmission } from '../../helpers/factories.ts';

const fieldsOf = (input: unknown) =>
  SubmissionSchema.safeParse(input).error?.issues.map((issue) => issue.path.join('.')) ?? [];

describe('SubmissionSchema', () => {
  it.each([
    ['a form checkbox', { consent: 'on' }, { consent: true }],
    ['a lower-case country', { country: ' no ' }, { country: 'NO' }],
    ['an empty optional phone', { phone: '' }, { phone: undefined }],
    ['an empty honeypot', { website: '' }, { website: undefined }],
    ['a service id in capitals', { service: 'Payroll-Cloud' }, { service: 'payroll-cloud' }],
    ['a trimmed name', { name: '  Anna  ' }, { name: 'Anna' }],
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
    ['no consent', { consent: false }, ['consent']],
    ['a filled honeypot', { website: 'spam' }, ['website']],
    ['an unknown relationship', { relationship: 'friend' }, ['relationship']],
    ['a service id with spaces', { service: 'payroll cloud' }, ['service']],
  ])('refuses %s', (_, override, fields) => {
    expect(fieldsOf(validSubmission(override))).toEqual(fields);
  });
});
