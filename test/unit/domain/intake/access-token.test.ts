import { describe, expect, it } from 'vitest';
import { hashToken, newSecretToken, tokenMatches } from '../../../../domain/intake/access-token.ts';

describe('tokenMatches', () => {
  const token = newSecretToken();
  const stored = hashToken(token);

  it.each([
    ['the right token', token, stored, true],
    ['a wrong token', `${token}x`, stored, false],
    ['no token', undefined, stored, false],
    ['an unknown reference', token, undefined, false],
    ['no token for an unknown reference', undefined, undefined, false],
    ['the hash itself', stored, stored, false],
  ])('%s -> %s', (_, presented, storedHash, expected) => {
    expect(tokenMatches(presented, storedHash)).toBe(expected);
  });

  it('makes 256-bit URL-safe tokens', () => {
    expect(token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(stored).toMatch(/^[0-9a-f]{64}$/);
  });
});
