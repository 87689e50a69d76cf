import { describe, expect, it } from 'vitest';
import type { CaseRecord } from '../../../../domain/case-model.ts';
import { RetentionSchema } from '../../../../domain/config/desk-config.ts';
import { caseStatistics, purgeAfter } from '../../../../domain/retention/index.ts';

const defaults = RetentionSchema.parse({}); // closedCaseDays 365, jobApplicationDays 183, marketingContactDays 730

describe('purgeAfter', () => {
  it.each([
    {
      name: 'a customer question: closedCaseDays (365)',
      record: { type: 'question', relationship: 'customer_user' },
      closedAt: '2030-03-04T10:00:00.000Z',
      expected: '2031-03-04T10:00:00.000Z',
    },
    {
      name: 'an erasure request of an employee: closedCaseDays',
      record: { type: 'erasure', relationship: 'employee' },
      closedAt: '2030-12-31T23:59:59.999Z',
      expected: '2031-12-31T23:59:59.999Z',
    },
    {
      name: 'a closed case over a leap day: 365 days, not a calendar year',
      record: { type: 'access', relationship: 'customer_user' },
      closedAt: '2028-02-28T23:30:00.000Z',
      expected: '2029-02-27T23:30:00.000Z',
    },
    {
      name: 'a job applicant: jobApplicationDays (183)',
      record: { type: 'access', relationship: 'job_applicant' },
      closedAt: '2030-03-04T10:00:00.000Z',
      expected: '2030-09-03T10:00:00.000Z',
    },
    {
      name: 'a job applicant opting out of marketing: the job-application period still applies',
      record: { type: 'marketing_opt_out', relationship: 'job_applicant' },
      closedAt: '2030-03-04T10:00:00.000Z',
      expected: '2030-09-03T10:00:00.000Z',
    },
    {
      name: 'a marketing contact: marketingContactDays (730)',
      record: { type: 'question', relationship: 'marketing_contact' },
      closedAt: '2030-03-04T10:00:00.000Z',
      expected: '2032-03-03T10:00:00.000Z',
    },
    {
      name: 'a marketing opt-out of a customer: marketingContactDays',
      record: { type: 'marketing_opt_out', relationship: 'customer_user' },
      closedAt: '2030-06-15T08:20:00.000Z',
      expected: '2032-06-14T08:20:00.000Z',
    },
  ] as const)('$name', ({ record, closedAt, expected }) => {
    expect(purgeAfter(record, closedAt, defaults)).toBe(expected);
  });

  it('uses the configured periods', () => {
    const retention = RetentionSchema.parse({
      closedCaseDays: 90,
      jobApplicationDays: 30,
      marketingContactDays: 1,
    });
    expect(
      purgeAfter({ type: 'question', relationship: 'customer_user' }, '2030-01-15T08:00:00.000Z', retention),
    ).toBe('2030-04-15T08:00:00.000Z');
    expect(
      purgeAfter({ type: 'access', relationship: 'job_applicant' }, '2030-01-15T08:00:00.000Z', retention),
    ).toBe('2030-02-14T08:00:00.000Z');
    expect(
      purgeAfter(
        { type: 'marketing_opt_out', relationship: 'customer_user' },
        '2030-12-31T23:00:00.000Z',
        retention,
      ),
    ).toBe('2031-01-01T23:00:00.000Z');
  });

  it('refuses a closing date that is not an instant', () => {
    expect(() =>
      purgeAfter({ type: 'question', relationship: 'customer_user' }, 'yesterday', defaults),
    ).toThrow(RangeError);
  });
});

describe('caseStatistics', () => {
  const closed = {
    caseId: '6f1c1f8e-2d9b-4b7e-9d3c-1a2b3c4d5e6f',
    reference: 'PD-7K3M-Q9XA',
    type: 'access',
    status: 'closed',
    outcome: 'fulfilled',
    language: 'nl',
    country: 'NL',
    relationship: 'customer_user',
    receivedAt: '2030-03-04T10:00:00.000Z',
    firstResponseAt: '2030-03-05T09:00:00.000Z',
    closedAt: '2030-03-20T16:00:00.000Z',
    teamId: 'nl',
    controllerIsCustomer: false,
    assigneeId: 'anna-devries',
    emailHash: 'hash',
    accessTokenHash: 'token-hash',
    content: 'sealed',
    deadline: { extendedMonths: 1 } as CaseRecord['deadline'],
  } satisfies CaseRecord;

  it('keeps type, dates, outcome and team, nothing that leads to the requester', () => {
    expect(caseStatistics(closed)).toEqual({
      caseId: closed.caseId,
      type: 'access',
      receivedAt: '2030-03-04T10:00:00.000Z',
      closedAt: '2030-03-20T16:00:00.000Z',
      outcome: 'fulfilled',
      teamId: 'nl',
      extendedMonths: 1,
      firstResponseAt: '2030-03-05T09:00:00.000Z',
    });
  });

  it('is undefined for a case that is not closed', () => {
    expect(caseStatistics({ ...closed, status: 'assigned' })).toBeUndefined();
  });
});
