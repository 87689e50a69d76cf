import * as z from 'zod';

/* Field schemas shared by the sections of the configuration. */

const ID_PATTERN = /^[a-z0-9](?:[a-z0-9-]{0,62}[a-z0-9])?$/;
export const IdSchema = z
  .string()
  .regex(ID_PATTERN, 'Expected a lower-case id of letters, digits and dashes, e.g. nl-privacy');

export const CountrySchema = z
  .string()
  .regex(/^[A-Z]{2}$/, 'Expected an ISO 3166-1 alpha-2 country code in capitals, e.g. NL');

export const NameSchema = z.string().trim().min(1, 'Must not be empty').max(200);

/**
 * An IANA zone the runtime knows, spelled as the runtime spells it. `Intl.supportedValuesOf` lists
 * canonical names only (not `UTC` nor links such as `Europe/Kiev`), so the zone is tried instead.
 */
export function isIanaTimeZone(zone: string): boolean {
  return ianaTimeZoneProblem(zone) === undefined;
}

function ianaTimeZoneProblem(zone: string): string | undefined {
  if (!/^[A-Za-z]/.test(zone)) return 'Expected an IANA time zone name, e.g. Europe/Amsterdam, not an offset';
  let resolved: string;
  try {
    resolved = new Intl.DateTimeFormat('en', { timeZone: zone }).resolvedOptions().timeZone;
  } catch {
    return 'Unknown IANA time zone, expected e.g. Europe/Amsterdam';
  }
  if (resolved !== zone && resolved.toLowerCase() === zone.toLowerCase()) {
    return `Time zone names are case-sensitive: write ${resolved}`;
  }
  return undefined;
}

export const TimeZoneSchema = z.string().superRefine((zone, ctx) => {
  const problem = ianaTimeZoneProblem(zone);
  if (problem !== undefined) ctx.addIssue({ code: 'custom', message: problem });
});
