import { describe, expect, it } from 'vitest';
import {
  DEFAULT_ESCALATION_LADDER,
  dueEscalationSteps,
  type EscalationCase,
} from '../../../../domain/escalation/index.ts';
import { stepSummary } from '../../../helpers/escalation-case.ts';

/**
 * A breach report received Fri 6 Nov 2026 10:00Z: 72 hours, weekend included, ends Mon 9 Nov 10:00Z.
 * 48 h left = Sat 10:00Z, 24 h left = Sun 10:00Z, 4 h left = Mon 06:00Z; overdue from Mon 10:00:00.001Z,
 * then the DPO and manager every hour, counted from the last overdue alert sent.
 */
const DUE = '2026-11-09T10:00:00.000Z';

function breachCase(overrides: Partial<EscalationCase> = {}): EscalationCase {
  return {
    caseId: 'case-9',
    reference: 'PD-2026-0099',
    type: 'breach_report',
    status: 'assigned',
    receivedAt: new Date('2026-11-06T10:00:00Z'),
    dueAt: new Date(DUE),
    originalDueAt: new Date(DUE),
    extendedMonths: 0,
    assigneeId: 'dpo-office-1',
    sentKeys: new Set(),
    ...overrides,
  };
}

interface Row {
  name: string;
  now: string;
  sent?: string[];
  expected: string[];
}

const TIMELINE: Row[] = [
  {
    name: 'at receipt: routing alerts DPO and manager, not the ladder',
    now: '2026-11-06T10:00:00Z',
    expected: [],
  },
  {
    name: 'Friday afternoon: the 7-day reminder precedes receipt, never sent',
    now: '2026-11-06T15:00:00Z',
    expected: [],
  },
  {
    name: '48 h left: the assignee 2-day reminder',
    now: '2026-11-07T10:00:00Z',
    expected: ['assignee-reminder:2d -> assignee'],
  },
  {
    name: '1 ms before 24 h left',
    now: '2026-11-08T09:59:59.999Z',
    sent: ['assignee-reminder:2d'],
    expected: [],
  },
  {
    name: '24 h left: DPO and manager',
    now: '2026-11-08T10:00:00Z',
    sent: ['assignee-reminder:2d'],
    expected: ['breach:24h -> dpo+manager'],
  },
  {
    name: '1 ms before 4 h left, 24 h sent',
    now: '2026-11-09T05:59:59.999Z',
    sent: ['assignee-reminder:2d', 'breach:24h'],
    expected: [],
  },
  {
    name: '4 h left: DPO and manager again',
    now: '2026-11-09T06:00:00Z',
    sent: ['assignee-reminder:2d', 'breach:24h'],
    expected: ['breach:4h -> dpo+manager'],
  },
  {
    name: 'at the deadline itself: not overdue yet',
    now: DUE,
    sent: ['assignee-reminder:2d', 'breach:24h', 'breach:4h'],
    expected: [],
  },
  {
    name: '1 ms overdue: the first overdue alert',
    now: '2026-11-09T10:00:00.001Z',
    sent: ['assignee-reminder:2d', 'breach:24h', 'breach:4h'],
    expected: ['breach:overdue:0 -> dpo+manager'],
  },
  {
    name: 'less than an hour after it',
    now: '2026-11-09T11:00:00.000Z',
    sent: ['breach:overdue:0', 'breach:overdue:0@2026-11-09T10:00:00.001Z'],
    expected: [],
  },
  {
    name: 'an hour after it',
    now: '2026-11-09T11:00:00.001Z',
    sent: ['breach:overdue:0', 'breach:overdue:0@2026-11-09T10:00:00.001Z'],
    expected: ['breach:overdue:1 -> dpo+manager'],
  },
  {
    name: 'missed sweeps: one alert, not one per missed hour',
    now: '2026-11-09T13:30:00Z',
    sent: [
      'breach:overdue:0',
      'breach:overdue:0@2026-11-09T10:00:00.001Z',
      'breach:overdue:1',
      'breach:overdue:1@2026-11-09T11:00:00.001Z',
    ],
    expected: ['breach:overdue:2 -> dpo+manager'],
  },
  {
    name: 'a day later: no daily DPO step besides the hourly one',
    now: '2026-11-10T10:15:00Z',
    sent: ['breach:overdue:0', 'breach:overdue:0@2026-11-10T09:15:00.000Z'],
    expected: ['breach:overdue:1 -> dpo+manager'],
  },
];

describe('dueEscalationSteps: a breach report received on a Friday', () => {
  it.each(TIMELINE)('$name ($now)', ({ now, sent, expected }) => {
    // Prepare
    const c = breachCase({ sentKeys: new Set(sent ?? []) });

    // Act
    const steps = dueEscalationSteps(c, new Date(now), DEFAULT_ESCALATION_LADDER);

    // Assess
    expect(stepSummary(steps)).toEqual(expected);
  });

  it('first seen 3 hours before the deadline: the 2-day reminder and the 4-hour step, not the 24-hour one', () => {
    expect(
      stepSummary(
        dueEscalationSteps(breachCase(), new Date('2026-11-09T07:00:00Z'), DEFAULT_ESCALATION_LADDER),
      ),
    ).toEqual(['assignee-reminder:2d -> assignee', 'breach:4h -> dpo+manager']);
  });

  it('first seen overdue: one alert, the first', () => {
    expect(
      stepSummary(
        dueEscalationSteps(breachCase(), new Date('2026-11-09T15:20:00Z'), DEFAULT_ESCALATION_LADDER),
      ),
    ).toEqual(['breach:overdue:0 -> dpo+manager']);
  });

  it('describes the 24-hour step', () => {
    const c = breachCase({ sentKeys: new Set(['assignee-reminder:2d']) });
    expect(dueEscalationSteps(c, new Date('2026-11-08T10:00:00Z'), DEFAULT_ESCALATION_LADDER)).toEqual([
      {
        key: 'breach:24h',
        level: 'breach',
        recipients: ['dpo', 'manager'],
        template: 'escalation-breach-deadline',
        reason: 'breach_due_within_24h',
      },
    ]);
  });

  it('describes a repeated overdue alert', () => {
    const c = breachCase({
      sentKeys: new Set(['breach:overdue:0', 'breach:overdue:0@2026-11-09T12:00:00.000Z']),
    });
    expect(dueEscalationSteps(c, new Date('2026-11-09T13:30:00Z'), DEFAULT_ESCALATION_LADDER)).toEqual([
      {
        key: 'breach:overdue:1',
        level: 'breach',
        recipients: ['dpo', 'manager'],
        template: 'escalation-breach-overdue',
        reason: 'breach_still_overdue_after_3h',
        sentAtKey: 'breach:overdue:1@2026-11-09T13:30:00.000Z',
      },
    ]);
  });

  it('waits the configured repeat, 2 hours, after the last alert', () => {
    // Prepare
    const ladder = { ...DEFAULT_ESCALATION_LADDER, breachOverdueRepeatHours: 2 };
    const c = breachCase({
      sentKeys: new Set(['breach:overdue:0', 'breach:overdue:0@2026-11-09T12:00:00.000Z']),
    });

    // Act
    const early = dueEscalationSteps(c, new Date('2026-11-09T13:59:59.999Z'), ladder);
    const onTime = dueEscalationSteps(c, new Date('2026-11-09T14:00:00Z'), ladder);

    // Assess
    expect({ early: stepSummary(early), onTime: stepSummary(onTime) }).toEqual({
      early: [],
      onTime: ['breach:overdue:1 -> dpo+manager'],
    });
  });

  it('a shortened 12-hour breach deadline skips the 24-hour step that would precede receipt', () => {
    // Prepare
    const c = breachCase({
      dueAt: new Date('2026-11-06T22:00:00Z'),
      originalDueAt: new Date('2026-11-06T22:00:00Z'),
    });

    // Act
    const steps = [
      dueEscalationSteps(c, new Date('2026-11-06T12:00:00Z'), DEFAULT_ESCALATION_LADDER),
      dueEscalationSteps(c, new Date('2026-11-06T18:00:00Z'), DEFAULT_ESCALATION_LADDER),
    ];

    // Assess
    expect(steps.map(stepSummary)).toEqual([[], ['breach:4h -> dpo+manager']]);
  });
});
