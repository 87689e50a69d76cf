import { describe, expect, it } from 'vitest';
import {
  computeDueDate,
  DEFAULT_DEADLINE_POLICY,
  type DueDateInput,
} from '../../../../domain/deadlines/index.ts';

describe('marketing opt-out: working days after receipt', () => {
  it.each([
    {
      name: 'Fri 31 Jan 2025 -> Mon 3, Tue 4 Feb',
      country: 'NL',
      receivedAt: '2025-01-31T10:00:00Z',
      dueAt: '2025-02-04T22:59:59.999Z',
    },
    {
      name: 'Sat 1 Feb 2025 -> Mon 3, Tue 4 Feb',
      country: 'NL',
      receivedAt: '2025-02-01T10:00:00Z',
      dueAt: '2025-02-04T22:59:59.999Z',
    },
    {
      name: 'NL Wed 24 Dec 2025: Christmas, weekend -> Mon 29, Tue 30 Dec',
      country: 'NL',
      receivedAt: '2025-12-24T10:00:00Z',
      dueAt: '2025-12-30T22:59:59.999Z',
    },
    {
      name: 'NO Maundy Thu 17 Apr 2025: Easter -> Tue 22, Wed 23 Apr',
      country: 'NO',
      receivedAt: '2025-04-17T08:00:00Z',
      dueAt: '2025-04-23T21:59:59.999Z',
    },
  ])('$name', ({ country, receivedAt, dueAt }) => {
    // Prepare
    const input: DueDateInput = { type: 'marketing_opt_out', receivedAt: new Date(receivedAt), country };

    // Act
    const result = computeDueDate(input);

    // Assess
    expect({ dueAt: result.dueAt.toISOString(), basis: result.basis }).toEqual({
      dueAt,
      basis: 'working_days',
    });
  });

  it('follows the configured target: 1 working day from Mon 3 Feb 2025 -> Tue 4 Feb', () => {
    // Prepare
    const input: DueDateInput = {
      type: 'marketing_opt_out',
      receivedAt: new Date('2025-02-03T10:00:00Z'),
      country: 'NL',
      policy: { ...DEFAULT_DEADLINE_POLICY, marketingOptOutWorkingDays: 1 },
    };

    // Act
    const result = computeDueDate(input);

    // Assess
    expect(result.dueDate).toBe('2025-02-04');
  });
});

describe('questions and complaints: internal targets', () => {
  it.each([
    {
      name: 'question, Mon 3 Feb 2025: first answer Mon 10 Feb, resolution Wed 5 Mar',
      type: 'question',
      receivedAt: '2025-02-03T09:00:00Z',
      firstResponseDueAt: '2025-02-10T22:59:59.999Z',
      dueAt: '2025-03-05T22:59:59.999Z',
    },
    {
      name: "complaint, Fri 18 Apr 2025: first answer over Easter Monday and King's Day -> Mon 28 Apr; resolution Sun 18 May, not rolled",
      type: 'complaint',
      receivedAt: '2025-04-18T10:00:00Z',
      firstResponseDueAt: '2025-04-28T21:59:59.999Z',
      dueAt: '2025-05-18T21:59:59.999Z',
    },
  ] as const)('$name', ({ type, receivedAt, firstResponseDueAt, dueAt }) => {
    // Prepare
    const input: DueDateInput = { type, receivedAt: new Date(receivedAt), country: 'NL' };

    // Act
    const result = computeDueDate(input);

    // Assess
    expect({
      firstResponseDueAt: result.firstResponseDueAt?.toISOString(),
      dueAt: result.dueAt.toISOString(),
      rolledForwardFrom: result.rolledForwardFrom,
      basis: result.basis,
    }).toEqual({ firstResponseDueAt, dueAt, rolledForwardFrom: null, basis: 'calendar_days' });
  });

  it('follows the configured complaint targets: 2 working days and 14 days from Mon 3 Feb 2025', () => {
    // Prepare
    const input: DueDateInput = {
      type: 'complaint',
      receivedAt: new Date('2025-02-03T09:00:00Z'),
      country: 'NL',
      policy: { ...DEFAULT_DEADLINE_POLICY, complaintFirstAnswerWorkingDays: 2, complaintResolutionDays: 14 },
    };

    // Act
    const result = computeDueDate(input);

    // Assess
    expect([result.firstResponseDueAt?.toISOString(), result.dueAt.toISOString()]).toEqual([
      '2025-02-05T22:59:59.999Z',
      '2025-02-17T22:59:59.999Z',
    ]);
  });

  it('follows the configured question resolution: 10 days from Mon 3 Feb 2025 -> Thu 13 Feb', () => {
    // Prepare
    const input: DueDateInput = {
      type: 'question',
      receivedAt: new Date('2025-02-03T09:00:00Z'),
      country: 'NL',
      policy: { ...DEFAULT_DEADLINE_POLICY, questionResolutionDays: 10 },
    };

    // Act
    const result = computeDueDate(input);

    // Assess
    expect(result.dueDate).toBe('2025-02-13');
  });
});

describe('other bases', () => {
  it('gives rights requests only the legal due date, no first-response target', () => {
    // Act
    const result = computeDueDate({
      type: 'erasure',
      receivedAt: new Date('2025-02-03T09:00:00Z'),
      country: 'NL',
    });

    // Assess
    expect([result.basis, result.firstResponseDueAt]).toEqual(['gdpr_month', undefined]);
  });

  it('counts breach reports in the configured hours: 24 h', () => {
    // Prepare
    const input: DueDateInput = {
      type: 'breach_report',
      receivedAt: new Date('2025-01-31T10:00:00Z'),
      country: 'NL',
      policy: { ...DEFAULT_DEADLINE_POLICY, breachHours: 24 },
    };

    // Act
    const result = computeDueDate(input);

    // Assess
    expect([result.dueAt.toISOString(), result.basis]).toEqual(['2025-02-01T10:00:00.000Z', 'hours']);
  });

  it('refuses an invalid receipt instant', () => {
    // Act
    const compute = () =>
      computeDueDate({ type: 'access', receivedAt: new Date('not a date'), country: 'NL' });

    // Assess
    expect(compute).toThrow(expect.objectContaining({ code: 'invalid_input' }));
  });
});
