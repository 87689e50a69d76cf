import * as z from 'zod';

/* The configuration's numbers: retention periods, the form's limits, the API's throttles. */

const months = (fallback: number) => z.int().positive().max(1200).default(fallback);

/**
 * A key of the former retention settings in days: refused at start, naming its replacement, so an
 * operator who upgrades learns that the periods are now calendar months instead of having a number
 * of days silently read as months.
 */
const retiredDays = (replacement: string, example: number) =>
  z
    .undefined({
      error: `Retention periods are counted in calendar months: replace this key with ${replacement} (e.g. ${example})`,
    })
    .optional();

/** Calendar months after which data is purged (DOMAIN.md, "Confidentiality and retention"). */
export const RetentionSchema = z
  .strictObject({
    /** A closed case's content; an anonymous record may stay for statistics. */
    closedCaseMonths: months(12),
    /** Job-application documents: "at the latest 6 months" after the closing date. */
    jobApplicationMonths: months(6),
    /** Marketing contact data: "at the latest 24 months" after the last recorded activity. */
    marketingContactMonths: months(24),
    closedCaseDays: retiredDays('closedCaseMonths', 12),
    jobApplicationDays: retiredDays('jobApplicationMonths', 6),
    marketingContactDays: retiredDays('marketingContactMonths', 24),
  })
  .transform(({ closedCaseMonths, jobApplicationMonths, marketingContactMonths }) => ({
    closedCaseMonths,
    jobApplicationMonths,
    marketingContactMonths,
  }));
export type Retention = z.infer<typeof RetentionSchema>;

/**
 * Limits of the public form. The form emails whatever address it is given, so one address gets at
 * most `acknowledgementsPerRecipient` acknowledgements within `acknowledgementWindowHours` (a sliding
 * window); cases beyond it are created and answered as usual, only not acknowledged by email.
 */
export const IntakeLimitsSchema = z.strictObject({
  acknowledgementsPerRecipient: z.int().positive().max(1000).default(5),
  acknowledgementWindowHours: z
    .int()
    .positive()
    .max(31 * 24)
    .default(24),
});
export type IntakeLimits = z.infer<typeof IntakeLimitsSchema>;

const RouteThrottleSchema = (rateLimit: number, burstLimit: number) =>
  z
    .strictObject({
      /** Requests per second, on average. */
      rateLimit: z.number().positive().max(10_000).default(rateLimit),
      /** Requests admitted at once before the rate applies. */
      burstLimit: z.int().positive().max(10_000).default(burstLimit),
    })
    .prefault({});

/**
 * Throttling of the public API per kind of route (API Gateway route settings; the local gateway
 * enforces the same). Sized for a surge: after a breach notice thousands of honest people may write
 * within the hour; the form takes 200 a second, verification and status reads follow at a lower rate.
 * These limits protect the desk's back end as a whole, not against one caller (see the README).
 */
export const ThrottlingSchema = z.strictObject({
  /** POST /requests: the form. */
  form: RouteThrottleSchema(200, 400),
  /** GET /requests/verify: one click per submission. */
  verification: RouteThrottleSchema(100, 200),
  /** GET /requests/{ref} and its export: a requester checking a case. */
  statusReads: RouteThrottleSchema(50, 100),
  /** /staff/*: the staff API, its own limit so that a surge on the form never locks staff out (and back). */
  staff: RouteThrottleSchema(25, 50),
});
export type Throttling = z.infer<typeof ThrottlingSchema>;
export type ThrottledRoute = keyof Throttling;
