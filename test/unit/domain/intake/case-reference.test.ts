import { describe, expect, it } from 'vitest';
import { newCaseReference, normaliseCaseReference } from '../../../../domain/intake/case-reference.ts';

describe('newCaseReference', () => {
  it.each([
    [[0, 0, 0, 0, 0], 'PD-0000-0000'],
    [[255, 255, 255, 255, 255], 'PD-ZZZZ-ZZZZ'],
    [[0, 0, 0, 0, 31], 'PD-0000-000Z'],
    [[0, 0, 0, 0, 32], 'PD-0000-0010'],
    [[0x12, 0x34, 0x56, 0x78, 0x9a], 'PD-28T5-CY4T'],
  ])('encodes %j as %s', (bytes, expected) => {
    expect(newCaseReference(() => Uint8Array.from(bytes))).toBe(expected);
  });

  it('makes references of the documented shape', () => {
    const references = Array.from({ length: 200 }, () => newCaseReference());

    expect(
      references.every((reference) => /^PD-[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}$/.test(reference)),
    ).toBe(true);
    expect(new Set(references).size).toBe(200);
  });
});

describe('normaliseCaseReference', () => {
  it.each([
    ['PD-7K3M-Q9XA', 'PD-7K3M-Q9XA'],
    ['pd-7k3m-q9xa', 'PD-7K3M-Q9XA'],
    ['PD 7K3M Q9XA', 'PD-7K3M-Q9XA'],
    ['7K3MQ9XA', 'PD-7K3M-Q9XA'],
    ['PD-7K3M-Q9XO', 'PD-7K3M-Q9X0'],
    ['PD-7K3M-Q9XI', 'PD-7K3M-Q9X1'],
    ['PD-7K3M-Q9XL', 'PD-7K3M-Q9X1'],
  ])('reads %s as %s', (input, expected) => {
    expect(normaliseCaseReference(input)).toBe(expected);
  });

  it.each([['PD-7K3M-Q9X'], ['PD-7K3M-Q9XU'], [''], ['../../etc'], ['PD-7K3M-Q9XA-EXTRA']])(
    'refuses %j',
    (input) => {
      expect(normaliseCaseReference(input)).toBeUndefined();
    },
  );
});
