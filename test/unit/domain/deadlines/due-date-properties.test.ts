import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays, addMonthsClamped, localDateOf } from '../../../../domain/deadlines/calendar.ts';
import { computeDueDate, defaultTimeZoneOf, holidayCalendarFor } from '../../../../domain/deadlines/index.ts';

const receipts = fc.date({
  min: new Date('2020-01-01T00:00:00Z'),
  max: new Date('2035-12-31T23:59:59Z'),
  noInvalidDate: true,
});
const countries = fc.constantFrom('NL', 'NO', 'DE', 'GB', 'FI', 'SE', 'DK');

describe('computeDueDate properties (rights requests)', () => {
  it('ends at the last millisecond of a working day on or after the same date next month', () => {
    fc.assert(
      fc.property(receipts, countries, (receivedAt, country) => {
        // Prepare
        const zone = defaultTimeZoneOf(country) ?? 'UTC';
        const sameDateNextMonth = addMonthsClamped(localDateOf(receivedAt, zone), 1);

        // Act
        const due = computeDueDate({ type: 'access', receivedAt, country });

        // Assess
        expect({
          working: holidayCalendarFor(country).isWorkingDay(due.dueDate),
          notEarly: due.dueDate >= sameDateNextMonth,
          rolledFrom: due.rolledForwardFrom ?? sameDateNextMonth,
          lastMsOfDueDate: localDateOf(due.dueAt, zone),
          nextMsIsNextDay: localDateOf(new Date(due.dueAt.getTime() + 1), zone),
        }).toEqual({
          working: true,
          notEarly: true,
          rolledFrom: sameDateNextMonth,
          lastMsOfDueDate: due.dueDate,
          nextMsIsNextDay: addDays(due.dueDate, 1),
        });
      }),
      { numRuns: 300 },
    );
  });

  it('targets the last working day on or before the unrolled last day, never after the legal limit', () => {
    fc.assert(
      fc.property(receipts, countries, fc.constantFrom(0, 1, 2), (receivedAt, country, extendMonths) => {
        // Prepare
        const zone = defaultTimeZoneOf(country) ?? 'UTC';
        const calendar = holidayCalendarFor(country);
        const startDate = localDateOf(receivedAt, zone);
        const unrolled = addMonthsClamped(addMonthsClamped(startDate, 1), extendMonths);

        // Act
        const due = computeDueDate({
          type: 'access',
          receivedAt,
          country,
          extendMonths: extendMonths as 0 | 1 | 2,
        });

        // Assess
        const daysAfterTarget: boolean[] = [];
        for (let day = addDays(due.targetDate, 1); day <= unrolled; day = addDays(day, 1)) {
          daysAfterTarget.push(calendar.isWorkingDay(day));
        }
        expect({
          working: calendar.isWorkingDay(due.targetDate),
          notAfterUnrolled: due.targetDate <= unrolled,
          workingDayBetween: daysAfterTarget.includes(true),
          notAfterLimit: due.targetAt.getTime() <= due.dueAt.getTime(),
          endOfTargetDay: localDateOf(due.targetAt, zone),
        }).toEqual({
          working: true,
          notAfterUnrolled: true,
          workingDayBetween: false,
          notAfterLimit: true,
          endOfTargetDay: due.targetDate,
        });
      }),
      { numRuns: 300 },
    );
  });

  it('never shortens the deadline by extending it', () => {
    fc.assert(
      fc.property(receipts, countries, (receivedAt, country) => {
        // Act
        const [base, plusOne, plusTwo] = ([0, 1, 2] as const).map(
          (extendMonths) => computeDueDate({ type: 'access', receivedAt, country, extendMonths }).dueAt,
        );

        // Assess
        expect(base! < plusOne! && plusOne! < plusTwo!).toBe(true);
      }),
      { numRuns: 200 },
    );
  });
});
