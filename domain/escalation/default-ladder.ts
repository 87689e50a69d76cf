import type { EscalationLadder } from './ladder-config.ts';

/**
 * What EscalationLadderSchema makes of `{}` (a unit test holds the two together), frozen to the last
 * array so no caller can change them for everyone.
 */
export const DEFAULT_ESCALATION_LADDER: EscalationLadder = Object.freeze({
  assigneeReminderDaysBefore: Object.freeze([7, 2]),
  managerNoFirstResponseDaysBefore: 2,
  managerUnassignedAfterMinutes: 60,
  dpoOverdueRepeatHours: 24,
  breachReminderHoursBefore: Object.freeze([24, 4]),
  breachOverdueRepeatHours: 1,
  extensionDecisionDaysBeforeFirstMonthEnd: 7,
  verificationReminderAfterDays: 3,
  closeUnverifiedAfterDays: 14,
  stuckBeforeRoutingMinutes: 10,
  maxRedriveAttempts: 5,
});
