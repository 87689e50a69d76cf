import { describe, expect, it } from 'vitest';
import type { CaseRecord } from '../../../../domain/case-model.ts';
import { RetentionSchema } from '../../../../domain/config/desk-config.ts';
import { caseStatistics, purgeAfter, retentionMonths } from '../../../../domain/retention/index.ts';

const defaults = RetentionSchema.parse({}); // closedCaseMonths 12, jobApplicationMonths 6, marketingContactMonths 24

const amsterdam = { timeZone: 'Europe/Amsterdam' } as CaseRecord['deadline'];

describe('purgeAfter', () => {
  it.each([
    {
      name: 'a customer question: closedCaseMonths (12), to the end of that day in the case zone',
      record: { type: 'question', relationship: 'customer_user', deadline: amsterdam },
      closedAt: '2030-03-04T10:00:00.000Z',
      expected: '2031-03-04T22:59:59.999Z',
    },
    {
      name: 'an erasure request of an employee closed on New Year’s Eve: closedCaseMonths',
      record: { type: 'erasure', relationship: 'employee', deadline: amsterdam },
      closedAt: '2030-12-31T20:00:00.000Z',
      expected: '2031-12-31T22:59:59.999Z',
    },
    {
      name: 'closed on a leap day: 12 months later is 28 February',
      record: { type: 'access', relationship: 'customer_user', deadline: amsterdam },
      closedAt: '2028-02-29T10:00:00.000Z',
      expected: '2029-02-28T22:59:59.999Z',
    },
    {
      name: 'a job applicant closed on 31 August: 6 months later is 28 February',
      record: { type: 'access', relationship: 'job_applicant', deadline: amsterdam },
      closedAt: '2030-08-31T10:00:00.000Z',
      expected: '2031-02-28T22:59:59.999Z',
    },
    {
      name: 'a job applicant closed on 31 August before a leap year: 29 February',
      record: { type: 'access', relationship: 'job_applicant', deadline: amsterdam },
      closedAt: '2031-08-31T10:00:00.000Z',
      expected: '2032-02-29T22:59:59.999Z',
    },
    {
      name: 'closed late in the evening: the local date counts (1 September in Amsterdam)',
      record: { type: 'access', relationship: 'job_applicant', deadline: amsterdam },
      closedAt: '2030-08-31T22:30:00.000Z',
      expected: '2031-03-01T22:59:59.999Z',
    },
    {
      name: 'a job applicant opting out of marketing: the job-application period still applies',
      record: { type: 'marketing_opt_out', relationship: 'job_applicant', deadline: amsterdam },
      closedAt: '2030-03-04T10:00:00.000Z',
      expected: '2030-09-04T21:59:59.999Z',
    },
    {
      name: 'a marketing contact: marketingContactMonths (24)',
      record: { type: 'question', relationship: 'marketing_contact', deadline: amsterdam },
      closedAt: '2030-03-31T10:00:00.000Z',
      expected: '2032-03-31T21:59:59.999Z',
    },
    {
      name: 'a marketing opt-out of a customer: marketingContactMonths',
      record: { type: 'marketing_opt_out', relationship: 'customer_user', deadline: amsterdam },
      closedAt: '2030-06-15T08:20:00.000Z',
      expected: '2032-06-15T21:59:59.999Z',
    },
    {
      name: 'a record without a zone: the UTC date',
      record: { type: 'question', relationship: 'customer_user' },
      closedAt: '2030-01-31T23:30:00.000Z',
      expected: '2031-01-31T23:59:59.999Z',
    },
  ] as const)('$name', ({ record, closedAt, expected }) => {
    expect(purgeAfter(record, closedAt, defaults)).toBe(expected);
  });

  it('uses the configured periods', () => {
    const retention = RetentionSchema.parse({
      closedCaseMonths: 3,
      jobApplicationMonths: 1,
      marketingContactMonths: 1,
    });
    expect(
      purgeAfter({ type: 'question', relationship: 'customer_user' }, '2030-01-15T08:00:00.000Z', retention),
    ).toBe('2030-04-15T23:59:59.999Z');
    expect(
      purgeAfter({ type: 'access', relationship: 'job_applicant' }, '2030-01-31T08:00:00.000Z', retention),
    ).toBe('2030-02-28T23:59:59.999Z');
    expect(
      purgeAfter(
        { type: 'marketing_opt_out', relationship: 'customer_user' },
        '2030-12-31T23:00:00.000Z',
        retention,
      ),
    ).toBe('2031-01-31T23:59:59.999Z');
  });

  it('refuses a closing date that is not an instant', () => {
    expect(() =>
      purgeAfter({ type: 'question', relationship: 'customer_user' }, 'yesterday', defaults),
    ).toThrow(RangeError);
  });
});

describe('retentionMonths', () => {
  it.each([
    [{ type: 'question', relationship: 'customer_user' }, 12],
    [{ type: 'access', relationship: 'job_applicant' }, 6],
    [{ type: 'question', relationship: 'marketing_contact' }, 24],
    [{ type: 'marketing_opt_out', relationship: 'employee' }, 24],
  ] as const)('%o: %i months', (record, months) => {
    expect(retentionMonths(record, defaults)).toBe(months);
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
    deadline: {
      extendedMonths: 1,
      dueAt: '2030-05-06T21:59:59.999Z',
      targetAt: '2030-05-03T21:59:59.999Z',
    } as CaseRecord['deadline'],
  } satisfies CaseRecord;

  it('keeps type, dates, outcome, team, country and channel, nothing that leads to the requester', () => {
    expect(caseStatistics(closed)).toEqual({
      caseId: closed.caseId,
      type: 'access',
      receivedAt: '2030-03-04T10:00:00.000Z',
      closedAt: '2030-03-20T16:00:00.000Z',
      outcome: 'fulfilled',
      teamId: 'nl',
      extendedMonths: 1,
      firstResponseAt: '2030-03-05T09:00:00.000Z',
      country: 'NL',
      channel: 'form',
      dueAt: '2030-05-06T21:59:59.999Z',
      targetAt: '2030-05-03T21:59:59.999Z',
      pauses: 0,
    });
  });

  it('is undefined for a case that is not closed', () => {
    expect(caseStatistics({ ...closed, status: 'assigned' })).toBeUndefined();
  });
});
