/**
 * Builds domain/deadlines/holiday-table.generated.ts: the holidays the desk counts, for the countries
 * and regions below, for a window of years. Run `npm run build:holiday-table` after changing the
 * window, the countries, a law in domain/deadlines/deadline-laws.ts or the date-holidays version; a
 * unit test fails while the committed table differs from what this script makes.
 *
 * Each calendar is date-holidays' days of type `public` (as the desk counted them at run time before)
 * plus the extra days of the country's deadline law. date-holidays is needed here only: the functions
 * read the table.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import Holidays from 'date-holidays';
import { daysBetween, easterSunday } from '../domain/deadlines/calendar.ts';
import { DEADLINE_LAWS, statutoryDayIn } from '../domain/deadlines/deadline-laws.ts';
import {
  type HolidayTableData,
  type HolidayTableEntry,
  holidayRowsOf,
} from '../domain/deadlines/holiday-table.ts';
import { DEFAULT_TIME_ZONES } from '../domain/deadlines/time-zones.ts';

/** Deadlines that end after the last year fail loudly (see holiday-table.ts): move the window in time. */
export const TABLE_FIRST_YEAR = 2020;
export const TABLE_LAST_YEAR = 2040;

/**
 * Every country with a default zone (the EEA, Switzerland and the United Kingdom), and the United States
 * for entities that name their zone. A team's country must be one of them (the config checks it).
 */
export const TABLE_COUNTRIES: readonly string[] = [...Object.keys(DEFAULT_TIME_ZONES), 'US'].sort();

/** Countries whose subdivisions (date-holidays' states) a team may name as its `holidayRegion`. */
export const TABLE_REGION_COUNTRIES: readonly string[] = ['BE', 'DE', 'NL'];

export const GENERATED_FILE = fileURLToPath(
  new URL('../domain/deadlines/holiday-table.generated.ts', import.meta.url),
);

/** A calendar's holidays by year, as full dates. */
export type HolidaysByYear = Map<number, Set<string>>;

/**
 * Every calendar's holidays in every year of the window, a region's together with its country's: what
 * the table must give back at run time.
 */
export function buildHolidayCalendars(): Map<string, HolidaysByYear> {
  const registry = new Holidays();
  const calendars = new Map<string, HolidaysByYear>();
  for (const country of TABLE_COUNTRIES) {
    if (!Object.hasOwn(registry.getCountries(), country)) {
      throw new Error(`date-holidays has no data for ${country}`);
    }
    const national = new Holidays(country);
    calendars.set(
      country,
      yearsOf((year) => holidaysIn(country, national, year)),
    );
    if (!TABLE_REGION_COUNTRIES.includes(country)) continue;
    for (const region of Object.keys(registry.getStates(country) ?? {}).sort()) {
      const regional = new Holidays(country, region);
      calendars.set(
        `${country}-${region}`,
        yearsOf((year) => holidaysIn(country, regional, year)),
      );
    }
  }
  return calendars;
}

/** The holiday table: each calendar compressed, a region's holding only the days its country lacks. */
export function buildHolidayTable(calendars = buildHolidayCalendars()): HolidayTableData {
  const entries: Record<string, HolidayTableEntry> = {};
  for (const [key, years] of calendars) {
    const country = key.split('-')[0] ?? key;
    const national = key === country ? undefined : calendars.get(country);
    if (!national) {
      entries[key] = compress(years);
      continue;
    }
    const ownDays: HolidaysByYear = new Map();
    for (const [year, dates] of years) {
      const nationalDays = national.get(year) ?? new Set<string>();
      // The runtime adds the country's days to a region's: a region without one of them cannot be said.
      for (const date of nationalDays) {
        if (!dates.has(date)) throw new Error(`${key} lacks the national holiday ${date}`);
      }
      ownDays.set(year, new Set([...dates].filter((date) => !nationalDays.has(date))));
    }
    entries[key] = compress(ownDays);
  }
  return { firstYear: TABLE_FIRST_YEAR, lastYear: TABLE_LAST_YEAR, calendars: entries };
}

/** date-holidays' public days of a country or region, plus the extra days of the country's law. */
function holidaysIn(country: string, holidays: Holidays, year: number): Set<string> {
  const days = publicDaysIn(holidays, year);
  for (const day of DEADLINE_LAWS[country]?.extraDays ?? []) days.add(statutoryDayIn(day, year));
  return days;
}

/** date-holidays' `date` is the local date and time as "YYYY-MM-DD hh:mm:ss", whatever the process's zone. */
function publicDaysIn(holidays: Holidays, year: number): Set<string> {
  return new Set(
    holidays
      .getHolidays(year)
      .filter((holiday) => holiday.type === 'public')
      .map((holiday) => holiday.date.slice(0, 10)),
  );
}

function yearsOf(daysIn: (year: number) => Set<string>): Map<number, Set<string>> {
  const years = new Map<number, Set<string>>();
  for (let year = TABLE_FIRST_YEAR; year <= TABLE_LAST_YEAR; year++) years.set(year, daysIn(year));
  return years;
}

/**
 * Days on the same MM-DD in every year go once into `everyYear`, days at the same distance from Easter
 * in every year into `easter`, the rest by year.
 */
function compress(years: HolidaysByYear): HolidayTableEntry {
  const inEveryYear = <T>(keyOf: (date: string, year: number) => T): T[] => {
    const perYear = [...years].map(([year, dates]) => new Set([...dates].map((date) => keyOf(date, year))));
    return [...(perYear[0] ?? [])].filter((key) => perYear.every((keys) => keys.has(key)));
  };
  const monthDayOf = (date: string) => date.slice(5);
  const easterOffsetOf = (date: string, year: number) => daysBetween(easterSunday(year), date);
  const everyYear = inEveryYear(monthDayOf).sort();
  const easter = inEveryYear(easterOffsetOf).sort((a, b) => a - b);
  const byYear: Record<number, string> = {};
  for (const [year, dates] of years) {
    const others = [...dates]
      .filter((date) => !everyYear.includes(monthDayOf(date)) && !easter.includes(easterOffsetOf(date, year)))
      .map(monthDayOf)
      .sort();
    if (others.length > 0) byYear[year] = others.join(' ');
  }
  return { everyYear: everyYear.join(' '), easter: easter.join(' '), byYear };
}

/** The generated module's text, formatted as biome formats it: a row or a few per calendar (`holidayRowsOf`). */
export function renderHolidayTable(table: HolidayTableData): string {
  const version = dateHolidaysVersion();
  return [
    `// Generated by scripts/build-holiday-table.ts from date-holidays ${version} and domain/deadlines/deadline-laws.ts.`,
    '// Do not edit: change the script or the laws and run `npm run build:holiday-table`.',
    '// Rows per calendar: key|MM-DD of every year|days from Easter|year:MM-DD,MM-DD of single years.',
    '',
    `export const HOLIDAY_YEARS = { first: ${table.firstYear}, last: ${table.lastYear} } as const;`,
    '',
    'export const HOLIDAY_ROWS: readonly string[] = [',
    ...Object.entries(table.calendars).flatMap(([key, entry]) =>
      holidayRowsOf(key, entry).map((row) => `  '${row}',`),
    ),
    '];',
    '',
  ].join('\n');
}

function dateHolidaysVersion(): string {
  const manifest = new URL('../node_modules/date-holidays/package.json', import.meta.url);
  return (JSON.parse(readFileSync(manifest, 'utf8')) as { version: string }).version;
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) {
  writeFileSync(GENERATED_FILE, renderHolidayTable(buildHolidayTable()));
  console.log(`Wrote ${GENERATED_FILE}`);
}
