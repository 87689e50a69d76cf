import { describe, expect, it } from 'vitest';
import {
  assertExtensionAllowed,
  computeDueDate,
  DEFAULT_DEADLINE_POLICY,
  type ExtensionRequest,
  extendDueDate,
} from '../../../../domain/deadlines/index.ts';

/** Received Friday 31 January 2025; the first month ends Friday 28 February, 23:59:59.999 in Amsterdam. */
const base: ExtensionRequest = {
  type: 'access',
  receivedAt: new Date('2025-01-31T10:00:00Z'),
  country: 'NL',
  extendMonths: 2,
  alreadyExtendedMonths: 0,
  now: new Date('2025-02-10T09:00:00Z'),
};

describe('assertExtensionAllowed', () => {
  it.each([
    { name: 'early in the first month', now: '2025-02-10T09:00:00Z' },
    { name: 'in the last millisecond of the first month', now: '2025-02-28T22:59:59.999Z' },
  ])('allows an extension $name', ({ now }) => {
    // Act
    const check = () => assertExtensionAllowed({ ...base, now: new Date(now) });

    // Assess
    expect(check).not.toThrow();
  });

  it.each([
    {
      name: 'after the first month',
      change: { now: new Date('2025-02-28T23:00:00Z') },
      code: 'first_month_over',
    },
    {
      name: 'a second extension of 1 month',
      change: { alreadyExtendedMonths: 1, extendMonths: 1 },
      code: 'already_extended',
    },
    {
      name: 'a second extension after 2 months',
      change: { alreadyExtendedMonths: 2, extendMonths: 1 },
      code: 'already_extended',
    },
    { name: 'an extension of 3 months', change: { extendMonths: 3 }, code: 'invalid_extension' },
    { name: 'an extension of 0 months', change: { extendMonths: 0 }, code: 'invalid_extension' },
    { name: 'a question', change: { type: 'question' }, code: 'not_extendable' },
    { name: 'a breach report', change: { type: 'breach_report' }, code: 'not_extendable' },
    { name: 'a marketing opt-out', change: { type: 'marketing_opt_out' }, code: 'not_extendable' },
    {
      name: 'a decision before receipt',
      change: { now: new Date('2025-01-30T10:00:00Z') },
      code: 'invalid_input',
    },
  ] as const)('refuses $name', ({ change, code }) => {
    // Prepare
    const request: ExtensionRequest = { ...base, ...change };

    // Act
    const check = () => assertExtensionAllowed(request);

    // Assess
    expect(check).toThrow(expect.objectContaining({ name: 'DeadlineRuleError', code }));
  });

  it('counts the first month with its roll-forward: on Sun 1 Mar 2026 the month (to Mon 2 Mar) still runs', () => {
    // Prepare
    const request: ExtensionRequest = {
      ...base,
      receivedAt: new Date('2026-01-31T10:00:00Z'),
      now: new Date('2026-03-01T12:00:00Z'),
    };

    // Act
    const check = () => assertExtensionAllowed(request);

    // Assess
    expect(check).not.toThrow();
  });

  it('counts the first month with its pauses: 10 paused days keep it running on 15 Feb', () => {
    // Prepare
    const request: ExtensionRequest = {
      ...base,
      receivedAt: new Date('2025-01-10T10:00:00Z'),
      pauses: [{ from: new Date('2025-01-15T10:00:00Z'), to: new Date('2025-01-25T10:00:00Z') }],
      policy: { ...DEFAULT_DEADLINE_POLICY, pausesEnabled: true },
      now: new Date('2025-02-15T10:00:00Z'),
    };

    // Act
    const check = () => assertExtensionAllowed(request);

    // Assess
    expect(check).not.toThrow();
  });
});

describe('extendDueDate', () => {
  it.each([
    { extendMonths: 1, dueAt: '2025-03-31T21:59:59.999Z' },
    { extendMonths: 2, dueAt: '2025-04-30T21:59:59.999Z' },
  ])('extends a 31 January receipt by $extendMonths month(s) to $dueAt', ({ extendMonths, dueAt }) => {
    // Act
    const result = extendDueDate({ ...base, extendMonths, reason: 'Many requests from this requester' });

    // Assess
    expect(result.dueAt.toISOString()).toBe(dueAt);
  });

  it('counts from receipt, not from the rolled-forward first deadline: 31 Jan 2026 + 1 -> Tue 31 Mar', () => {
    // Prepare
    const request = {
      ...base,
      receivedAt: new Date('2026-01-31T10:00:00Z'),
      now: new Date('2026-02-10T09:00:00Z'),
      extendMonths: 1,
      reason: 'Complex request',
    };

    // Act
    const result = extendDueDate(request);

    // Assess
    expect([result.dueDate, result.rolledForwardFrom]).toEqual(['2026-03-31', null]);
  });

  it('keeps the pauses: received 10 Jan, 10 days paused, + 1 month -> Thu 20 Mar', () => {
    // Prepare
    const request = {
      ...base,
      receivedAt: new Date('2025-01-10T10:00:00Z'),
      pauses: [{ from: new Date('2025-01-15T10:00:00Z'), to: new Date('2025-01-25T10:00:00Z') }],
      policy: { ...DEFAULT_DEADLINE_POLICY, pausesEnabled: true },
      now: new Date('2025-02-15T10:00:00Z'),
      extendMonths: 1,
      reason: 'Complex request',
    };

    // Act
    const result = extendDueDate(request);

    // Assess
    expect(result.dueAt.toISOString()).toBe('2025-03-20T22:59:59.999Z');
  });

  it('needs a reason', () => {
    // Act
    const extend = () => extendDueDate({ ...base, reason: '  ' });

    // Assess
    expect(extend).toThrow(expect.objectContaining({ code: 'reason_required' }));
  });

  it('is refused by computeDueDate for a type without an extendable deadline', () => {
    // Act
    const compute = () =>
      computeDueDate({ type: 'complaint', receivedAt: base.receivedAt, country: 'NL', extendMonths: 1 });

    // Assess
    expect(compute).toThrow(expect.objectContaining({ code: 'not_extendable' }));
  });
});
