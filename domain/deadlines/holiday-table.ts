import { addDays, easterSunday, type LocalDate } from './calendar.ts';
import { DeadlineRuleError } from './errors.ts';
import { HOLIDAY_ROWS, HOLIDAY_YEARS } from './holiday-table.generated.ts';

/**
 * The holidays the desk counts, computed once at build time (scripts/build-holiday-table.ts, from
 * date-holidays and the national deadline laws in deadline-laws.ts) for a window of years, so that no
 * function bundle carries a holiday library (and its moment-timezone) at run time.
 *
 * A calendar is a country (`NL`) or one of its regions (`DE-BY`); a region's days come on top of its
 * country's. Each calendar lists the `MM-DD` days that are holidays in every year of the window, the
 * days that keep their distance to Easter in every year, and per year the others (a King's Day moved
 * off a Sunday, Midsummer, Store Bededag until it was abolished).
 *
 * The generated module holds a row or a few per calendar (`holidayRowsOf`), so that 56 calendars over 21
 * years stay a short file; the rows are read into this shape once, when the module loads.
 */
export interface HolidayTableData {
  readonly firstYear: number;
  readonly lastYear: number;
  readonly calendars: Readonly<Record<string, HolidayTableEntry>>;
}

export interface HolidayTableEntry {
  /** `MM-DD` days, space-separated, that are holidays in every year of the window. */
  readonly everyYear: string;
  /** Days counted from Easter Sunday that are holidays in every year (-2: Good Friday, 1: Easter Monday). */
  readonly easter: string;
  /** The other holidays of each year, `MM-DD` space-separated; a year with none is left out. */
  readonly byYear: Readonly<Record<number, string>>;
}

/** Rows stay about this short; a calendar with many single-year days continues on more rows. */
const ROW_CHARS = 100;

/**
 * One calendar as rows: `key|everyYear|easter|byYear`, byYear as `year:MM-DD,MM-DD` separated by
 * spaces (`NL|01-01 05-05 12-25 12-26|-2 1 39 50|2020:04-27 2021:04-27`); the years that do not fit
 * continue on rows `key|||year:MM-DD ...`.
 */
export function holidayRowsOf(key: string, entry: HolidayTableEntry): string[] {
  const years = Object.entries(entry.byYear).map(([year, days]) => `${year}:${days.split(' ').join(',')}`);
  const rows: string[] = [];
  let row = [key, entry.everyYear, entry.easter, ''].join('|');
  let yearsInRow = 0;
  for (const year of years) {
    if (yearsInRow > 0 && row.length + year.length + 1 > ROW_CHARS) {
      rows.push(row);
      row = `${key}|||`;
      yearsInRow = 0;
    }
    row += `${yearsInRow > 0 ? ' ' : ''}${year}`;
    yearsInRow += 1;
  }
  rows.push(row);
  return rows;
}

/** The calendars of the rows `holidayRowsOf` wrote (a calendar's rows add up). */
export function calendarsOfRows(rows: readonly string[]): Record<string, HolidayTableEntry> {
  const calendars: Record<string, { everyYear: string; easter: string; byYear: Record<number, string> }> = {};
  for (const row of rows) {
    const [key = '', everyYear = '', easter = '', years = ''] = row.split('|');
    const calendar = calendars[key] ?? { everyYear, easter, byYear: {} };
    calendars[key] = calendar;
    for (const yearDays of years === '' ? [] : years.split(' ')) {
      const [year = '', days = ''] = yearDays.split(':');
      calendar.byYear[Number(year)] = days.split(',').join(' ');
    }
  }
  return calendars;
}

const HOLIDAY_TABLE: HolidayTableData = {
  firstYear: HOLIDAY_YEARS.first,
  lastYear: HOLIDAY_YEARS.last,
  calendars: calendarsOfRows(HOLIDAY_ROWS),
};

/** The first and last year the table covers; a date outside them has no known holidays. */
export const HOLIDAY_TABLE_YEARS: { readonly first: number; readonly last: number } = Object.freeze({
  first: HOLIDAY_TABLE.firstYear,
  last: HOLIDAY_TABLE.lastYear,
});

/** The table's calendar key of a country and, optionally, a region (`BY` or `DE-BY`): `DE-BY`. */
export function holidayCalendarKey(country: string, region?: string): string {
  const countryCode = country.toUpperCase();
  if (region === undefined) return countryCode;
  const regionCode = region.toUpperCase();
  return regionCode.startsWith(`${countryCode}-`) ? regionCode : `${countryCode}-${regionCode}`;
}

/** True when the table has a calendar for `key` (`NL`, `DE-BY`). */
export function hasHolidayCalendar(key: string): boolean {
  return Object.hasOwn(HOLIDAY_TABLE.calendars, key);
}

/** The countries the table covers, sorted. */
export function holidayTableCountries(): string[] {
  return Object.keys(HOLIDAY_TABLE.calendars).filter((key) => !key.includes('-'));
}

/** The regions of `country` the table covers, as their short codes (`BY`), sorted. */
export function holidayTableRegions(country: string): string[] {
  const prefix = `${country.toUpperCase()}-`;
  return Object.keys(HOLIDAY_TABLE.calendars)
    .filter((key) => key.startsWith(prefix))
    .map((key) => key.slice(prefix.length));
}

/**
 * The holidays of calendar `key` in `year`, region and country together. Throws a DeadlineRuleError
 * (`outside_holiday_table`) for a year the table does not cover: counting unknown days as working
 * days would shorten deadlines without anyone noticing.
 */
export function tableHolidaysIn(key: string, year: number): LocalDate[] {
  if (year < HOLIDAY_TABLE.firstYear || year > HOLIDAY_TABLE.lastYear) {
    throw new DeadlineRuleError(
      'outside_holiday_table',
      `The holiday table covers ${HOLIDAY_TABLE.firstYear} to ${HOLIDAY_TABLE.lastYear}, not ${year}: extend the window in scripts/build-holiday-table.ts and run npm run build:holiday-table`,
    );
  }
  const dashAt = key.indexOf('-');
  const keys = dashAt === -1 ? [key] : [key.slice(0, dashAt), key];
  const dates: LocalDate[] = [];
  for (const calendarKey of keys) {
    const entry = HOLIDAY_TABLE.calendars[calendarKey];
    if (!entry) continue;
    for (const monthDay of splitDays(entry.everyYear)) dates.push(`${year}-${monthDay}`);
    for (const offset of splitDays(entry.easter)) dates.push(addDays(easterSunday(year), Number(offset)));
    for (const monthDay of splitDays(entry.byYear[year] ?? '')) dates.push(`${year}-${monthDay}`);
  }
  return [...new Set(dates)].sort();
}

function splitDays(days: string): string[] {
  return days === '' ? [] : days.split(' ');
}
