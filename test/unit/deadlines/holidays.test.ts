import { describe, expect, it } from 'vitest';
import { DeadlineRuleError, holidayCalendarFor } from '../../../domain/deadlines/index.ts';

describe('holidayCalendarFor', () => {
  it('builds one calendar per country and region, whatever the spelling', () => {
    // Act
    const first = holidayCalendarFor('NL');
    const second = holidayCalendarFor('nl');
    const bavaria = holidayCalendarFor('DE', 'BY');
    const bavariaIso = holidayCalendarFor('de', 'de-by');

    // Assess
    expect([second === first, bavariaIso === bavaria]).toEqual([true, true]);
  });

  it('refuses a country date-holidays does not know', () => {
    // Act
    const build = () => holidayCalendarFor('XX');

    // Assess
    expect(build).toThrow(expect.objectContaining({ name: 'DeadlineRuleError', code: 'unknown_country' }));
  });

  it('refuses a region the country does not have', () => {
    // Act
    const build = () => holidayCalendarFor('DE', 'ZZ');

    // Assess
    expect(build).toThrow(DeadlineRuleError);
    expect(build).toThrow(expect.objectContaining({ code: 'unknown_region' }));
  });
});

describe('isWorkingDay', () => {
  it.each([
    { country: 'NL', date: '2025-04-26', expected: false, why: "King's Day moved to Saturday 26 April" },
    { country: 'NL', date: '2025-04-28', expected: true, why: 'an ordinary Monday' },
    { country: 'NL', date: '2026-04-27', expected: false, why: "King's Day on a Monday" },
    { country: 'NL', date: '2025-12-25', expected: false, why: 'Christmas Day' },
    { country: 'NL', date: '2025-12-24', expected: true, why: 'Christmas Eve is no public holiday' },
    { country: 'NL', date: '2025-12-05', expected: true, why: "St Nicholas' Eve is an observance" },
    { country: 'NL', date: '2024-03-29', expected: true, why: "Good Friday is 'school' in NL" },
    { country: 'NO', date: '2024-03-29', expected: false, why: 'Good Friday is public in NO' },
    { country: 'NO', date: '2024-12-24', expected: true, why: "Christmas Eve is 'bank' in NO" },
    { country: 'NO', date: '2026-05-17', expected: false, why: 'Constitution Day on a Sunday' },
    { country: 'DE', date: '2025-12-24', expected: true, why: "Christmas Eve is a half 'bank' day in DE" },
    { country: 'DE', date: '2025-10-03', expected: false, why: 'German Unity Day' },
    { country: 'GB', date: '2025-05-26', expected: false, why: 'Spring bank holiday' },
  ])('$country $date: $expected ($why)', ({ country, date, expected }) => {
    // Prepare
    const calendar = holidayCalendarFor(country);

    // Act
    const working = calendar.isWorkingDay(date);

    // Assess
    expect(working).toBe(expected);
  });

  it('counts a public holiday on a Saturday as a public holiday', () => {
    // Act
    const holiday = holidayCalendarFor('NL').isPublicHoliday('2025-04-26');

    // Assess
    expect(holiday).toBe(true);
  });
});

describe('nextWorkingDay and addWorkingDays', () => {
  it.each([
    { country: 'NL', date: '2025-12-24', expected: '2025-12-29' },
    { country: 'NL', date: '2025-01-31', expected: '2025-02-03' },
    { country: 'NO', date: '2025-04-16', expected: '2025-04-22' },
    { country: 'NO', date: '2024-05-16', expected: '2024-05-21' },
  ])('$country: the next working day after $date is $expected', ({ country, date, expected }) => {
    // Act
    const next = holidayCalendarFor(country).nextWorkingDay(date);

    // Assess
    expect(next).toBe(expected);
  });

  it.each([
    { country: 'NL', date: '2025-12-24', count: 2, expected: '2025-12-30' },
    { country: 'NL', date: '2025-02-03', count: 5, expected: '2025-02-10' },
    { country: 'NO', date: '2025-04-17', count: 2, expected: '2025-04-23' },
  ])('$country: $count working days after $date is $expected', ({ country, date, count, expected }) => {
    // Act
    const day = holidayCalendarFor(country).addWorkingDays(date, count);

    // Assess
    expect(day).toBe(expected);
  });
});
