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
import { DEADLINE_LAWS, statutoryDayIn } from '../domain/deadlines/deadline-laws.ts';
import type { HolidayTableData, HolidayTableEntry } from '../domain/deadlines/holiday-table.ts';
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

/** The holiday table, computed from date-holidays and the deadline laws. */
export function buildHolidayTable(): HolidayTableData {
  const registry = new Holidays();
  const calendars: Record<string, HolidayTableEntry> = {};
  for (const country of TABLE_COUNTRIES) {
    if (!Object.hasOwn(registry.getCountries(), country)) {
      throw new Error(`date-holidays has no data for ${country}`);
    }
    const national = new Holidays(country);
    const countryDays = yearsOf((year) => holidaysIn(country, national, year));
    calendars[country] = compress(countryDays);
    if (!TABLE_REGION_COUNTRIES.includes(country)) continue;
    for (const region of Object.keys(registry.getStates(country) ?? {}).sort()) {
      const holidays = new Holidays(country, region);
      const regionDays = yearsOf((year) => {
        const nationalDays = countryDays.get(year) ?? new Set<string>();
        const regional = holidaysIn(country, holidays, year);
        // A region's entry lists only its own days; the runtime adds the country's.
        for (const date of nationalDays) {
          if (!regional.has(date)) throw new Error(`${country}-${region} lacks the national holiday ${date}`);
        }
        return new Set([...regional].filter((date) => !nationalDays.has(date)));
      });
      calendars[`${country}-${region}`] = compress(regionDays);
    }
  }
  return { firstYear: TABLE_FIRST_YEAR, lastYear: TABLE_LAST_YEAR, calendars };
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

/** Days that fall on the same MM-DD in every year go once into `everyYear`; the rest by year. */
function compress(years: Map<number, Set<string>>): HolidayTableEntry {
  const monthDays = [...years.values()].map((dates) => new Set([...dates].map((date) => date.slice(5))));
  const everyYear = [...(monthDays[0] ?? [])]
    .filter((day) => monthDays.every((days) => days.has(day)))
    .sort();
  const byYear: Record<number, string> = {};
  for (const [year, dates] of years) {
    const others = [...dates]
      .map((date) => date.slice(5))
      .filter((day) => !everyYear.includes(day))
      .sort();
    if (others.length > 0) byYear[year] = others.join(' ');
  }
  return { everyYear: everyYear.join(' '), byYear };
}

/** The generated module's text, formatted as biome formats it. */
export function renderHolidayTable(table: HolidayTableData): string {
  const version = dateHolidaysVersion();
  const lines = [
    `// Generated by scripts/build-holiday-table.ts from date-holidays ${version} and domain/deadlines/deadline-laws.ts.`,
    '// Do not edit: change the script or the laws and run `npm run build:holiday-table`.',
    "import type { HolidayTableData } from './holiday-table.ts';",
    '',
    'export const HOLIDAY_TABLE: HolidayTableData = {',
    `  firstYear: ${table.firstYear},`,
    `  lastYear: ${table.lastYear},`,
    '  calendars: {',
  ];
  for (const [key, entry] of Object.entries(table.calendars)) {
    const years = Object.entries(entry.byYear);
    lines.push(`    ${/^[A-Z]+$/.test(key) ? key : `'${key}'`}: {`);
    lines.push(`      everyYear: '${entry.everyYear}',`);
    if (years.length === 0) {
      lines.push('      byYear: {},');
    } else {
      lines.push('      byYear: {');
      for (const [year, days] of years) lines.push(`        ${year}: '${days}',`);
      lines.push('      },');
    }
    lines.push('    },');
  }
  lines.push('  },', '};', '');
  return lines.join('\n');
}

function dateHolidaysVersion(): string {
  const manifest = new URL('../node_modules/date-holidays/package.json', import.meta.url);
  return (JSON.parse(readFileSync(manifest, 'utf8')) as { version: string }).version;
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) {
  writeFileSync(GENERATED_FILE, renderHolidayTable(buildHolidayTable()));
  console.log(`Wrote ${GENERATED_FILE}`);
}
