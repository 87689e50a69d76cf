/** Deadlines of privacy requests (DOMAIN.md, "Deadlines"): pure, no AWS, the clock passed in. */
export { addMonthsClamped, endOfLocalDay, type LocalDate, localDateOf } from './calendar.ts';
export {
  type ClockPause,
  computeDueDate,
  type DeadlineBasis,
  type DueDate,
  type DueDateInput,
  type ExtensionMonths,
} from './compute-due-date.ts';
export { DEADLINE_LAWS, type DeadlineLaw, deadlineLawOf } from './deadline-laws.ts';
export { type DeadlineRuleCode, DeadlineRuleError } from './errors.ts';
export { assertExtensionAllowed, type ExtensionRequest, extendDueDate } from './extension.ts';
export {
  type HolidayAdjustment,
  type HolidayAdjustments,
  HolidayAdjustmentsSchema,
} from './holiday-adjustments.ts';
export { HOLIDAY_TABLE_YEARS } from './holiday-table.ts';
export { type HolidayCalendar, holidayCalendarFor } from './holidays.ts';
export { DEFAULT_DEADLINE_POLICY, type DeadlinePolicy, DeadlinePolicySchema } from './policy.ts';
export { DEFAULT_TIME_ZONES, defaultTimeZoneOf, resolveTimeZone } from './time-zones.ts';
