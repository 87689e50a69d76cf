import { describe, expect, it } from 'vitest';
import { DEFAULT_ESCALATION_LADDER, dueEscalationSteps } from '../../../../domain/escalation/index.ts';
import { ACCESS_DUE, accessEscalationCase, stepSummary } from '../../../helpers/escalation-case.ts';

/**
 * An access request received Fri 27 Nov 2026 10:00Z by an NL entity: one month ends Sun 27 Dec, rolled
 * forward to Mon 28 Dec 2026, whose last millisecond in Amsterdam (UTC+1) is 22:59:59.999Z.
 * Every instant below was counted by hand from that due date:
 * 7 days before = 21 Dec 22:59:59.999Z, 2 days before = 26 Dec 22:59:59.999Z,
 * overdue from 28 Dec 23:00:00.000Z, overdue period n (24 h) from 28 Dec 22:59:59.999Z + n days.
 */
const DUE = ACCESS_DUE;

interface Row {
  name: string;
  now: string;
  sent?: string[];
  firstResponseAt?: string;
  expected: string[];
}

const TIMELINE: Row[] = [
  { name: 'right after receipt', now: '2026-11-27T10:05:00Z', expected: [] },
  { name: '8 days before the due date', now: '2026-12-20T22:59:59.999Z', expected: [] },
  { name: '1 ms before 7 days are left', now: '2026-12-21T22:59:59.998Z', expected: [] },
  {
    name: '7 days left: assignee reminder and extension decision',
    now: '2026-12-21T22:59:59.999Z',
    expected: ['assignee-reminder:7d -> assignee', 'extension-decision -> assignee'],
  },
  {
    name: '6 days left, 7-day steps sent',
    now: '2026-12-22T22:59:59.999Z',
    sent: ['assignee-reminder:7d', 'extension-decision'],
    expected: [],
  },
  {
    name: '6 days left, only the reminder was recorded',
    now: '2026-12-22T22:59:59.999Z',
    sent: ['assignee-reminder:7d'],
    expected: ['extension-decision -> assignee'],
  },
  {
    name: '2 days left without a first response: assignee 2d and manager',
    now: '2026-12-26T22:59:59.999Z',
    sent: ['assignee-reminder:7d', 'extension-decision'],
    expected: ['assignee-reminder:2d -> assignee', 'manager:no-first-response:2d -> manager'],
  },
  {
    name: '2 days left after a first response: assignee only',
    now: '2026-12-26T22:59:59.999Z',
    sent: ['assignee-reminder:7d', 'extension-decision'],
    firstResponseAt: '2026-12-10T09:00:00Z',
    expected: ['assignee-reminder:2d -> assignee'],
  },
  {
    name: '1 day left, 2-day steps sent',
    now: '2026-12-27T22:59:59.999Z',
    sent: [
      'assignee-reminder:7d',
      'extension-decision',
      'assignee-reminder:2d',
      'manager:no-first-response:2d',
    ],
    expected: [],
  },
  {
    name: 'the last millisecond of the due date is not overdue',
    now: DUE,
    sent: [
      'assignee-reminder:7d',
      'extension-decision',
      'assignee-reminder:2d',
      'manager:no-first-response:2d',
    ],
    expected: [],
  },
  {
    name: 'overdue: the DPO, period 0',
    now: '2026-12-28T23:00:00.000Z',
    sent: [
      'assignee-reminder:7d',
      'extension-decision',
      'assignee-reminder:2d',
      'manager:no-first-response:2d',
    ],
    expected: ['dpo:overdue:0 -> dpo'],
  },
  {
    name: '1 ms less than a day after the first DPO alert',
    now: '2026-12-29T22:59:59.999Z',
    sent: ['dpo:overdue:0', 'dpo:overdue:0@2026-12-28T23:00:00.000Z'],
    expected: [],
  },
  {
    name: 'a day after the first DPO alert: the DPO again',
    now: '2026-12-29T23:00:00.000Z',
    sent: ['dpo:overdue:0', 'dpo:overdue:0@2026-12-28T23:00:00.000Z'],
    expected: ['dpo:overdue:1 -> dpo'],
  },
  {
    name: 'sweeps missed for two days: one alert, not one per missed day',
    now: '2027-01-01T10:00:00Z',
    sent: [
      'dpo:overdue:0',
      'dpo:overdue:0@2026-12-28T23:00:00.000Z',
      'dpo:overdue:1',
      'dpo:overdue:1@2026-12-29T23:00:00.000Z',
    ],
    expected: ['dpo:overdue:2 -> dpo'],
  },
  {
    name: 'that alert sent, later the same day',
    now: '2027-01-01T20:00:00Z',
    sent: [
      'dpo:overdue:0',
      'dpo:overdue:0@2026-12-28T23:00:00.000Z',
      'dpo:overdue:1',
      'dpo:overdue:1@2026-12-29T23:00:00.000Z',
      'dpo:overdue:2',
      'dpo:overdue:2@2027-01-01T10:00:00.000Z',
    ],
    expected: [],
  },
];

describe('dueEscalationSteps: a rights request moved through time', () => {
  it.each(TIMELINE)('$name ($now)', ({ now, sent, firstResponseAt, expected }) => {
    // Prepare
    const c = accessEscalationCase({
      sentKeys: new Set(sent ?? []),
      ...(firstResponseAt === undefined ? {} : { firstResponseAt: new Date(firstResponseAt) }),
    });

    // Act
    const steps = dueEscalationSteps(c, new Date(now), DEFAULT_ESCALATION_LADDER);

    // Assess
    expect(stepSummary(steps)).toEqual(expected);
  });
});

const FIRST_SEEN: Row[] = [
  {
    name: '3 days left: the 2-day window is not reached, the 7-day reminder still is',
    now: '2026-12-25T22:59:59.999Z',
    expected: ['assignee-reminder:7d -> assignee', 'extension-decision -> assignee'],
  },
  {
    name: '1 day left: the 7-day reminder is superseded by the 2-day one',
    now: '2026-12-27T12:00:00Z',
    expected: [
      'assignee-reminder:2d -> assignee',
      'extension-decision -> assignee',
      'manager:no-first-response:2d -> manager',
    ],
  },
  {
    name: 'already overdue: reminders and manager step superseded, the DPO only',
    now: '2026-12-29T08:00:00Z',
    expected: ['dpo:overdue:0 -> dpo'],
  },
  {
    name: 'two and a half days overdue: one alert, the first',
    now: '2026-12-31T10:00:00Z',
    expected: ['dpo:overdue:0 -> dpo'],
  },
];

describe('dueEscalationSteps: a case first seen late, nothing sent yet', () => {
  it.each(FIRST_SEEN)('$name ($now)', ({ now, expected }) => {
    // Act
    const steps = dueEscalationSteps(accessEscalationCase(), new Date(now), DEFAULT_ESCALATION_LADDER);

    // Assess
    expect(stepSummary(steps)).toEqual(expected);
  });
});

describe('dueEscalationSteps: what each step says', () => {
  it('describes the 7-day steps', () => {
    expect(
      dueEscalationSteps(
        accessEscalationCase(),
        new Date('2026-12-21T22:59:59.999Z'),
        DEFAULT_ESCALATION_LADDER,
      ),
    ).toEqual([
      {
        key: 'assignee-reminder:7d',
        level: 'reminder',
        recipients: ['assignee'],
        template: 'escalation-reminder',
        reason: 'due_within_7d',
      },
      {
        key: 'extension-decision',
        level: 'extension_decision',
        recipients: ['assignee'],
        template: 'escalation-extension-decision',
        reason: 'first_month_ends_within_7d',
      },
    ]);
  });

  it('describes the 2-day manager step', () => {
    const c = accessEscalationCase({
      sentKeys: new Set(['assignee-reminder:7d', 'extension-decision', 'assignee-reminder:2d']),
    });
    expect(dueEscalationSteps(c, new Date('2026-12-26T22:59:59.999Z'), DEFAULT_ESCALATION_LADDER)).toEqual([
      {
        key: 'manager:no-first-response:2d',
        level: 'manager',
        recipients: ['manager'],
        template: 'escalation-manager-no-first-response',
        reason: 'no_first_response_due_within_2d',
      },
    ]);
  });

  it('describes the first DPO step', () => {
    expect(
      dueEscalationSteps(accessEscalationCase(), new Date('2026-12-28T23:00:00Z'), DEFAULT_ESCALATION_LADDER),
    ).toEqual([
      {
        key: 'dpo:overdue:0',
        level: 'dpo',
        recipients: ['dpo'],
        template: 'escalation-dpo-overdue',
        reason: 'overdue',
        sentAtKey: 'dpo:overdue:0@2026-12-28T23:00:00.000Z',
      },
    ]);
  });

  it('describes a repeated DPO step', () => {
    const c = accessEscalationCase({
      sentKeys: new Set(['dpo:overdue:0', 'dpo:overdue:0@2026-12-29T23:00:00.000Z']),
    });
    expect(dueEscalationSteps(c, new Date('2026-12-30T23:00:00Z'), DEFAULT_ESCALATION_LADDER)).toEqual([
      {
        key: 'dpo:overdue:1',
        level: 'dpo',
        recipients: ['dpo'],
        template: 'escalation-dpo-overdue',
        reason: 'still_overdue_after_48h',
        sentAtKey: 'dpo:overdue:1@2026-12-30T23:00:00.000Z',
      },
    ]);
  });
});

describe('dueEscalationSteps: a configured ladder', () => {
  const ladder = {
    ...DEFAULT_ESCALATION_LADDER,
    assigneeReminderDaysBefore: [10, 3],
    managerNoFirstResponseDaysBefore: 1,
    dpoOverdueRepeatHours: 12,
    extensionDecisionDaysBeforeFirstMonthEnd: 5,
  };

  const ROWS: Row[] = [
    {
      name: '10 days left',
      now: '2026-12-18T22:59:59.999Z',
      expected: ['assignee-reminder:10d -> assignee'],
    },
    {
      name: '5 days left, 10-day reminder sent',
      now: '2026-12-23T22:59:59.999Z',
      sent: ['assignee-reminder:10d'],
      expected: ['extension-decision -> assignee'],
    },
    {
      name: '3 days left',
      now: '2026-12-25T22:59:59.999Z',
      sent: ['assignee-reminder:10d', 'extension-decision'],
      expected: ['assignee-reminder:3d -> assignee'],
    },
    {
      name: '1 day left without a first response',
      now: '2026-12-27T22:59:59.999Z',
      sent: ['assignee-reminder:10d', 'extension-decision', 'assignee-reminder:3d'],
      expected: ['manager:no-first-response:1d -> manager'],
    },
    {
      name: '12 hours after the first DPO alert: the next, every 12 hours',
      now: '2026-12-29T11:00:00Z',
      sent: ['dpo:overdue:0', 'dpo:overdue:0@2026-12-28T23:00:00.000Z'],
      expected: ['dpo:overdue:1 -> dpo'],
    },
  ];

  it.each(ROWS)('$name ($now)', ({ now, sent, expected }) => {
    // Act
    const steps = dueEscalationSteps(
      accessEscalationCase({ sentKeys: new Set(sent ?? []) }),
      new Date(now),
      ladder,
    );

    // Assess
    expect(stepSummary(steps)).toEqual(expected);
  });
});
