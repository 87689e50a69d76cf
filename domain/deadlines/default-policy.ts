import type { DeadlinePolicy } from './policy.ts';

/** What DeadlinePolicySchema makes of `{}` (a unit test holds the two together). */
export const DEFAULT_DEADLINE_POLICY: DeadlinePolicy = Object.freeze({
  clockStart: 'receipt',
  pausesEnabled: false,
  marketingOptOutWorkingDays: 2,
  questionFirstAnswerWorkingDays: 5,
  questionResolutionDays: 30,
  complaintFirstAnswerWorkingDays: 5,
  complaintResolutionDays: 30,
  breachHours: 72,
  holidays: Object.freeze({}),
});
