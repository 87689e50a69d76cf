import * as z from 'zod';
import { isWeekend, type LocalDate, parseLocalDate } from './calendar.ts';
import {
  HOLIDAY_TABLE_YEARS,
  hasHolidayCalendar,
  holidayTableCountries,
  tableHolidaysIn,
} from './holiday-table.ts';

/**
 * The operator's own changes to the holiday table, per calendar: a country (`NL`) or a region of one
 * (`DE-BY`). `add` makes a day a holiday (a day the government designates, such as a Dutch bridge day
 * announced in the Staatscourant); `remove` takes one out. A region's calendar takes its country's
 * changes and then its own; where a day is both added and removed, removing wins.
 *
 * In the configuration: `"deadlines": { "holidays": { "NL": { "add": ["2026-12-24"] } } }`.
 */
export interface HolidayAdjustment {
  readonly add: readonly LocalDate[];
  readonly remove: readonly LocalDate[];
}

export type HolidayAdjustments = Readonly<Record<string, HolidayAdjustment>>;

function dateProblem(date: string): string | undefined {
  try {
    parseLocalDate(date);
  } catch {
    return 'Expected a calendar date written YYYY-MM-DD, e.g. 2026-12-24';
  }
  const year = Number(date.slice(0, 4));
  if (year < HOLIDAY_TABLE_YEARS.first || year > HOLIDAY_TABLE_YEARS.last) {
    return `Outside the years of the holiday table (${HOLIDAY_TABLE_YEARS.first} to ${HOLIDAY_TABLE_YEARS.last})`;
  }
  return undefined;
}

const LocalDateSchema = z.string().superRefine((date, ctx) => {
  const problem = dateProblem(date);
  if (problem !== undefined) ctx.addIssue({ code: 'custom', message: problem });
});

const HolidayAdjustmentSchema = z.strictObject({
  add: z.array(LocalDateSchema).default([]),
  remove: z.array(LocalDateSchema).default([]),
});

/** Checks each calendar key and date against the table, each problem with its own path. */
export const HolidayAdjustmentsSchema = z
  .record(z.string(), HolidayAdjustmentSchema)
  .superRefine((adjustments, ctx) => {
    for (const [key, adjustment] of Object.entries(adjustments)) {
      // Runs even when a list failed its own check, which then says what is wrong.
      const add: unknown[] = Array.isArray(adjustment?.add) ? adjustment.add : [];
      const remove: unknown[] = Array.isArray(adjustment?.remove) ? adjustment.remove : [];
      const issue = (path: PropertyKey[], message: string) =>
        ctx.addIssue({ code: 'custom', path: [key, ...path], message });
      if (!/^[A-Z]{2}(?:-[A-Z0-9]{1,10})?$/.test(key)) {
        issue([], 'Expected a country code in capitals (NL) or a country and region (DE-BY)');
        continue;
      }
      const [country = '', region] = key.split('-');
      if (!hasHolidayCalendar(country)) {
        issue(
          [],
          `No holiday calendar for ${country}; the holiday table covers ${holidayTableCountries().join(', ')}`,
        );
        continue;
      }
      if (region !== undefined && !hasHolidayCalendar(key)) {
        issue([], `No holiday calendar for region ${key}`);
        continue;
      }
      const seen = new Map<LocalDate, string>();
      for (const [list, dates] of [
        ['add', add],
        ['remove', remove],
      ] as const) {
        dates.forEach((date, index) => {
          // Said by the date's own schema; the table has nothing to compare it with.
          if (typeof date !== 'string' || dateProblem(date) !== undefined) return;
          const earlier = seen.get(date);
          if (earlier !== undefined) {
            issue([list, index], `${date} is listed twice (also ${key}.${earlier})`);
            return;
          }
          seen.set(date, `${list}.${index}`);
          const holiday = tableHolidaysIn(key, Number(date.slice(0, 4))).includes(date);
          if (list === 'add' && (holiday || isWeekend(date))) {
            issue(
              [list, index],
              `${date} is already a day off in ${key} (${holiday ? 'holiday' : 'weekend'})`,
            );
          }
          if (list === 'remove' && !holiday) {
            issue([list, index], `${date} is not a holiday of ${key}; there is nothing to remove`);
          }
        });
      }
    }
  });
