import * as z from 'zod';
import { HolidayAdjustmentsSchema } from './holiday-adjustments.ts';

/**
 * How a deployment counts its deadlines. Every field has a default, so `{}` is a valid policy.
 *
 * The legal deadlines (one month for rights requests, 72 hours for breach reports) are not configurable
 * beyond what the law allows: `breachHours` may be shortened, never lengthened past 72.
 * Internal targets (marketing opt-out, questions, complaints) are the deployment's own service levels.
 */
export const DeadlinePolicySchema = z.object({
  /** When the clock of a request starts: at receipt (default) or once the requester verified their email. */
  clockStart: z.enum(['receipt', 'verification']).default('receipt'),
  /**
   * "Stop the clock" while waiting for the requester's clarification. Off by default: not every
   * supervisory authority accepts it.
   */
  pausesEnabled: z.boolean().default(false),
  /** marketing_opt_out: act without undue delay, within this many working days. */
  marketingOptOutWorkingDays: z.int().min(1).max(30).default(2),
  /** question: first answer within this many working days. */
  questionFirstAnswerWorkingDays: z.int().min(1).max(60).default(5),
  /** question: resolved within this many calendar days. */
  questionResolutionDays: z.int().min(1).max(365).default(30),
  /** complaint: first answer within this many working days. */
  complaintFirstAnswerWorkingDays: z.int().min(1).max(60).default(5),
  /** complaint: resolved within this many calendar days. */
  complaintResolutionDays: z.int().min(1).max(365).default(30),
  /** breach_report: hours from receipt, weekends and holidays included; Art. 33 allows at most 72. */
  breachHours: z.int().min(1).max(72).default(72),
  /**
   * The operator's additions to and removals from the holiday table, per country (`NL`) or region
   * (`DE-BY`): `{ "NL": { "add": ["2026-12-24"], "remove": [] } }`. See holiday-adjustments.ts.
   */
  holidays: HolidayAdjustmentsSchema.default({}),
});

export type DeadlinePolicy = z.infer<typeof DeadlinePolicySchema>;

// Written out in its own module so that computing a deadline does not build this schema.
export { DEFAULT_DEADLINE_POLICY } from './default-policy.ts';
