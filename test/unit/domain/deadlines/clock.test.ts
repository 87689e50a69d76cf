import { describe, expect, it } from 'vitest';
import {
  computeDueDate,
  DEFAULT_DEADLINE_POLICY,
  type DeadlinePolicy,
  type DueDateInput,
} from '../../../../domain/deadlines/index.ts';

const PAUSES_ON: DeadlinePolicy = { ...DEFAULT_DEADLINE_POLICY, pausesEnabled: true };
const FROM_VERIFICATION: DeadlinePolicy = { ...DEFAULT_DEADLINE_POLICY, clockStart: 'verification' };

/** Received Friday 10 January 2025, 11:00 in Amsterdam; without pauses due Monday 10 February. */
const RECEIVED = '2025-01-10T10:00:00Z';

const pause = (from: string, to: string) => ({ from: new Date(from), to: new Date(to) });

describe('pauses (stop the clock)', () => {
  it.each([
    {
      name: 'no pause: Mon 10 Feb',
      pauses: [],
      dueAt: '2025-02-10T22:59:59.999Z',
      rolledForwardFrom: null,
    },
    {
      name: '10 days paused: start moves to 20 Jan -> Thu 20 Feb',
      pauses: [pause('2025-01-15T10:00:00Z', '2025-01-25T10:00:00Z')],
      dueAt: '2025-02-20T22:59:59.999Z',
      rolledForwardFrom: null,
    },
    {
      name: 'overlapping pauses count once: 15 days -> Tue 25 Feb',
      pauses: [
        pause('2025-01-20T10:00:00Z', '2025-01-30T10:00:00Z'),
        pause('2025-01-15T10:00:00Z', '2025-01-25T10:00:00Z'),
      ],
      dueAt: '2025-02-25T22:59:59.999Z',
      rolledForwardFrom: null,
    },
    {
      name: 'two pauses of 2 and 3 days: 15 Jan -> Sat 15 Feb -> Mon 17 Feb',
      pauses: [
        pause('2025-01-12T10:00:00Z', '2025-01-14T10:00:00Z'),
        pause('2025-01-20T10:00:00Z', '2025-01-23T10:00:00Z'),
      ],
      dueAt: '2025-02-17T22:59:59.999Z',
      rolledForwardFrom: '2025-02-15',
    },
    {
      name: 'a pause that began before receipt counts from receipt: 2 days -> Wed 12 Feb',
      pauses: [pause('2025-01-05T00:00:00Z', '2025-01-12T10:00:00Z')],
      dueAt: '2025-02-12T22:59:59.999Z',
      rolledForwardFrom: null,
    },
  ])('$name', ({ pauses, dueAt, rolledForwardFrom }) => {
    // Prepare
    const input: DueDateInput = {
      type: 'access',
      receivedAt: new Date(RECEIVED),
      country: 'NL',
      pauses,
      policy: PAUSES_ON,
    };

    // Act
    const result = computeDueDate(input);

    // Assess
    expect({ dueAt: result.dueAt.toISOString(), rolledForwardFrom: result.rolledForwardFrom }).toEqual({
      dueAt,
      rolledForwardFrom,
    });
  });

  it('adds paused time, not paused days: 5 h from 21:00 on 10 Jan moves the start to 11 Jan -> Tue 11 Feb', () => {
    // Prepare
    const input: DueDateInput = {
      type: 'access',
      receivedAt: new Date('2025-01-10T20:00:00Z'),
      country: 'NL',
      pauses: [pause('2025-01-12T08:00:00Z', '2025-01-12T13:00:00Z')],
      policy: PAUSES_ON,
    };

    // Act
    const result = computeDueDate(input);

    // Assess
    expect(result.dueAt.toISOString()).toBe('2025-02-11T22:59:59.999Z');
  });

  it('does not move the clock start', () => {
    // Prepare
    const input: DueDateInput = {
      type: 'access',
      receivedAt: new Date(RECEIVED),
      country: 'NL',
      pauses: [pause('2025-01-15T10:00:00Z', '2025-01-25T10:00:00Z')],
      policy: PAUSES_ON,
    };

    // Act
    const result = computeDueDate(input);

    // Assess
    expect(result.clockStartedAt.toISOString()).toBe('2025-01-10T10:00:00.000Z');
  });

  it('moves internal targets too: a question paused 2 days resolves on Fri 7 Mar', () => {
    // Prepare
    const input: DueDateInput = {
      type: 'question',
      receivedAt: new Date('2025-02-03T09:00:00Z'),
      country: 'NL',
      pauses: [pause('2025-02-04T09:00:00Z', '2025-02-06T09:00:00Z')],
      policy: PAUSES_ON,
    };

    // Act
    const result = computeDueDate(input);

    // Assess
    expect(result.dueDate).toBe('2025-03-07');
  });

  it.each([
    {
      name: 'pauses while the policy has them off',
      type: 'access',
      pauses: [pause('2025-01-15T10:00:00Z', '2025-01-25T10:00:00Z')],
      policy: DEFAULT_DEADLINE_POLICY,
      code: 'pauses_disabled',
    },
    {
      name: 'a pause that ends before it starts',
      type: 'access',
      pauses: [pause('2025-01-25T10:00:00Z', '2025-01-15T10:00:00Z')],
      policy: PAUSES_ON,
      code: 'invalid_pause',
    },
    {
      name: 'a pause of a breach report',
      type: 'breach_report',
      pauses: [pause('2025-01-11T10:00:00Z', '2025-01-12T10:00:00Z')],
      policy: PAUSES_ON,
      code: 'pauses_not_applicable',
    },
  ] as const)('refuses $name', ({ type, pauses, policy, code }) => {
    // Prepare
    const input: DueDateInput = { type, receivedAt: new Date(RECEIVED), country: 'NL', pauses, policy };

    // Act
    const compute = () => computeDueDate(input);

    // Assess
    expect(compute).toThrow(expect.objectContaining({ name: 'DeadlineRuleError', code }));
  });
});

describe('clock start policy', () => {
  const receivedAt = new Date('2025-01-31T10:00:00Z');
  const verifiedAt = new Date('2025-02-02T08:00:00Z');

  it('runs from receipt by default, whenever the email was verified', () => {
    // Act
    const result = computeDueDate({ type: 'access', receivedAt, verifiedAt, country: 'NL' });

    // Assess
    expect([result.dueAt.toISOString(), result.clockStartedAt.toISOString()]).toEqual([
      '2025-02-28T22:59:59.999Z',
      '2025-01-31T10:00:00.000Z',
    ]);
  });

  it('runs from verification under that policy: 2 Feb -> Sun 2 Mar -> Mon 3 Mar', () => {
    // Act
    const result = computeDueDate({
      type: 'access',
      receivedAt,
      verifiedAt,
      country: 'NL',
      policy: FROM_VERIFICATION,
    });

    // Assess
    expect({
      dueAt: result.dueAt.toISOString(),
      rolledForwardFrom: result.rolledForwardFrom,
      clockStartedAt: result.clockStartedAt.toISOString(),
    }).toEqual({
      dueAt: '2025-03-03T22:59:59.999Z',
      rolledForwardFrom: '2025-03-02',
      clockStartedAt: '2025-02-02T08:00:00.000Z',
    });
  });

  it('has no due date before verification under that policy', () => {
    // Act
    const compute = () =>
      computeDueDate({ type: 'access', receivedAt, country: 'NL', policy: FROM_VERIFICATION });

    // Assess
    expect(compute).toThrow(expect.objectContaining({ code: 'clock_not_started' }));
  });

  it('never waits for verification with a breach report', () => {
    // Act
    const result = computeDueDate({
      type: 'breach_report',
      receivedAt,
      country: 'NL',
      policy: FROM_VERIFICATION,
    });

    // Assess
    expect(result.dueAt.toISOString()).toBe('2025-02-03T10:00:00.000Z');
  });

  it('ignores pauses before verification: verified 14 Jan -> Fri 14 Feb', () => {
    // Prepare
    const input: DueDateInput = {
      type: 'access',
      receivedAt: new Date(RECEIVED),
      verifiedAt: new Date('2025-01-14T10:00:00Z'),
      country: 'NL',
      pauses: [pause('2025-01-10T12:00:00Z', '2025-01-14T10:00:00Z')],
      policy: { ...FROM_VERIFICATION, pausesEnabled: true },
    };

    // Act
    const result = computeDueDate(input);

    // Assess
    expect(result.dueAt.toISOString()).toBe('2025-02-14T22:59:59.999Z');
  });

  it('refuses a verification before receipt', () => {
    // Act
    const compute = () =>
      computeDueDate({
        type: 'access',
        receivedAt,
        verifiedAt: new Date('2025-01-30T10:00:00Z'),
        country: 'NL',
      });

    // Assess
    expect(compute).toThrow(expect.objectContaining({ code: 'invalid_input' }));
  });
});
