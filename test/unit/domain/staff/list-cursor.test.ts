import { createHmac } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import type { KeyedHasher } from '../../../../domain/content-cipher.ts';
import { ValidationError } from '../../../../domain/errors.ts';
import { readCursor, signCursor } from '../../../../domain/staff/staff-cases.ts';

const hasher: KeyedHasher = {
  hash: (purpose, value) => createHmac('sha256', `key:${purpose}`).update(value).digest('hex'),
};
const binding = 'anna.devries@example.org|[["mine",true]]';
const state = {
  s: 1,
  p: { pk: 'CASE#1', sk: 'CASE', teamId: 'nl-privacy', gsi1sk: '2026-12-30T22:59:59.999Z#1' },
};

describe('the list cursor', () => {
  it('reads back what it signed', () => {
    expect(readCursor(signCursor(state, binding, hasher), binding, hasher)).toEqual(state);
  });

  it.each([
    [
      'a changed position',
      (cursor: string) =>
        cursor.replace(/^[^.]+/, Buffer.from(JSON.stringify({ s: 2 })).toString('base64url')),
    ],
    ['a changed signature', (cursor: string) => `${cursor.slice(0, -1)}${cursor.endsWith('0') ? '1' : '0'}`],
    ['no signature', (cursor: string) => cursor.split('.')[0]!],
    ['garbage', () => 'not a cursor'],
  ])('refuses %s', (_what, change) => {
    expect(() => readCursor(change(signCursor(state, binding, hasher)), binding, hasher)).toThrow(
      ValidationError,
    );
  });

  it("refuses someone else's cursor and a cursor for other filters", () => {
    const cursor = signCursor(state, binding, hasher);
    expect(() => readCursor(cursor, 'dpo@example.org|[["mine",true]]', hasher)).toThrow(ValidationError);
    expect(() => readCursor(cursor, 'anna.devries@example.org|[]', hasher)).toThrow(ValidationError);
  });
});
