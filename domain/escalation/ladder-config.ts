import * as z from 'zod';
import { MINUTES_PER_DAY } from '../time-units.ts';

/**
 * Lead times, in whole units named by the field, without repeats. Whole numbers keep the step keys
 * readable and stable (`assignee-reminder:7d`, `breach:24h`).
 */
function leadTimes(max: number, unit: string) {
  return z
    .array(z.int().min(1).max(max))
    .max(10)
    .refine((values) => new Set(values).size === values.length, {
      message: `must not repeat a number of ${unit}`,
    })
    .readonly();
}

/**
 * The escalation ladder of a deployment (DOMAIN.md, "Escalation"): assignee, team manager, DPO.
 * Every field has a default, so `{}` is a valid ladder. Durations are whole numbers with the unit in
 * the field name. Changing a lead time changes the key of its step (`assignee-reminder:5d` instead of
 * `assignee-reminder:7d`), so a case already past the old step may receive the new one once.
 */
export const EscalationLadderSchema = z
  .object({
    /** Reminders to the assignee, this many days before the due date (manager when unassigned). */
    assigneeReminderDaysBefore: leadTimes(90, 'days').default(() => [7, 2]),
    /** The team manager, this many days before the due date, when the requester has had no first response. */
    managerNoFirstResponseDaysBefore: z.int().min(1).max(90).default(2),
    /** The team manager, when a case has had no assignee for more than this many minutes. */
    managerUnassignedAfterMinutes: z
      .int()
      .min(1)
      .max(7 * MINUTES_PER_DAY)
      .default(60),
    /** The DPO, once the case is overdue and again every this many hours while it stays overdue. */
    dpoOverdueRepeatHours: z
      .int()
      .min(1)
      .max(31 * 24)
      .default(24),
    /** breach_report: the DPO and manager, this many hours before the 72-hour deadline. */
    breachReminderHoursBefore: leadTimes(72, 'hours').default(() => [24, 4]),
    /** breach_report: the DPO and manager every this many hours once overdue. */
    breachOverdueRepeatHours: z.int().min(1).max(72).default(1),
    /** Rights requests: remind the assignee to decide on an extension this many days before the first month ends. */
    extensionDecisionDaysBeforeFirstMonthEnd: z.int().min(1).max(27).default(7),
    /** Unverified submissions: one reminder to the requester this many days after receipt. */
    verificationReminderAfterDays: z.int().min(1).max(60).default(3),
    /** Unverified submissions: closed this many days after receipt. */
    closeUnverifiedAfterDays: z.int().min(1).max(90).default(14),
    /** A case still `received` (not routed) after more than this many minutes is stuck and redriven. */
    stuckBeforeRoutingMinutes: z.int().min(1).max(MINUTES_PER_DAY).default(10),
    /**
     * Work the sweep re-drives (a case stuck before routing, an outbox email never sent) is re-driven
     * at most this many times; the next sweep gives up on it, records that on the case and counts it
     * in the metric the operators' alarm reads, instead of re-sending a message that fails for good.
     */
    maxRedriveAttempts: z.int().min(1).max(100).default(5),
  })
  .refine((ladder) => ladder.closeUnverifiedAfterDays > ladder.verificationReminderAfterDays, {
    path: ['closeUnverifiedAfterDays'],
    message: 'must be later than verificationReminderAfterDays',
  });

export type EscalationLadder = z.infer<typeof EscalationLadderSchema>;

// Written out in its own module so that the sweep does not build this schema at import.
export { DEFAULT_ESCALATION_LADDER } from './default-ladder.ts';
