import { describe, expect, it } from 'vitest';
import {
  LanguageSchema,
  normalizeLanguage,
  type RequestType,
  requiresVerification,
} from '../../../domain/request-types.ts';

describe('requiresVerification', () => {
  it.each<[RequestType, boolean]>([
    ['access', true],
    ['rectification', true],
    ['erasure', true],
    ['restriction', true],
    ['portability', true],
    ['objection', true],
    // Art. 21(3): an opt-out is honoured without conditions; suppressing an address harms nobody.
    ['marketing_opt_out', false],
    // The overview of (sub)processors discloses nothing personal.
    ['processor_info', false],
    ['question', false],
    ['complaint', false],
    ['breach_report', false],
  ])('%s: %s', (type, expected) => {
    expect(requiresVerification(type)).toBe(expected);
  });
});

describe('languages', () => {
  it.each([
    ['nb', 'nb'],
    ['no', 'nb'],
    ['NO', 'nb'],
    ['nn', 'nb'],
    ['sv', 'sv'],
    ['de', undefined],
    ['', undefined],
  ])('%s is stored as %s', (code, expected) => {
    expect(normalizeLanguage(code)).toBe(expected);
  });

  it('accepts the alias no in a submission and yields nb; refuses a language the desk does not write', () => {
    expect(LanguageSchema.parse('no')).toBe('nb');
    expect(LanguageSchema.parse('fi')).toBe('fi');
    expect(LanguageSchema.safeParse('de').success).toBe(false);
  });
});
