import { describe, expect, it } from 'vitest';
import { computeDueDate, extendDueDate } from '../../../../domain/deadlines/index.ts';
import type { RequestType } from '../../../../domain/request-types.ts';

/**
 * DOMAIN.md, "Target and legal limit": the rolled-forward date is the legal limit (dueAt, dueDate); the
 * desk works to the stricter target, the last working day on or before the unrolled date, and for an
 * extension of n months, n months after the end of the first month. Worked out by hand; Amsterdam days
 * end at 22:59:59.999Z in winter and 21:59:59.999Z in summer (from 30 Mar 2025, 29 Mar 2026), Helsinki
 * days at 21:59:59.999Z in winter.
 */
interface TargetCase {
  name: string;
  type: RequestType;
  country: string;
  receivedAt: string;
  extendMonths?: 1 | 2;
  dueAt: string;
  dueDate: string;
  targetAt: string;
  targetDate: string;
}

const CASES: TargetCase[] = [
  {
    name: 'a working last day is both: 31 Jan 2025 -> Fri 28 Feb 2025',
    type: 'access',
    country: 'NL',
    receivedAt: '2025-01-31T10:00:00Z',
    dueAt: '2025-02-28T22:59:59.999Z',
    dueDate: '2025-02-28',
    targetAt: '2025-02-28T22:59:59.999Z',
    targetDate: '2025-02-28',
  },
  {
    name: 'a Saturday last day: limit Mon 3 Mar 2025, target Fri 28 Feb',
    type: 'access',
    country: 'NL',
    receivedAt: '2025-02-01T10:00:00Z',
    dueAt: '2025-03-03T22:59:59.999Z',
    dueDate: '2025-03-03',
    targetAt: '2025-02-28T22:59:59.999Z',
    targetDate: '2025-02-28',
  },
  {
    name: 'NL Good Friday 29 Mar 2024: limit Tue 2 Apr (after Easter), target Thu 28 Mar',
    type: 'access',
    country: 'NL',
    receivedAt: '2024-02-29T10:00:00Z',
    dueAt: '2024-04-02T21:59:59.999Z',
    dueDate: '2024-04-02',
    targetAt: '2024-03-28T22:59:59.999Z',
    targetDate: '2024-03-28',
  },
  {
    name: 'FI jouluaatto 24 Dec 2025: limit Mon 29 Dec, target Tue 23 Dec',
    type: 'access',
    country: 'FI',
    receivedAt: '2025-11-24T10:00:00Z',
    dueAt: '2025-12-29T21:59:59.999Z',
    dueDate: '2025-12-29',
    targetAt: '2025-12-23T21:59:59.999Z',
    targetDate: '2025-12-23',
  },
  {
    name: 'extension by 1 from 31 Jan 2025: limit Mon 31 Mar, target 28 Feb + 1 month = Fri 28 Mar',
    type: 'access',
    country: 'NL',
    receivedAt: '2025-01-31T10:00:00Z',
    extendMonths: 1,
    dueAt: '2025-03-31T21:59:59.999Z',
    dueDate: '2025-03-31',
    targetAt: '2025-03-28T22:59:59.999Z',
    targetDate: '2025-03-28',
  },
  {
    name: 'extension by 2 from 31 Jan 2025: limit Wed 30 Apr, target 28 Feb + 2 months = Mon 28 Apr',
    type: 'erasure',
    country: 'NL',
    receivedAt: '2025-01-31T10:00:00Z',
    extendMonths: 2,
    dueAt: '2025-04-30T21:59:59.999Z',
    dueDate: '2025-04-30',
    targetAt: '2025-04-28T21:59:59.999Z',
    targetDate: '2025-04-28',
  },
  {
    name: 'extension by 1 from 25 Nov 2025: limit Mon 26 Jan 2026, target Sun 25 Jan -> Fri 23 Jan',
    type: 'access',
    country: 'NL',
    receivedAt: '2025-11-25T10:00:00Z',
    extendMonths: 1,
    dueAt: '2026-01-26T22:59:59.999Z',
    dueDate: '2026-01-26',
    targetAt: '2026-01-23T22:59:59.999Z',
    targetDate: '2026-01-23',
  },
  {
    name: 'marketing opt-out: working days already, the target is the due date',
    type: 'marketing_opt_out',
    country: 'NL',
    receivedAt: '2025-01-31T10:00:00Z',
    dueAt: '2025-02-04T22:59:59.999Z',
    dueDate: '2025-02-04',
    targetAt: '2025-02-04T22:59:59.999Z',
    targetDate: '2025-02-04',
  },
  {
    name: 'question: an internal service level, the target is the due date (Sun 2 Mar 2025)',
    type: 'question',
    country: 'NL',
    receivedAt: '2025-01-31T10:00:00Z',
    dueAt: '2025-03-02T22:59:59.999Z',
    dueDate: '2025-03-02',
    targetAt: '2025-03-02T22:59:59.999Z',
    targetDate: '2025-03-02',
  },
  {
    name: 'breach report: 72 hours, the target is the due instant',
    type: 'breach_report',
    country: 'NO',
    receivedAt: '2025-04-17T08:00:00Z',
    dueAt: '2025-04-20T08:00:00.000Z',
    dueDate: '2025-04-20',
    targetAt: '2025-04-20T08:00:00.000Z',
    targetDate: '2025-04-20',
  },
];

describe('computeDueDate: target and legal limit', () => {
  it.each(CASES)('$name', (testCase) => {
    // Act
    const result = computeDueDate({
      type: testCase.type,
      receivedAt: new Date(testCase.receivedAt),
      country: testCase.country,
      extendMonths: testCase.extendMonths ?? 0,
    });

    // Assess
    expect({
      dueAt: result.dueAt.toISOString(),
      dueDate: result.dueDate,
      targetAt: result.targetAt.toISOString(),
      targetDate: result.targetDate,
    }).toEqual({
      dueAt: testCase.dueAt,
      dueDate: testCase.dueDate,
      targetAt: testCase.targetAt,
      targetDate: testCase.targetDate,
    });
  });

  it('gives an extension decided through extendDueDate the same target', () => {
    // Act
    const result = extendDueDate({
      type: 'access',
      receivedAt: new Date('2025-01-31T10:00:00Z'),
      country: 'NL',
      extendMonths: 2,
      alreadyExtendedMonths: 0,
      now: new Date('2025-02-20T09:00:00Z'),
      reason: 'Many requests from this requester',
    });

    // Assess
    expect([result.dueDate, result.targetDate]).toEqual(['2025-04-30', '2025-04-28']);
  });
});

describe('computeDueDate outside the holiday table', () => {
  it('refuses a deadline that would end after 2040 rather than guess its holidays', () => {
    // Act
    const compute = () =>
      computeDueDate({ type: 'access', receivedAt: new Date('2040-12-15T10:00:00Z'), country: 'NL' });

    // Assess
    expect(compute).toThrow(
      expect.objectContaining({ name: 'DeadlineRuleError', code: 'outside_holiday_table' }),
    );
  });

  it('still counts the 72 hours of a breach report, which need no holidays', () => {
    // Act
    const result = computeDueDate({
      type: 'breach_report',
      receivedAt: new Date('2045-03-01T10:00:00Z'),
      country: 'NL',
    });

    // Assess
    expect(result.dueAt.toISOString()).toBe('2045-03-04T10:00:00.000Z');
  });
});
