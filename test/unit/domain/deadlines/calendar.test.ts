import { describe, expect, it } from 'vitest';
import {
  addMonthsClamped,
  dayOfWeek,
  endOfLocalDay,
  localDateOf,
  parseLocalDate,
} from '../../../../domain/deadlines/calendar.ts';

describe('localDateOf', () => {
  it.each([
    { instant: '2025-01-31T22:59:59.999Z', zone: 'Europe/Amsterdam', expected: '2025-01-31' },
    { instant: '2025-01-31T23:00:00.000Z', zone: 'Europe/Amsterdam', expected: '2025-02-01' },
    { instant: '2025-06-30T21:59:59.999Z', zone: 'Europe/Amsterdam', expected: '2025-06-30' },
    { instant: '2025-06-30T22:00:00.000Z', zone: 'Europe/Amsterdam', expected: '2025-07-01' },
    { instant: '2025-01-31T23:30:00.000Z', zone: 'Europe/London', expected: '2025-01-31' },
    { instant: '2025-06-30T23:30:00.000Z', zone: 'Europe/London', expected: '2025-07-01' },
    { instant: '2025-01-31T22:00:00.000Z', zone: 'Europe/Helsinki', expected: '2025-02-01' },
    { instant: '2025-02-01T03:00:00.000Z', zone: 'America/New_York', expected: '2025-01-31' },
    { instant: '2025-01-31T23:59:59.999Z', zone: 'UTC', expected: '2025-01-31' },
  ])('$instant in $zone is $expected', ({ instant, zone, expected }) => {
    // Act
    const date = localDateOf(new Date(instant), zone);

    // Assess
    expect(date).toBe(expected);
  });
});

describe('endOfLocalDay', () => {
  it.each([
    { date: '2025-03-29', zone: 'Europe/Amsterdam', expected: '2025-03-29T22:59:59.999Z' },
    { date: '2025-03-30', zone: 'Europe/Amsterdam', expected: '2025-03-30T21:59:59.999Z' },
    { date: '2025-10-25', zone: 'Europe/Amsterdam', expected: '2025-10-25T21:59:59.999Z' },
    { date: '2025-10-26', zone: 'Europe/Amsterdam', expected: '2025-10-26T22:59:59.999Z' },
    { date: '2025-03-29', zone: 'Europe/London', expected: '2025-03-29T23:59:59.999Z' },
    { date: '2025-03-30', zone: 'Europe/London', expected: '2025-03-30T22:59:59.999Z' },
    { date: '2025-07-01', zone: 'Europe/Helsinki', expected: '2025-07-01T20:59:59.999Z' },
    { date: '2025-03-09', zone: 'America/New_York', expected: '2025-03-10T03:59:59.999Z' },
    { date: '2025-04-05', zone: 'Australia/Sydney', expected: '2025-04-05T12:59:59.999Z' },
    { date: '2025-04-06', zone: 'Australia/Sydney', expected: '2025-04-06T13:59:59.999Z' },
  ])('$date ends at $expected in $zone', ({ date, zone, expected }) => {
    // Act
    const end = endOfLocalDay(date, zone);

    // Assess
    expect(end.toISOString()).toBe(expected);
  });
});

describe('addMonthsClamped', () => {
  it.each([
    { date: '2025-01-31', months: 1, expected: '2025-02-28' },
    { date: '2024-01-31', months: 1, expected: '2024-02-29' },
    { date: '2024-01-31', months: 2, expected: '2024-03-31' },
    { date: '2024-01-31', months: 3, expected: '2024-04-30' },
    { date: '2025-12-31', months: 1, expected: '2026-01-31' },
    { date: '2025-11-30', months: 3, expected: '2026-02-28' },
    { date: '2025-03-31', months: 1, expected: '2025-04-30' },
    { date: '2025-01-15', months: 12, expected: '2026-01-15' },
    { date: '2024-02-29', months: 12, expected: '2025-02-28' },
  ])('$date + $months month(s) is $expected', ({ date, months, expected }) => {
    // Act
    const result = addMonthsClamped(date, months);

    // Assess
    expect(result).toBe(expected);
  });
});

describe('local dates', () => {
  it.each([
    { date: '2025-02-28', expected: 5 },
    { date: '2026-02-28', expected: 6 },
    { date: '2027-02-28', expected: 0 },
  ])('$date falls on weekday $expected', ({ date, expected }) => {
    // Act
    const weekday = dayOfWeek(date);

    // Assess
    expect(weekday).toBe(expected);
  });

  it.each(['2025-02-29', '2025-13-01', '2025-1-1', '31-01-2025'])('rejects %s', (date) => {
    // Act
    const parse = () => parseLocalDate(date);

    // Assess
    expect(parse).toThrow(RangeError);
  });
});
