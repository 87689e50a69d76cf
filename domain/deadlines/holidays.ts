import { addDays, isWeekend, type LocalDate } from './calendar.ts';
import { deadlineLawOf } from './deadline-laws.ts';
import { DeadlineRuleError } from './errors.ts';
import type { HolidayAdjustments } from './holiday-adjustments.ts';
import {
  hasHolidayCalendar,
  holidayCalendarKey,
  holidayTableCountries,
  holidayTableRegions,
  tableHolidaysIn,
} from './holiday-table.ts';

/**
 * The working days of a handling entity: Monday to Friday, less the holidays its country's deadline law
 * designates (deadline-laws.ts; date-holidays' public days where no law is written down there), as the
 * build-time holiday table holds them, with the operator's additions and removals from the
 * configuration. A date in a year the table does not cover throws a DeadlineRuleError
 * (`outside_holiday_table`) rather than passing for a working day.
 */
export interface HolidayCalendar {
  readonly country: string;
  readonly region: string | undefined;
  /** The legal source of the country's holidays, or date-holidays' public days where none is written down. */
  readonly law: string;
  isPublicHoliday(date: LocalDate): boolean;
  isWorkingDay(date: LocalDate): boolean;
  /** The first working day strictly after `date`. */
  nextWorkingDay(date: LocalDate): LocalDate;
  /** `date` when it is a working day, else the last working day before it. */
  lastWorkingDayOnOrBefore(date: LocalDate): LocalDate;
  /** The `count`-th working day after `date`, not counting `date` itself (count >= 1). */
  addWorkingDays(date: LocalDate, count: number): LocalDate;
}

/** One calendar per country/region and set of adjustments for the life of the process. */
const calendars = new Map<string, HolidayCalendar>();
const adjustedCalendars = new WeakMap<HolidayAdjustments, Map<string, HolidayCalendar>>();

/** A year of working days never has more than this many days off in a row (guards a bad data set). */
const MAX_DAYS_OFF_IN_A_ROW = 14;

/**
 * The holiday calendar of `country` (ISO 3166-1 alpha-2, case-insensitive) and, optionally, `region`
 * (`BY` or `DE-BY` for Bavaria), with the operator's `adjustments` (the deadline policy's `holidays`).
 */
export function holidayCalendarFor(
  country: string,
  region?: string,
  adjustments?: HolidayAdjustments,
): HolidayCalendar {
  const countryCode = country.toUpperCase();
  const key = holidayCalendarKey(countryCode, region);
  const cache = adjustments === undefined ? calendars : adjustedCalendarsOf(adjustments);
  const cached = cache.get(key);
  if (cached) return cached;

  if (!hasHolidayCalendar(countryCode)) {
    throw new DeadlineRuleError(
      'unknown_country',
      `No holiday calendar for country ${countryCode}; the holiday table covers ${holidayTableCountries().join(', ')}`,
    );
  }
  if (!hasHolidayCalendar(key)) {
    const regions = holidayTableRegions(countryCode);
    throw new DeadlineRuleError(
      'unknown_region',
      `No holiday calendar for region ${key}; ${regions.length > 0 ? `the table has ${regions.join(', ')}` : `the table has no regions of ${countryCode}`}`,
    );
  }
  const regionCode = key === countryCode ? undefined : key.slice(countryCode.length + 1);
  const calendar = createCalendar(countryCode, regionCode, key, adjustments);
  cache.set(key, calendar);
  return calendar;
}

function adjustedCalendarsOf(adjustments: HolidayAdjustments): Map<string, HolidayCalendar> {
  let cache = adjustedCalendars.get(adjustments);
  if (!cache) {
    cache = new Map();
    adjustedCalendars.set(adjustments, cache);
  }
  return cache;
}

function createCalendar(
  country: string,
  region: string | undefined,
  key: string,
  adjustments: HolidayAdjustments | undefined,
): HolidayCalendar {
  // The country's changes first, then the region's; removals win over additions.
  const changes = [adjustments?.[country], region === undefined ? undefined : adjustments?.[key]];
  const added = new Set(changes.flatMap((change) => change?.add ?? []));
  const removed = new Set(changes.flatMap((change) => change?.remove ?? []));
  const holidaysByYear = new Map<number, ReadonlySet<LocalDate>>();

  const holidaysIn = (year: number): ReadonlySet<LocalDate> => {
    let dates = holidaysByYear.get(year);
    if (!dates) {
      const inYear = (date: LocalDate) => date.startsWith(`${year}-`);
      dates = new Set(
        [...tableHolidaysIn(key, year), ...[...added].filter(inYear)].filter((date) => !removed.has(date)),
      );
      holidaysByYear.set(year, dates);
    }
    return dates;
  };

  const isPublicHoliday = (date: LocalDate): boolean => holidaysIn(Number(date.slice(0, 4))).has(date);
  const isWorkingDay = (date: LocalDate): boolean => !isWeekend(date) && !isPublicHoliday(date);

  const nearestWorkingDay = (date: LocalDate, step: 1 | -1): LocalDate => {
    let candidate = addDays(date, step);
    for (let taken = 0; taken < MAX_DAYS_OFF_IN_A_ROW && !isWorkingDay(candidate); taken++) {
      candidate = addDays(candidate, step);
    }
    if (!isWorkingDay(candidate)) {
      throw new Error(`No working day within ${MAX_DAYS_OFF_IN_A_ROW} days of ${date} in ${key}`);
    }
    return candidate;
  };

  const nextWorkingDay = (date: LocalDate): LocalDate => nearestWorkingDay(date, 1);
  const lastWorkingDayOnOrBefore = (date: LocalDate): LocalDate =>
    isWorkingDay(date) ? date : nearestWorkingDay(date, -1);

  const addWorkingDays = (date: LocalDate, count: number): LocalDate => {
    if (!Number.isInteger(count) || count < 1)
      throw new RangeError(`count must be a positive integer: ${count}`);
    let day = date;
    for (let added = 0; added < count; added++) day = nextWorkingDay(day);
    return day;
  };

  return {
    country,
    region,
    law: deadlineLawOf(country)?.source ?? "date-holidays' public holidays",
    isPublicHoliday,
    isWorkingDay,
    nextWorkingDay,
    lastWorkingDayOnOrBefore,
    addWorkingDays,
  };
}
