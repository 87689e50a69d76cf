import Holidays from 'date-holidays';
import { addDays, isWeekend, type LocalDate } from './calendar.ts';
import { DeadlineRuleError } from './errors.ts';

/**
 * The working days of a handling entity: Monday to Friday, less the public holidays that date-holidays
 * knows for its country (and optional region). Only holidays of type `public` count; observances,
 * optional, bank and school holidays (NL: Good Friday, Liberation Day; NO: Christmas Eve) are working
 * days. Adding a country is configuration: any country and subdivision date-holidays supports works.
 */
export interface HolidayCalendar {
  readonly country: string;
  readonly region: string | undefined;
  isPublicHoliday(date: LocalDate): boolean;
  isWorkingDay(date: LocalDate): boolean;
  /** The first working day strictly after `date`. */
  nextWorkingDay(date: LocalDate): LocalDate;
  /** The `count`-th working day after `date`, not counting `date` itself (count >= 1). */
  addWorkingDays(date: LocalDate, count: number): LocalDate;
}

/** The registry of supported countries; building it once is enough. */
const registry = new Holidays();

/** One calendar per country/region for the life of the process: a Holidays instance is CPU-heavy. */
const calendars = new Map<string, HolidayCalendar>();

/** A year of working days never has more than this many days off in a row (guards a bad data set). */
const MAX_DAYS_OFF_IN_A_ROW = 14;

/**
 * The holiday calendar of `country` (ISO 3166-1 alpha-2, case-insensitive) and, optionally, `region`:
 * an ISO 3166-2 subdivision as date-holidays names it (`BY` or `DE-BY` for Bavaria).
 */
export function holidayCalendarFor(country: string, region?: string): HolidayCalendar {
  const countryCode = country.toUpperCase();
  const regionCode = region ? normalizeRegion(countryCode, region) : undefined;
  const key = `${countryCode}/${regionCode ?? ''}`;
  const cached = calendars.get(key);
  if (cached) return cached;

  if (!Object.hasOwn(registry.getCountries(), countryCode)) {
    throw new DeadlineRuleError('unknown_country', `No public holidays are known for country ${countryCode}`);
  }
  if (regionCode && !Object.hasOwn(registry.getStates(countryCode) ?? {}, regionCode)) {
    throw new DeadlineRuleError('unknown_region', `Country ${countryCode} has no region ${regionCode}`);
  }
  const holidays = regionCode ? new Holidays(countryCode, regionCode) : new Holidays(countryCode);
  const calendar = createCalendar(countryCode, regionCode, holidays);
  calendars.set(key, calendar);
  return calendar;
}

function normalizeRegion(countryCode: string, region: string): string {
  const code = region.toUpperCase();
  return code.startsWith(`${countryCode}-`) ? code.slice(countryCode.length + 1) : code;
}

function createCalendar(country: string, region: string | undefined, holidays: Holidays): HolidayCalendar {
  const publicHolidaysByYear = new Map<number, ReadonlySet<LocalDate>>();

  const publicHolidaysIn = (year: number): ReadonlySet<LocalDate> => {
    let dates = publicHolidaysByYear.get(year);
    if (!dates) {
      // `date` is the local date and time as "YYYY-MM-DD hh:mm:ss", independent of the process's zone.
      dates = new Set(
        holidays
          .getHolidays(year)
          .filter((holiday) => holiday.type === 'public')
          .map((holiday) => holiday.date.slice(0, 10)),
      );
      publicHolidaysByYear.set(year, dates);
    }
    return dates;
  };

  const isPublicHoliday = (date: LocalDate): boolean => publicHolidaysIn(Number(date.slice(0, 4))).has(date);
  const isWorkingDay = (date: LocalDate): boolean => !isWeekend(date) && !isPublicHoliday(date);

  const nextWorkingDay = (date: LocalDate): LocalDate => {
    let candidate = addDays(date, 1);
    for (let step = 0; step < MAX_DAYS_OFF_IN_A_ROW && !isWorkingDay(candidate); step++) {
      candidate = addDays(candidate, 1);
    }
    if (!isWorkingDay(candidate)) {
      throw new Error(`No working day within ${MAX_DAYS_OFF_IN_A_ROW} days after ${date} in ${country}`);
    }
    return candidate;
  };

  const addWorkingDays = (date: LocalDate, count: number): LocalDate => {
    if (!Number.isInteger(count) || count < 1)
      throw new RangeError(`count must be a positive integer: ${count}`);
    let day = date;
    for (let added = 0; added < count; added++) day = nextWorkingDay(day);
    return day;
  };

  return { country, region, isPublicHoliday, isWorkingDay, nextWorkingDay, addWorkingDays };
}
