import { isValidTimeZone } from './calendar.ts';
import { DeadlineRuleError } from './errors.ts';

/**
 * The zone in which a handling entity's deadlines end, by ISO 3166-1 alpha-2 country code.
 *
 * Countries that span several zones default to the zone of the capital (ES: Madrid, not the Canaries;
 * PT: Lisbon, not the Azores); an entity elsewhere passes its zone explicitly. A country missing here
 * is not an error of the data: the caller must name the zone (`timeZone`, or `--tz` on the CLI).
 */
export const DEFAULT_TIME_ZONES: Readonly<Record<string, string>> = {
  AT: 'Europe/Vienna',
  BE: 'Europe/Brussels',
  BG: 'Europe/Sofia',
  CH: 'Europe/Zurich',
  CY: 'Asia/Nicosia',
  CZ: 'Europe/Prague',
  DE: 'Europe/Berlin',
  DK: 'Europe/Copenhagen',
  EE: 'Europe/Tallinn',
  ES: 'Europe/Madrid',
  FI: 'Europe/Helsinki',
  FR: 'Europe/Paris',
  GB: 'Europe/London',
  GR: 'Europe/Athens',
  HR: 'Europe/Zagreb',
  HU: 'Europe/Budapest',
  IE: 'Europe/Dublin',
  IS: 'Atlantic/Reykjavik',
  IT: 'Europe/Rome',
  LI: 'Europe/Vaduz',
  LT: 'Europe/Vilnius',
  LU: 'Europe/Luxembourg',
  LV: 'Europe/Riga',
  MT: 'Europe/Malta',
  NL: 'Europe/Amsterdam',
  NO: 'Europe/Oslo',
  PL: 'Europe/Warsaw',
  PT: 'Europe/Lisbon',
  RO: 'Europe/Bucharest',
  SE: 'Europe/Stockholm',
  SI: 'Europe/Ljubljana',
  SK: 'Europe/Bratislava',
};

/** The default zone of `country` (case-insensitive), or undefined when it has none. */
export function defaultTimeZoneOf(country: string): string | undefined {
  const code = country.toUpperCase();
  return Object.hasOwn(DEFAULT_TIME_ZONES, code) ? DEFAULT_TIME_ZONES[code] : undefined;
}

/**
 * The zone the deadlines of an entity in `country` end in: `timeZone` when given (validated), else the
 * country's default. Throws a DeadlineRuleError when neither yields a zone the runtime knows.
 */
export function resolveTimeZone(country: string, timeZone?: string): string {
  const zone = timeZone ?? defaultTimeZoneOf(country);
  if (zone === undefined) {
    throw new DeadlineRuleError(
      'no_default_time_zone',
      `Country ${country.toUpperCase()} has no default time zone; name one explicitly`,
    );
  }
  if (!isValidTimeZone(zone)) {
    throw new DeadlineRuleError('unknown_time_zone', `Unknown IANA time zone: ${zone}`);
  }
  return zone;
}
