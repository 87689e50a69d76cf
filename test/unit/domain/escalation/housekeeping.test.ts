import { describe, expect, it } from 'vitest';
import {
  DEFAULT_ESCALATION_LADDER,
  isStuckBeforeRouting,
  VERIFICATION_REMINDER_KEY,
  type VerificationHousekeeping,
  verificationHousekeeping,
} from '../../../../domain/escalation/index.ts';

const RECEIVED = new Date('2026-11-27T10:00:00Z');

describe('verificationHousekeeping', () => {
  const ROWS: {
    name: string;
    status: string;
    now: string;
    sent?: string[];
    expected: VerificationHousekeeping | undefined;
  }[] = [
    {
      name: 'right after receipt',
      status: 'awaiting_verification',
      now: '2026-11-27T10:05:00Z',
      expected: undefined,
    },
    {
      name: '1 ms before 3 days',
      status: 'awaiting_verification',
      now: '2026-11-30T09:59:59.999Z',
      expected: undefined,
    },
    {
      name: '3 days: remind',
      status: 'awaiting_verification',
      now: '2026-11-30T10:00:00Z',
      expected: 'remind',
    },
    {
      name: '5 days, not reminded yet: remind',
      status: 'awaiting_verification',
      now: '2026-12-02T10:00:00Z',
      expected: 'remind',
    },
    {
      name: '5 days, reminded',
      status: 'awaiting_verification',
      now: '2026-12-02T10:00:00Z',
      sent: [VERIFICATION_REMINDER_KEY],
      expected: undefined,
    },
    {
      name: '1 ms before 14 days, reminded',
      status: 'awaiting_verification',
      now: '2026-12-11T09:59:59.999Z',
      sent: [VERIFICATION_REMINDER_KEY],
      expected: undefined,
    },
    {
      name: '14 days: close',
      status: 'awaiting_verification',
      now: '2026-12-11T10:00:00Z',
      sent: [VERIFICATION_REMINDER_KEY],
      expected: 'close_unverified',
    },
    {
      name: '20 days, never reminded: close, not remind',
      status: 'awaiting_verification',
      now: '2026-12-17T10:00:00Z',
      expected: 'close_unverified',
    },
    {
      name: 'verified (received) at 5 days',
      status: 'received',
      now: '2026-12-02T10:00:00Z',
      expected: undefined,
    },
    { name: 'assigned at 20 days', status: 'assigned', now: '2026-12-17T10:00:00Z', expected: undefined },
    { name: 'closed at 20 days', status: 'closed', now: '2026-12-17T10:00:00Z', expected: undefined },
  ];

  it.each(ROWS)('$name -> $expected', ({ status, now, sent, expected }) => {
    // Act
    const decision = verificationHousekeeping(
      { status, receivedAt: RECEIVED, sentKeys: new Set(sent ?? []) },
      new Date(now),
      DEFAULT_ESCALATION_LADDER,
    );

    // Assess
    expect(decision).toBe(expected);
  });

  it('follows a configured ladder', () => {
    // Prepare
    const ladder = {
      ...DEFAULT_ESCALATION_LADDER,
      verificationReminderAfterDays: 1,
      closeUnverifiedAfterDays: 2,
    };
    const c = { status: 'awaiting_verification', receivedAt: RECEIVED, sentKeys: new Set<string>() };

    // Act
    const decisions = ['2026-11-28T09:00:00Z', '2026-11-28T10:00:00Z', '2026-11-29T10:00:00Z'].map((now) =>
      verificationHousekeeping(c, new Date(now), ladder),
    );

    // Assess
    expect(decisions).toEqual([undefined, 'remind', 'close_unverified']);
  });
});

describe('isStuckBeforeRouting', () => {
  const ROWS: { name: string; status: string; now: string; expected: boolean }[] = [
    { name: 'received, 9 minutes', status: 'received', now: '2026-11-27T10:09:00Z', expected: false },
    {
      name: 'received, exactly 10 minutes',
      status: 'received',
      now: '2026-11-27T10:10:00Z',
      expected: false,
    },
    {
      name: 'received, 10 minutes and 1 ms',
      status: 'received',
      now: '2026-11-27T10:10:00.001Z',
      expected: true,
    },
    { name: 'received, a day', status: 'received', now: '2026-11-28T10:00:00Z', expected: true },
    { name: 'routed (case record status)', status: 'routed', now: '2026-11-28T10:00:00Z', expected: false },
    { name: 'assigned', status: 'assigned', now: '2026-11-28T10:00:00Z', expected: false },
    {
      name: 'awaiting verification',
      status: 'awaiting_verification',
      now: '2026-11-28T10:00:00Z',
      expected: false,
    },
    { name: 'closed', status: 'closed', now: '2026-11-28T10:00:00Z', expected: false },
  ];

  it.each(ROWS)('$name -> $expected', ({ status, now, expected }) => {
    expect(
      isStuckBeforeRouting({ status, receivedAt: RECEIVED }, new Date(now), DEFAULT_ESCALATION_LADDER),
    ).toBe(expected);
  });

  it('uses the default ladder when none is given', () => {
    expect(
      isStuckBeforeRouting(
        { status: 'received', receivedAt: RECEIVED },
        new Date('2026-11-27T10:10:00.001Z'),
      ),
    ).toBe(true);
  });

  it('follows a configured threshold', () => {
    const ladder = { ...DEFAULT_ESCALATION_LADDER, stuckBeforeRoutingMinutes: 30 };
    expect(
      isStuckBeforeRouting(
        { status: 'received', receivedAt: RECEIVED },
        new Date('2026-11-27T10:20:00Z'),
        ladder,
      ),
    ).toBe(false);
  });

  it('throws a RangeError for an invalid date', () => {
    expect(() =>
      isStuckBeforeRouting({ status: 'received', receivedAt: new Date('nope') }, RECEIVED),
    ).toThrow(RangeError);
  });
});
