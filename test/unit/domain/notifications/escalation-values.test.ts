import { describe, expect, it } from 'vitest';
import {
  describeReason,
  formatDateTime,
  formatDuration,
} from '../../../../domain/notifications/escalation-values.ts';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

describe('formatDuration', () => {
  it.each([
    [0, '0 minutes'],
    [59_999, '0 minutes'],
    [MINUTE, '1 minute'],
    [59 * MINUTE, '59 minutes'],
    [HOUR, '1 hour'],
    [HOUR + MINUTE, '1 hour and 1 minute'],
    [2 * HOUR + 30 * MINUTE, '2 hours and 30 minutes'],
    [DAY, '1 day'],
    [DAY + HOUR + 59 * MINUTE, '1 day and 1 hour'],
    [6 * DAY + 17 * HOUR + 59 * MINUTE, '6 days and 17 hours'],
    [-3 * HOUR, '3 hours'],
  ])('%i ms is "%s"', (ms, expected) => {
    expect(formatDuration(ms)).toBe(expected);
  });
});

describe('describeReason', () => {
  it.each([
    ['due_within_7d', 'the deadline is 7 days away or less'],
    ['due_within_1d', 'the deadline is 1 day away or less'],
    ['first_month_ends_within_7d', 'the first month ends within 7 days'],
    [
      'no_first_response_due_within_2d',
      'the deadline is 2 days away or less and the requester has had no first response',
    ],
    ['unassigned_over_60m', 'the case has had no assignee for more than 60 minutes'],
    ['overdue', 'the deadline has passed'],
    ['still_overdue_after_48h', 'the case is still open 48 hours after its deadline'],
    ['breach_due_within_4h', '4 hours or less are left to notify the authority'],
    ['breach_overdue', 'the 72 hours to notify the authority have passed'],
    ['breach_still_overdue_after_1h', 'the report is still open 1 hour after the 72-hour deadline'],
    ['something_new', 'something new'],
  ])('%s', (reason, expected) => {
    expect(describeReason(reason)).toBe(expected);
  });
});

describe('formatDuration in the reader’s language', () => {
  it.each([
    [6 * DAY + 17 * HOUR, 'nl', '6 dagen en 17 uur'],
    [DAY + HOUR, 'sv', '1 dag och 1 timme'],
    [2 * HOUR + 30 * MINUTE, 'nb', '2 timer og 30 minutter'],
    [MINUTE, 'da', '1 minut'],
    [6 * DAY + 17 * HOUR, 'fi', '6 päivää ja 17 tuntia'],
    [DAY + MINUTE, 'fi', '1 päivä'],
  ] as const)('%i ms in %s is "%s"', (ms, language, expected) => {
    expect(formatDuration(ms, language)).toBe(expected);
  });
});

describe('describeReason in the reader’s language', () => {
  it.each([
    ['due_within_7d', 'sv', 'tidsfristen löper ut om 7 dagar eller mindre'],
    ['due_within_1d', 'nl', 'de termijn verloopt over 1 dag of minder'],
    ['unassigned_over_60m', 'fi', 'asia on ollut ilman käsittelijää yli 60 minuuttia'],
    ['still_overdue_after_48h', 'nl', 'de zaak staat 48 uur na het verstrijken van de termijn nog open'],
    [
      'breach_due_within_4h',
      'nb',
      'det er 4 timer eller mindre igjen til å melde fra til tilsynsmyndigheten',
    ],
    ['breach_overdue', 'da', 'de 72 timer til at anmelde bruddet til tilsynsmyndigheden er gået'],
    ['something_new', 'fi', 'something new'],
  ] as const)('%s in %s', (reason, language, expected) => {
    expect(describeReason(reason, language)).toBe(expected);
  });
});

describe('formatDateTime', () => {
  it.each([
    ['2030-04-04T21:59:59.999Z', 'Europe/Amsterdam', '4 April 2030 at 23:59 CEST'],
    ['2030-01-31T22:59:59.999Z', 'Europe/Amsterdam', '31 January 2030 at 23:59 CET'],
    ['2030-01-31T22:59:59.999Z', 'Europe/Helsinki', '1 February 2030 at 00:59 EET'],
  ])('%s in %s', (instant, zone, expected) => {
    expect(formatDateTime(instant, zone)).toBe(expected);
  });
});
