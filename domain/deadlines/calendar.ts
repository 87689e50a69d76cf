/**
 * Local calendar dates and their instants in an IANA time zone, with nothing but `Intl`.
 *
 * A local date is an ISO string `YYYY-MM-DD` (`LocalDate`). Calendar arithmetic on local dates is done
 * on the proleptic Gregorian calendar through `Date.UTC`, which has no time zone and no daylight saving,
 * so adding days or months never drifts by an hour. Only the two conversions between an instant and
 * a wall clock in a zone (`localDateOf`, `endOfLocalDay`) consult the zone.
 */

import { MS_PER_DAY } from '../time-units.ts';

/** A calendar date without a time zone, written `YYYY-MM-DD`. */
export type LocalDate = string;

const LOCAL_DATE_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;

interface DateParts {
  year: number;
  month: number;
  day: number;
}

/** Splits a `YYYY-MM-DD` string; throws a RangeError on anything that is not a real calendar date. */
export function parseLocalDate(date: LocalDate): DateParts {
  const match = LOCAL_DATE_PATTERN.exec(date);
  if (!match) throw new RangeError(`Not a YYYY-MM-DD date: ${date}`);
  const year = Number(match[1]);
  const month = Number(match[2]);
  const day = Number(match[3]);
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) {
    throw new RangeError(`Not a calendar date: ${date}`);
  }
  return { year, month, day };
}

export function formatLocalDate({ year, month, day }: DateParts): LocalDate {
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** Days in `month` (1-12) of `year`, leap years included. */
export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

function fromUtcMidnight(ms: number): LocalDate {
  const date = new Date(ms);
  return formatLocalDate({
    year: date.getUTCFullYear(),
    month: date.getUTCMonth() + 1,
    day: date.getUTCDate(),
  });
}

function toUtcMidnight(date: LocalDate): number {
  const { year, month, day } = parseLocalDate(date);
  return Date.UTC(year, month - 1, day);
}

/** The date `days` days after `date` (negative: before). */
export function addDays(date: LocalDate, days: number): LocalDate {
  return fromUtcMidnight(toUtcMidnight(date) + days * MS_PER_DAY);
}

/**
 * The same date `months` months later, as Regulation 1182/71 Art. 3(2)(c) counts months; when that
 * date does not exist in the target month (31 January + 1 month), the last day of that month.
 */
export function addMonthsClamped(date: LocalDate, months: number): LocalDate {
  const { year, month, day } = parseLocalDate(date);
  const monthIndex = month - 1 + months;
  const targetYear = year + Math.floor(monthIndex / 12);
  const targetMonth = (((monthIndex % 12) + 12) % 12) + 1;
  return formatLocalDate({
    year: targetYear,
    month: targetMonth,
    day: Math.min(day, daysInMonth(targetYear, targetMonth)),
  });
}

/** 0 = Sunday ... 6 = Saturday, as `Date.prototype.getUTCDay`. */
export function dayOfWeek(date: LocalDate): number {
  return new Date(toUtcMidnight(date)).getUTCDay();
}

export function isWeekend(date: LocalDate): boolean {
  const weekday = dayOfWeek(date);
  return weekday === 0 || weekday === 6;
}

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: LocalDate, to: LocalDate): number {
  return Math.round((toUtcMidnight(to) - toUtcMidnight(from)) / MS_PER_DAY);
}

/** Easter Sunday of the Gregorian calendar (the anonymous Gregorian algorithm, Meeus/Jones/Butcher). */
export function easterSunday(year: number): LocalDate {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return formatLocalDate({ year, month, day });
}

/** Formatters are costly to build; one per zone, for the life of the process. */
const wallClockFormatters = new Map<string, Intl.DateTimeFormat>();

function wallClockFormatter(timeZone: string): Intl.DateTimeFormat {
  let formatter = wallClockFormatters.get(timeZone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
    wallClockFormatters.set(timeZone, formatter);
  }
  return formatter;
}

/** True when the runtime knows `timeZone` as an IANA zone (e.g. `Europe/Amsterdam`). */
export function isValidTimeZone(timeZone: string): boolean {
  try {
    wallClockFormatter(timeZone);
    return true;
  } catch {
    return false;
  }
}

interface WallClock extends DateParts {
  hour: number;
  minute: number;
  second: number;
}

function wallClockOf(instant: Date, timeZone: string): WallClock {
  const fields: Record<string, number> = {};
  for (const part of wallClockFormatter(timeZone).formatToParts(instant)) {
    if (part.type !== 'literal') fields[part.type] = Number(part.value);
  }
  return {
    year: fields.year ?? Number.NaN,
    month: fields.month ?? Number.NaN,
    day: fields.day ?? Number.NaN,
    hour: fields.hour ?? Number.NaN,
    minute: fields.minute ?? Number.NaN,
    second: fields.second ?? Number.NaN,
  };
}

/** The zone's offset from UTC at `instant`, in milliseconds (Amsterdam in winter: +3 600 000). */
function offsetAt(instantMs: number, timeZone: string): number {
  const wall = wallClockOf(new Date(instantMs), timeZone);
  const wallAsUtc = Date.UTC(wall.year, wall.month - 1, wall.day, wall.hour, wall.minute, wall.second);
  const wholeSeconds = instantMs - (((instantMs % 1000) + 1000) % 1000);
  return wallAsUtc - wholeSeconds;
}

/** The calendar date on the wall in `timeZone` at `instant` (23:30 UTC on 31 January is 1 February in Amsterdam). */
export function localDateOf(instant: Date, timeZone: string): LocalDate {
  return formatLocalDate(wallClockOf(instant, timeZone));
}

/**
 * The instant at which `date` ends in `timeZone`: 23:59:59.999 on the wall clock, the last millisecond of
 * the day (1182/71 Art. 3(2): a period ends "with the expiry of the last hour" of its last day).
 *
 * DST-safe: the offset is looked up at the resulting instant, not at midnight, so the day on which the
 * clocks change gets its own offset. European zones change at 01:00 UTC, never around 23:59.
 */
export function endOfLocalDay(date: LocalDate, timeZone: string): Date {
  const { year, month, day } = parseLocalDate(date);
  const wallAsUtc = Date.UTC(year, month - 1, day, 23, 59, 59, 999);
  const firstGuess = wallAsUtc - offsetAt(wallAsUtc, timeZone);
  return new Date(wallAsUtc - offsetAt(firstGuess, timeZone));
}
