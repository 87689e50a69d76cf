import { describe, expect, it } from 'vitest';
import { DeadlineRuleError, holidayCalendarFor } from '../../../../domain/deadlines/index.ts';

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

  it('refuses a country the holiday table does not have', () => {
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

  it('refuses a region of a country whose regions are not in the table, saying so', () => {
    // Act
    const build = () => holidayCalendarFor('ES', 'MD');

    // Assess
    expect(build).toThrow(
      expect.objectContaining({
        code: 'unknown_region',
        message: 'No holiday calendar for region ES-MD; the table has no regions of ES',
      }),
    );
  });

  it.each([
    { country: 'NL', law: 'Algemene termijnenwet, art. 3' },
    { country: 'SE', law: 'Lag (1930:173) om beräkning av lagstadgad tid' },
    { country: 'FI', law: 'Laki säädettyjen määräaikain laskemisesta (150/1930), 5 §' },
    { country: 'BE', law: "date-holidays' public holidays" },
  ])('names the legal source of $country', ({ country, law }) => {
    // Act
    const calendar = holidayCalendarFor(country);

    // Assess
    expect(calendar.law).toBe(law);
  });
});

describe('the window of the holiday table', () => {
  it.each(['2019-12-31', '2041-01-02'])('refuses %s rather than calling it a working day', (date) => {
    // Act
    const check = () => holidayCalendarFor('NL').isWorkingDay(date);

    // Assess
    expect(check).toThrow(
      expect.objectContaining({
        name: 'DeadlineRuleError',
        code: 'outside_holiday_table',
        message: expect.stringContaining('The holiday table covers 2020 to 2040, not'),
      }),
    );
  });

  it.each([
    { date: '2020-01-01', expected: false },
    { date: '2040-12-31', expected: true },
  ])('knows $date, at the edge of the window (working: $expected)', ({ date, expected }) => {
    // Act
    const working = holidayCalendarFor('NL').isWorkingDay(date);

    // Assess
    expect(working).toBe(expected);
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
    // Changed: Good Friday was a working day while only date-holidays' 'public' type counted.
    { country: 'NL', date: '2024-03-29', expected: false, why: 'Good Friday (Algemene termijnenwet art. 3)' },
    { country: 'NL', date: '2026-05-05', expected: false, why: '5 May, every year (Algemene termijnenwet)' },
    { country: 'NL', date: '2026-05-04', expected: true, why: 'Remembrance Day is an observance' },
    { country: 'SE', date: '2026-06-19', expected: false, why: 'midsommarafton (lag 1930:173)' },
    { country: 'SE', date: '2025-12-24', expected: false, why: 'julafton (lag 1930:173)' },
    { country: 'SE', date: '2025-12-31', expected: false, why: 'nyårsafton (lag 1930:173)' },
    { country: 'SE', date: '2026-04-30', expected: true, why: 'valborgsmässoafton is not in the law' },
    { country: 'FI', date: '2026-06-19', expected: false, why: 'juhannusaatto (laki 150/1930 § 5)' },
    { country: 'FI', date: '2025-12-24', expected: false, why: 'jouluaatto (laki 150/1930 § 5)' },
    { country: 'FI', date: '2025-12-31', expected: true, why: 'uudenvuodenaatto is not in the law' },
    { country: 'FI', date: '2025-12-05', expected: true, why: 'an ordinary Friday before independence day' },
    { country: 'DK', date: '2023-05-05', expected: false, why: 'Store Bededag, until 2023' },
    { country: 'DK', date: '2024-04-26', expected: true, why: 'Store Bededag was abolished from 2024' },
    { country: 'DK', date: '2026-06-05', expected: true, why: 'Grundlovsdag is no helligdag' },
    { country: 'DK', date: '2025-12-24', expected: true, why: 'Christmas Eve is no helligdag' },
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
    { country: 'NL', date: '2024-03-29', expected: '2024-03-28', why: 'Good Friday -> Thursday' },
    {
      country: 'NL',
      date: '2024-04-01',
      expected: '2024-03-28',
      why: 'Easter Monday, the weekend, Good Friday',
    },
    { country: 'NL', date: '2025-03-01', expected: '2025-02-28', why: 'a Saturday -> Friday' },
    { country: 'NL', date: '2025-02-28', expected: '2025-02-28', why: 'a working day is its own answer' },
    { country: 'FI', date: '2025-12-26', expected: '2025-12-23', why: 'Christmas back over jouluaatto' },
  ])(
    '$country: the last working day on or before $date is $expected ($why)',
    ({ country, date, expected }) => {
      // Act
      const day = holidayCalendarFor(country).lastWorkingDayOnOrBefore(date);

      // Assess
      expect(day).toBe(expected);
    },
  );

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
