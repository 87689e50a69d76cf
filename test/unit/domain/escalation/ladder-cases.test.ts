import { describe, expect, it } from 'vitest';
import {
  DEFAULT_ESCALATION_LADDER,
  dueEscalationSteps,
  type EscalationCase,
  sweepHorizon,
  unassignedCutoff,
} from '../../../../domain/escalation/index.ts';
import { ACCESS_DUE, accessEscalationCase, stepSummary } from '../../../helpers/escalation-case.ts';

/** Same access request as ladder-rights.test.ts: received Fri 27 Nov 2026 10:00Z, due Mon 28 Dec 22:59:59.999Z. */
const DUE = ACCESS_DUE;

function rightsCase(overrides: Partial<EscalationCase> = {}): EscalationCase {
  return accessEscalationCase({ verifiedAt: undefined, ...overrides });
}

function keysAt(c: EscalationCase, now: string): string[] {
  return stepSummary(dueEscalationSteps(c, new Date(now), DEFAULT_ESCALATION_LADDER));
}

interface Row {
  name: string;
  c: EscalationCase;
  now: string;
  expected: string[];
}

const UNASSIGNED: Row[] = [
  {
    name: 'received, unassigned for 59 min 59.999 s',
    c: rightsCase({ status: 'received', assigneeId: undefined }),
    now: '2026-11-27T10:59:59.999Z',
    expected: [],
  },
  {
    name: 'received, unassigned for exactly 1 hour (not more)',
    c: rightsCase({ status: 'received', assigneeId: undefined }),
    now: '2026-11-27T11:00:00.000Z',
    expected: [],
  },
  {
    name: 'received, unassigned for 1 hour and 1 ms',
    c: rightsCase({ status: 'received', assigneeId: undefined }),
    now: '2026-11-27T11:00:00.001Z',
    expected: ['manager:unassigned -> manager'],
  },
  {
    name: 'unassigned step already sent',
    c: rightsCase({ status: 'received', assigneeId: undefined, sentKeys: new Set(['manager:unassigned']) }),
    now: '2026-11-28T11:00:00Z',
    expected: [],
  },
  {
    name: 'awaiting verification: not assignable yet',
    c: rightsCase({ status: 'awaiting_verification', assigneeId: undefined }),
    now: '2026-11-28T11:00:00Z',
    expected: [],
  },
  {
    name: 'verified a day later: the hour counts from verification (30 min)',
    c: rightsCase({
      status: 'received',
      assigneeId: undefined,
      verifiedAt: new Date('2026-11-28T09:00:00Z'),
    }),
    now: '2026-11-28T09:30:00Z',
    expected: [],
  },
  {
    name: 'verified a day later: more than an hour after verification',
    c: rightsCase({
      status: 'received',
      assigneeId: undefined,
      verifiedAt: new Date('2026-11-28T09:00:00Z'),
    }),
    now: '2026-11-28T10:00:00.001Z',
    expected: ['manager:unassigned -> manager'],
  },
  {
    name: 'assignee steps go to the manager while unassigned',
    c: rightsCase({ status: 'received', assigneeId: undefined, sentKeys: new Set(['manager:unassigned']) }),
    now: '2026-12-21T22:59:59.999Z',
    expected: ['assignee-reminder:7d -> manager', 'extension-decision -> manager'],
  },
  {
    name: 'first seen overdue and unassigned: ownership and time, manager and DPO',
    c: rightsCase({ status: 'received', assigneeId: undefined }),
    now: '2026-12-29T08:00:00Z',
    expected: ['manager:unassigned -> manager', 'dpo:overdue:0 -> dpo'],
  },
  {
    name: 'assigned later: the manager-routed 7-day reminder is not repeated to the assignee',
    c: rightsCase({
      sentKeys: new Set(['manager:unassigned', 'assignee-reminder:7d', 'extension-decision']),
    }),
    now: '2026-12-22T09:00:00Z',
    expected: [],
  },
];

describe('dueEscalationSteps: unassigned cases', () => {
  it.each(UNASSIGNED)('$name', ({ c, now, expected }) => {
    expect(keysAt(c, now)).toEqual(expected);
  });

  it('describes the unassigned step', () => {
    const c = rightsCase({ status: 'received', assigneeId: undefined });
    expect(dueEscalationSteps(c, new Date('2026-11-27T12:00:00Z'), DEFAULT_ESCALATION_LADDER)).toEqual([
      {
        key: 'manager:unassigned',
        level: 'manager',
        recipients: ['manager'],
        template: 'escalation-manager-unassigned',
        reason: 'unassigned_over_60m',
      },
    ]);
  });
});

const EXTENDED_DUE = '2027-01-28T22:59:59.999Z';

const EXTENSION: Row[] = [
  {
    name: 'rights request, not extended, no first response, 7 days before',
    c: rightsCase({ sentKeys: new Set(['assignee-reminder:7d']) }),
    now: '2026-12-21T22:59:59.999Z',
    expected: ['extension-decision -> assignee'],
  },
  {
    name: 'erasure, 3 days before the first month ends',
    c: rightsCase({ type: 'erasure', sentKeys: new Set(['assignee-reminder:7d']) }),
    now: '2026-12-25T23:00:00Z',
    expected: ['extension-decision -> assignee'],
  },
  {
    name: 'processor_info counts as a rights request',
    c: rightsCase({ type: 'processor_info', sentKeys: new Set(['assignee-reminder:7d']) }),
    now: '2026-12-21T22:59:59.999Z',
    expected: ['extension-decision -> assignee'],
  },
  {
    name: 'already extended by one month: no decision left, no reminder for the far due date',
    c: rightsCase({ extendedMonths: 1, dueAt: new Date(EXTENDED_DUE) }),
    now: '2026-12-21T22:59:59.999Z',
    expected: [],
  },
  {
    name: 'extended: the reminders count down to the extended due date',
    c: rightsCase({ extendedMonths: 1, dueAt: new Date(EXTENDED_DUE) }),
    now: '2027-01-21T22:59:59.999Z',
    expected: ['assignee-reminder:7d -> assignee'],
  },
  {
    name: 'extended: the first month ending is not overdue',
    c: rightsCase({ extendedMonths: 2, dueAt: new Date('2027-02-28T22:59:59.999Z') }),
    now: '2026-12-29T09:00:00Z',
    expected: [],
  },
  {
    name: 'a first response was sent: the extension is still to be decided',
    c: rightsCase({
      firstResponseAt: new Date('2026-12-01T09:00:00Z'),
      sentKeys: new Set(['assignee-reminder:7d']),
    }),
    now: '2026-12-21T22:59:59.999Z',
    expected: ['extension-decision -> assignee'],
  },
  {
    name: 'a question is not a rights request',
    c: rightsCase({ type: 'question', sentKeys: new Set(['assignee-reminder:7d']) }),
    now: '2026-12-21T22:59:59.999Z',
    expected: [],
  },
  {
    name: 'a complaint is not a rights request',
    c: rightsCase({ type: 'complaint', sentKeys: new Set(['assignee-reminder:7d']) }),
    now: '2026-12-21T22:59:59.999Z',
    expected: [],
  },
  {
    name: 'marketing opt-out is not extendable',
    c: rightsCase({ type: 'marketing_opt_out', sentKeys: new Set(['assignee-reminder:7d']) }),
    now: '2026-12-21T22:59:59.999Z',
    expected: [],
  },
  {
    name: 'the first month has ended: too late to extend, the DPO instead',
    c: rightsCase({ sentKeys: new Set(['assignee-reminder:7d', 'assignee-reminder:2d']) }),
    now: '2026-12-28T23:00:00Z',
    expected: ['dpo:overdue:0 -> dpo'],
  },
];

describe('dueEscalationSteps: the extension decision reminder', () => {
  it.each(EXTENSION)('$name', ({ c, now, expected }) => {
    expect(keysAt(c, now)).toEqual(expected);
  });
});

const STATUSES: Row[] = [
  {
    name: 'closed, 7 days before',
    c: rightsCase({ status: 'closed' }),
    now: '2026-12-21T22:59:59.999Z',
    expected: [],
  },
  { name: 'closed, overdue', c: rightsCase({ status: 'closed' }), now: '2027-01-05T10:00:00Z', expected: [] },
  {
    name: 'closed, unassigned for days',
    c: rightsCase({ status: 'closed', assigneeId: undefined }),
    now: '2026-11-30T10:00:00Z',
    expected: [],
  },
  {
    name: 'closed breach report, overdue',
    c: rightsCase({ status: 'closed', type: 'breach_report' }),
    now: '2027-01-05T10:00:00Z',
    expected: [],
  },
  {
    name: 'waiting for the requester: the clock runs, so does the ladder',
    c: rightsCase({ status: 'waiting_for_requester', firstResponseAt: new Date('2026-12-01T09:00:00Z') }),
    now: '2026-12-29T08:00:00Z',
    expected: ['dpo:overdue:0 -> dpo'],
  },
  {
    name: 'awaiting verification and overdue: the DPO still hears of it',
    c: rightsCase({ status: 'awaiting_verification', assigneeId: undefined }),
    now: '2026-12-29T08:00:00Z',
    expected: ['dpo:overdue:0 -> dpo'],
  },
];

describe('dueEscalationSteps: statuses', () => {
  it.each(STATUSES)('$name', ({ c, now, expected }) => {
    expect(keysAt(c, now)).toEqual(expected);
  });
});

/** A marketing opt-out received Tue 1 Dec 2026 09:00Z, two working days: due Thu 3 Dec 22:59:59.999Z. */
const optOut = rightsCase({
  type: 'marketing_opt_out',
  receivedAt: new Date('2026-12-01T09:00:00Z'),
  dueAt: new Date('2026-12-03T22:59:59.999Z'),
  originalDueAt: new Date('2026-12-03T22:59:59.999Z'),
});

const SHORT: Row[] = [
  {
    name: 'the 7-day reminder would precede receipt: never sent',
    c: optOut,
    now: '2026-12-01T10:00:00Z',
    expected: [],
  },
  {
    name: '2 days left, after receipt: assignee and manager',
    c: optOut,
    now: '2026-12-01T22:59:59.999Z',
    expected: ['assignee-reminder:2d -> assignee', 'manager:no-first-response:2d -> manager'],
  },
  {
    name: 'overdue the next morning',
    c: optOut,
    now: '2026-12-04T07:00:00Z',
    expected: ['dpo:overdue:0 -> dpo'],
  },
];

describe('dueEscalationSteps: a short internal deadline', () => {
  it.each(SHORT)('$name', ({ c, now, expected }) => {
    expect(keysAt(c, now)).toEqual(expected);
  });
});

describe('dueEscalationSteps: sent keys', () => {
  it('ignores keys of other steps', () => {
    const c = rightsCase({
      sentKeys: new Set(['digest:mgr-1:2026-12-21', 'verification-reminder', 'dpo:overdue:0']),
    });
    expect(keysAt(c, '2026-12-21T22:59:59.999Z')).toEqual([
      'assignee-reminder:7d -> assignee',
      'extension-decision -> assignee',
    ]);
  });

  it('suppresses every step that was sent', () => {
    const c = rightsCase({
      assigneeId: undefined,
      status: 'received',
      sentKeys: new Set([
        'assignee-reminder:2d',
        'extension-decision',
        'manager:no-first-response:2d',
        'manager:unassigned',
      ]),
    });
    expect(keysAt(c, '2026-12-27T12:00:00Z')).toEqual([]);
  });
});

describe('dueEscalationSteps: invalid instants', () => {
  it('throws a RangeError for an invalid now', () => {
    expect(() => dueEscalationSteps(rightsCase(), new Date('not a date'), DEFAULT_ESCALATION_LADDER)).toThrow(
      new RangeError('Escalation: now is not a valid date'),
    );
  });

  it('throws a RangeError for an invalid due date', () => {
    expect(() =>
      dueEscalationSteps(
        rightsCase({ dueAt: new Date(Number.NaN) }),
        new Date(DUE),
        DEFAULT_ESCALATION_LADDER,
      ),
    ).toThrow(new RangeError('Escalation: dueAt is not a valid date'));
  });
});

describe('sweepHorizon', () => {
  const now = new Date('2026-12-21T06:00:00Z');

  const ROWS: { name: string; ladder: typeof DEFAULT_ESCALATION_LADDER; expected: string }[] = [
    { name: 'defaults: 7 days', ladder: DEFAULT_ESCALATION_LADDER, expected: '2026-12-28T06:00:00.000Z' },
    {
      name: 'a 10-day reminder',
      ladder: { ...DEFAULT_ESCALATION_LADDER, assigneeReminderDaysBefore: [10, 2] },
      expected: '2026-12-31T06:00:00.000Z',
    },
    {
      name: 'an extension decision 14 days ahead',
      ladder: { ...DEFAULT_ESCALATION_LADDER, extensionDecisionDaysBeforeFirstMonthEnd: 14 },
      expected: '2027-01-04T06:00:00.000Z',
    },
    {
      name: 'no reminders: the 7-day extension decision still counts',
      ladder: {
        ...DEFAULT_ESCALATION_LADDER,
        assigneeReminderDaysBefore: [],
        managerNoFirstResponseDaysBefore: 1,
      },
      expected: '2026-12-28T06:00:00.000Z',
    },
    {
      name: 'short leads: the 72-hour breach reminder is the largest',
      ladder: {
        ...DEFAULT_ESCALATION_LADDER,
        assigneeReminderDaysBefore: [1],
        managerNoFirstResponseDaysBefore: 1,
        extensionDecisionDaysBeforeFirstMonthEnd: 2,
        breachReminderHoursBefore: [72],
      },
      expected: '2026-12-24T06:00:00.000Z',
    },
  ];

  it.each(ROWS)('$name', ({ ladder, expected }) => {
    expect(sweepHorizon(ladder, now).toISOString()).toBe(expected);
  });

  it('a case due exactly at the horizon has its 7-day steps due now', () => {
    // Prepare
    const horizon = sweepHorizon(DEFAULT_ESCALATION_LADDER, new Date('2026-12-21T22:59:59.999Z'));

    // Act
    const steps = dueEscalationSteps(
      rightsCase({ dueAt: horizon, originalDueAt: horizon }),
      new Date('2026-12-21T22:59:59.999Z'),
    );

    // Assess
    expect(stepSummary(steps)).toEqual([
      'assignee-reminder:7d -> assignee',
      'extension-decision -> assignee',
    ]);
  });
});

describe('unassignedCutoff', () => {
  it('is now minus the unassigned threshold', () => {
    expect(unassignedCutoff(DEFAULT_ESCALATION_LADDER, new Date('2026-11-27T11:00:00Z')).toISOString()).toBe(
      '2026-11-27T10:00:00.000Z',
    );
  });
});
