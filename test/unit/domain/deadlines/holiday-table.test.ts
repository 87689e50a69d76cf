import { readFileSync } from 'node:fs';
import Holidays from 'date-holidays';
import { beforeAll, describe, expect, it } from 'vitest';
import { easterSunday } from '../../../../domain/deadlines/calendar.ts';
import { DEADLINE_LAWS, statutoryDayIn } from '../../../../domain/deadlines/deadline-laws.ts';
import {
  calendarsOfRows,
  HOLIDAY_TABLE_YEARS,
  holidayRowsOf,
  holidayTableCountries,
  holidayTableRegions,
  tableHolidaysIn,
} from '../../../../domain/deadlines/holiday-table.ts';
import {
  buildHolidayCalendars,
  buildHolidayTable,
  GENERATED_FILE,
  type HolidaysByYear,
  renderHolidayTable,
} from '../../../../scripts/build-holiday-table.ts';

/** date-holidays computes 50-odd calendars for 21 years: a few seconds on a busy machine. */
const GENERATION_TIMEOUT_MS = 60_000;

describe('holiday-table.generated.ts', () => {
  let calendars: Map<string, HolidaysByYear>;
  beforeAll(() => {
    calendars = buildHolidayCalendars();
  }, GENERATION_TIMEOUT_MS);

  it('is what scripts/build-holiday-table.ts makes (no hand edits, not stale)', () => {
    // Act
    const generated = renderHolidayTable(buildHolidayTable(calendars));

    // Assess
    const committed = readFileSync(GENERATED_FILE, 'utf8');
    expect(committed === generated, 'stale or edited by hand: run npm run build:holiday-table').toBe(true);
  });

  it('reads back from its rows exactly the table it was built from', () => {
    // Prepare
    const table = buildHolidayTable(calendars);

    // Act
    const rows = Object.entries(table.calendars).flatMap(([key, entry]) => holidayRowsOf(key, entry));

    // Assess
    expect(calendarsOfRows(rows)).toEqual(table.calendars);
    expect(readFileSync(GENERATED_FILE, 'utf8').split('\n').length).toBeLessThan(400);
  });

  it('gives back every holiday of every calendar and year, and nothing else', () => {
    // Prepare
    const differences: string[] = [];

    // Act
    for (const [key, years] of calendars) {
      for (const [year, dates] of years) {
        const expected = [...dates].sort().join(' ');
        const actual = tableHolidaysIn(key, year).join(' ');
        if (actual !== expected) differences.push(`${key} ${year}: ${actual} instead of ${expected}`);
      }
    }

    // Assess
    expect({ calendars: calendars.size, differences }).toEqual({ calendars: 56, differences: [] });
  });

  it('covers the desk countries and the German regions for 2020 to 2040', () => {
    // Act
    const coverage = {
      years: HOLIDAY_TABLE_YEARS,
      core: ['NL', 'BE', 'NO', 'SE', 'DK', 'FI', 'DE'].filter((c) => !holidayTableCountries().includes(c)),
      germanRegions: holidayTableRegions('DE'),
    };

    // Assess
    expect(coverage).toEqual({
      years: { first: 2020, last: 2040 },
      core: [],
      germanRegions: [
        'BB',
        'BE',
        'BW',
        'BY',
        'HB',
        'HE',
        'HH',
        'MV',
        'NI',
        'NW',
        'RP',
        'SH',
        'SL',
        'SN',
        'ST',
        'TH',
      ],
    });
  });

  it.each([
    {
      calendar: 'NL',
      year: 2026,
      expected: [
        '2026-01-01',
        '2026-04-03',
        '2026-04-05',
        '2026-04-06',
        '2026-04-27',
        '2026-05-05',
        '2026-05-14',
        '2026-05-24',
        '2026-05-25',
        '2026-12-25',
        '2026-12-26',
      ],
    },
    {
      calendar: 'DE-BY',
      year: 2026,
      expected: [
        '2026-01-01',
        '2026-01-06',
        '2026-04-03',
        '2026-04-06',
        '2026-05-01',
        '2026-05-14',
        '2026-05-25',
        '2026-06-04',
        '2026-10-03',
        '2026-11-01',
        '2026-12-25',
        '2026-12-26',
      ],
    },
  ])('lists the $year holidays of $calendar, region and country together', ({ calendar, year, expected }) => {
    // Act
    const holidays = tableHolidaysIn(calendar, year);

    // Assess
    expect(holidays).toEqual(expected);
  });

  it('holds every extra day of each deadline law in every year', () => {
    // Prepare
    const missing: string[] = [];

    // Act
    for (const [country, law] of Object.entries(DEADLINE_LAWS)) {
      for (let year = HOLIDAY_TABLE_YEARS.first; year <= HOLIDAY_TABLE_YEARS.last; year++) {
        const holidays = tableHolidaysIn(country, year);
        for (const day of law.extraDays) {
          const date = statutoryDayIn(day, year);
          if (!holidays.includes(date)) missing.push(`${country} ${day.name} ${date}`);
        }
      }
    }

    // Assess
    expect(missing).toEqual([]);
  });
});

describe('the rules of the deadline laws', () => {
  it.each([
    { year: 2024, expected: '2024-03-31' },
    { year: 2025, expected: '2025-04-20' },
    { year: 2026, expected: '2026-04-05' },
    { year: 2038, expected: '2038-04-25' },
  ])('Easter Sunday $year is $expected', ({ year, expected }) => {
    // Act
    const easter = easterSunday(year);

    // Assess
    expect(easter).toBe(expected);
  });

  it('finds Good Friday where date-holidays does, in every year of the table', () => {
    // Prepare
    const netherlands = new Holidays('NL');
    const goodFriday = DEADLINE_LAWS.NL!.extraDays.find((day) => day.name === 'Goede Vrijdag')!;

    // Act
    const differences: string[] = [];
    for (let year = HOLIDAY_TABLE_YEARS.first; year <= HOLIDAY_TABLE_YEARS.last; year++) {
      const ours = statutoryDayIn(goodFriday, year);
      const theirs = netherlands
        .getHolidays(year)
        .find((holiday) => holiday.rule === 'easter -2')
        ?.date.slice(0, 10);
      if (ours !== theirs) differences.push(`${year}: ${ours} vs ${theirs}`);
    }

    // Assess
    expect(differences).toEqual([]);
  });

  it.each([
    { year: 2024, expected: '2024-06-21' },
    { year: 2025, expected: '2025-06-20' },
    { year: 2026, expected: '2026-06-19' },
    { year: 2027, expected: '2027-06-25' },
  ])('Midsummer Eve $year is the Friday between 19 and 25 June: $expected', ({ year, expected }) => {
    // Prepare
    const midsummerEve = DEADLINE_LAWS.SE!.extraDays.find((day) => day.name === 'midsommarafton')!;

    // Act
    const date = statutoryDayIn(midsummerEve, year);

    // Assess
    expect(date).toBe(expected);
  });
});
