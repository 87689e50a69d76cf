import { describe, expect, it } from 'vitest';
import { DEFAULT_ESCALATION_LADDER, EscalationLadderSchema } from '../../../../domain/escalation/index.ts';

describe('EscalationLadderSchema', () => {
  it('fills every default from an empty object', () => {
    // Act
    const ladder = EscalationLadderSchema.parse({});

    // Assess
    expect(ladder).toEqual({
      assigneeReminderDaysBefore: [7, 2],
      managerNoFirstResponseDaysBefore: 2,
      managerUnassignedAfterMinutes: 60,
      dpoOverdueRepeatHours: 24,
      breachReminderHoursBefore: [24, 4],
      breachOverdueRepeatHours: 1,
      extensionDecisionDaysBeforeFirstMonthEnd: 7,
      verificationReminderAfterDays: 3,
      closeUnverifiedAfterDays: 14,
      stuckBeforeRoutingMinutes: 10,
      maxRedriveAttempts: 5,
    });
  });

  it('DEFAULT_ESCALATION_LADDER equals the parsed defaults', () => {
    expect(DEFAULT_ESCALATION_LADDER).toEqual(EscalationLadderSchema.parse({}));
  });

  it('DEFAULT_ESCALATION_LADDER cannot be changed for everyone', () => {
    expect({
      ladder: Object.isFrozen(DEFAULT_ESCALATION_LADDER),
      reminders: Object.isFrozen(DEFAULT_ESCALATION_LADDER.assigneeReminderDaysBefore),
      breach: Object.isFrozen(DEFAULT_ESCALATION_LADDER.breachReminderHoursBefore),
    }).toEqual({ ladder: true, reminders: true, breach: true });
  });

  it('gives each parse its own default arrays', () => {
    // Act
    const first = EscalationLadderSchema.parse({});
    const second = EscalationLadderSchema.parse({});

    // Assess
    expect(first.assigneeReminderDaysBefore).not.toBe(second.assigneeReminderDaysBefore);
  });

  it('keeps configured values', () => {
    // Act
    const ladder = EscalationLadderSchema.parse({
      assigneeReminderDaysBefore: [10, 5, 1],
      dpoOverdueRepeatHours: 12,
      breachReminderHoursBefore: [],
    });

    // Assess
    expect([
      ladder.assigneeReminderDaysBefore,
      ladder.dpoOverdueRepeatHours,
      ladder.breachReminderHoursBefore,
    ]).toEqual([[10, 5, 1], 12, []]);
  });

  const INVALID: { name: string; input: Record<string, unknown>; path: string }[] = [
    {
      name: 'a repeated reminder day',
      input: { assigneeReminderDaysBefore: [7, 7] },
      path: 'assigneeReminderDaysBefore',
    },
    {
      name: 'a reminder 0 days before',
      input: { assigneeReminderDaysBefore: [0] },
      path: 'assigneeReminderDaysBefore.0',
    },
    {
      name: 'a fractional day',
      input: { managerNoFirstResponseDaysBefore: 1.5 },
      path: 'managerNoFirstResponseDaysBefore',
    },
    {
      name: 'a duration as a string',
      input: { managerUnassignedAfterMinutes: '60' },
      path: 'managerUnassignedAfterMinutes',
    },
    { name: 'a DPO repeat of 0 hours', input: { dpoOverdueRepeatHours: 0 }, path: 'dpoOverdueRepeatHours' },
    {
      name: 'a breach reminder past 72 hours',
      input: { breachReminderHoursBefore: [96] },
      path: 'breachReminderHoursBefore.0',
    },
    {
      name: 'a repeated breach hour',
      input: { breachReminderHoursBefore: [4, 4] },
      path: 'breachReminderHoursBefore',
    },
    {
      name: 'a breach repeat of 0 hours',
      input: { breachOverdueRepeatHours: 0 },
      path: 'breachOverdueRepeatHours',
    },
    {
      name: 'an extension decision as long as a month',
      input: { extensionDecisionDaysBeforeFirstMonthEnd: 31 },
      path: 'extensionDecisionDaysBeforeFirstMonthEnd',
    },
    {
      name: 'closing unverified before the reminder',
      input: { verificationReminderAfterDays: 5, closeUnverifiedAfterDays: 5 },
      path: 'closeUnverifiedAfterDays',
    },
    {
      name: 'stuck after 0 minutes',
      input: { stuckBeforeRoutingMinutes: 0 },
      path: 'stuckBeforeRoutingMinutes',
    },
    { name: 'no re-drive at all', input: { maxRedriveAttempts: 0 }, path: 'maxRedriveAttempts' },
    {
      name: 'a fractional number of re-drives',
      input: { maxRedriveAttempts: 2.5 },
      path: 'maxRedriveAttempts',
    },
  ];

  it.each(INVALID)('rejects $name at $path', ({ input, path }) => {
    // Act
    const result = EscalationLadderSchema.safeParse(input);

    // Assess
    expect(result.error?.issues.map((issue) => issue.path.join('.'))).toEqual([path]);
  });
});
