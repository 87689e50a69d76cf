import { describe, expect, it } from 'vitest';
import { isValidTimeZone } from '../../../../domain/deadlines/calendar.ts';
import {
  computeDueDate,
  DEFAULT_TIME_ZONES,
  defaultTimeZoneOf,
  resolveTimeZone,
} from '../../../../domain/deadlines/index.ts';

describe('defaultTimeZoneOf', () => {
  it.each([
    { country: 'NL', expected: 'Europe/Amsterdam' },
    { country: 'NO', expected: 'Europe/Oslo' },
    { country: 'SE', expected: 'Europe/Stockholm' },
    { country: 'DK', expected: 'Europe/Copenhagen' },
    { country: 'FI', expected: 'Europe/Helsinki' },
    { country: 'DE', expected: 'Europe/Berlin' },
    { country: 'BE', expected: 'Europe/Brussels' },
    { country: 'GB', expected: 'Europe/London' },
    { country: 'IE', expected: 'Europe/Dublin' },
    { country: 'FR', expected: 'Europe/Paris' },
    { country: 'ES', expected: 'Europe/Madrid' },
    { country: 'IT', expected: 'Europe/Rome' },
    { country: 'PL', expected: 'Europe/Warsaw' },
    { country: 'nl', expected: 'Europe/Amsterdam' },
    { country: 'US', expected: undefined },
    { country: 'toString', expected: undefined },
  ])('$country -> $expected', ({ country, expected }) => {
    // Act
    const zone = defaultTimeZoneOf(country);

    // Assess
    expect(zone).toBe(expected);
  });

  it('names only zones the runtime knows', () => {
    // Act
    const unknown = Object.values(DEFAULT_TIME_ZONES).filter((zone) => !isValidTimeZone(zone));

    // Assess
    expect(unknown).toEqual([]);
  });
});

describe('resolveTimeZone', () => {
  it('prefers an explicit zone over the default', () => {
    // Act
    const zone = resolveTimeZone('NL', 'Europe/London');

    // Assess
    expect(zone).toBe('Europe/London');
  });

  it('refuses a country with no default and no explicit zone', () => {
    // Act
    const resolve = () => resolveTimeZone('US');

    // Assess
    expect(resolve).toThrow(expect.objectContaining({ code: 'no_default_time_zone' }));
  });

  it('refuses a zone that is not an IANA zone', () => {
    // Act
    const resolve = () => resolveTimeZone('NL', 'Mars/Olympus_Mons');

    // Assess
    expect(resolve).toThrow(expect.objectContaining({ code: 'unknown_time_zone' }));
  });

  it('lets a country without a default zone compute with an explicit one', () => {
    // Prepare
    const input = {
      type: 'access',
      receivedAt: new Date('2025-01-31T10:00:00Z'),
      country: 'US',
      timeZone: 'America/New_York',
    } as const;

    // Act
    const result = computeDueDate(input);

    // Assess
    expect(result.dueAt.toISOString()).toBe('2025-03-01T04:59:59.999Z');
  });
});
