import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';

/** A 256-bit secret for a link in an email; only its hash is stored. */
export function newSecretToken(): string {
  return randomBytes(32).toString('base64url');
}

export function hashToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

/** A hash no token has, compared against when the reference is unknown, so both paths cost the same. */
const NO_TOKEN_HASH = hashToken('no-such-token');

/** Constant-time check of a presented token against a stored hash (or none: unknown reference). */
export function tokenMatches(presented: string | undefined, storedHash: string | undefined): boolean {
  const presentedHash = Buffer.from(hashToken(presented ?? ''), 'hex');
  const expected = Buffer.from(storedHash ?? NO_TOKEN_HASH, 'hex');
  const equal = expected.length === presentedHash.length && timingSafeEqual(presentedHash, expected);
  return equal && storedHash !== undefined && presented !== undefined;
}
