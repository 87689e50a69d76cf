import { UsageError } from './desk-command.ts';

/** An instant with a date, a time and an explicit offset; a bare date or local time is ambiguous. */
const INSTANT_PATTERN =
  /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.\d{1,9})?)?(?:Z|[+-](\d{2}):(\d{2}))$/;

/** Parses an ISO-8601 instant with an offset; a usage error names `flag` otherwise. */
export function parseInstantArgument(value: string, flag: string): Date {
  const fields = INSTANT_PATTERN.exec(value)
    ?.slice(1)
    .map((field) => Number(field ?? 0));
  const instant = new Date(value);
  if (!fields || Number.isNaN(instant.getTime())) {
    throw new UsageError(`${flag} must be an ISO-8601 instant with an offset, e.g. 2025-01-31T10:00:00Z`);
  }
  const [year = 0, month = 0, day = 0, hour = 0, minute = 0, second = 0, offsetHours = 0, offsetMinutes = 0] =
    fields;
  const inRange =
    month >= 1 &&
    month <= 12 &&
    day >= 1 &&
    day <= new Date(Date.UTC(year, month, 0)).getUTCDate() &&
    hour <= 23 &&
    minute <= 59 &&
    second <= 59 &&
    offsetHours <= 23 &&
    offsetMinutes <= 59;
  if (!inRange) throw new UsageError(`${flag} is not a real date and time: ${value}`);
  return instant;
}
