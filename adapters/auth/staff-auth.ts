import { createRemoteJWKSet, errors, type JWTVerifyGetKey, jwtVerify } from 'jose';
import type { DeskConfig } from '../../domain/config/desk-config.ts';
import { ForbiddenError, UnauthorizedError } from '../../domain/errors.ts';
import { type StaffIdentity, staffIdentity } from '../../domain/staff/staff-identity.ts';
import { STAFF_AUTH_ENV } from '../../resources/desk-resources.ts';
import { getStringFromEnv } from '../env.ts';

/*
 * Staff sign-in, verified the same way in AWS and locally: a JWT (a Cognito ID token in AWS, the
 * development issuer's token locally) checked with `jose` against the issuer's published keys
 * (JWKS), its issuer, its audience (the app client) and its expiry. In AWS the HTTP API's JWT
 * authorizer checks it before the function runs; the function checks it again, so a route wired
 * without the authorizer still admits nobody.
 *
 * The token vouches for the email address only: the person's role and teams are read from the
 * configuration (staff-identity.ts). A valid token for an address that is not configured staff is
 * a 403; anything wrong with the token itself a 401.
 */

/** RS256 is what Cognito signs with, and what the development issuer signs with too. */
const ALGORITHMS = ['RS256'];
/** Allowed clock difference between the issuer and the function. */
const CLOCK_TOLERANCE_SECONDS = 30;

export interface StaffAuthSettings {
  readonly issuer: string;
  readonly audience: string;
  readonly jwksUrl: string;
}

export function staffAuthSettingsFromEnv(): StaffAuthSettings {
  return {
    issuer: getStringFromEnv(STAFF_AUTH_ENV.issuer),
    audience: getStringFromEnv(STAFF_AUTH_ENV.audience),
    jwksUrl: getStringFromEnv(STAFF_AUTH_ENV.jwksUrl),
  };
}

/** One remote key set per URL and execution environment: jose caches the keys and refetches on a new `kid`. */
const keySets = new Map<string, JWTVerifyGetKey>();

function keySet(jwksUrl: string): JWTVerifyGetKey {
  let keys = keySets.get(jwksUrl);
  if (!keys) {
    keys = createRemoteJWKSet(new URL(jwksUrl), { timeoutDuration: 3000, cooldownDuration: 30_000 });
    keySets.set(jwksUrl, keys);
  }
  return keys;
}

/** The bearer token of an `Authorization` header; undefined without one. */
export function bearerToken(headers: Readonly<Record<string, string | undefined>> | undefined) {
  const header = headers?.authorization ?? headers?.Authorization;
  const match = header ? /^Bearer\s+(\S+)\s*$/i.exec(header) : null;
  return match?.[1];
}

/** The verified email address of a staff token; throws UnauthorizedError for any problem with the token. */
export async function verifyStaffToken(
  token: string | undefined,
  settings: StaffAuthSettings,
): Promise<string> {
  if (!token) throw new UnauthorizedError();
  let payload: Record<string, unknown>;
  try {
    ({ payload } = await jwtVerify(token, keySet(settings.jwksUrl), {
      issuer: settings.issuer,
      audience: settings.audience,
      algorithms: ALGORITHMS,
      clockTolerance: CLOCK_TOLERANCE_SECONDS,
      requiredClaims: ['exp', 'iat'],
    }));
  } catch (error) {
    // The issuer's keys could not be read: the desk's problem (a 500), not the caller's.
    const keysUnavailable =
      !(error instanceof errors.JOSEError) ||
      error instanceof errors.JWKSTimeout ||
      error instanceof errors.JWKSInvalid;
    if (keysUnavailable) throw error;
    throw new UnauthorizedError('The staff token is invalid or expired');
  }
  // An ID token names the person; an access token (token_use `access`) carries no email.
  if (payload.token_use !== 'id') throw new UnauthorizedError('Send the ID token of the staff sign-in');
  const email = payload.email;
  if (typeof email !== 'string' || email === '')
    throw new UnauthorizedError('The staff token names no email');
  if (payload.email_verified === false)
    throw new UnauthorizedError('The email of the staff token is not verified');
  return email;
}

/** The configured staff member the request's token is for: 401 without a valid token, 403 for anyone else. */
export async function authenticateStaff(
  headers: Readonly<Record<string, string | undefined>> | undefined,
  config: DeskConfig,
  settings: StaffAuthSettings = staffAuthSettingsFromEnv(),
): Promise<StaffIdentity> {
  const email = await verifyStaffToken(bearerToken(headers), settings);
  const identity = staffIdentity(config, email);
  if (!identity) throw new ForbiddenError('This address is not configured as staff of the desk');
  return identity;
}
