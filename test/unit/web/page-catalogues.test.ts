import { describe, expect, it } from 'vitest';
import { LANGUAGES } from '../../../domain/request-types.ts';
import {
  formatDate,
  formatInstantDate,
  PAGE_CATALOGUES,
  pageText,
  placeholdersOf,
} from '../../../web/i18n/catalogues.ts';
import { en } from '../../../web/i18n/en.ts';

const englishKeys = Object.keys(en).sort();
const others = LANGUAGES.filter((language) => language !== 'en');

describe('the page catalogues', () => {
  it.each(others)('%s has every key of the English catalogue and no other', (language) => {
    expect(Object.keys(PAGE_CATALOGUES[language]).sort()).toEqual(englishKeys);
  });

  it.each(others)('%s uses exactly the placeholders of each English text', (language) => {
    const mismatches = englishKeys.filter((key) => {
      const expected = placeholdersOf(en[key as keyof typeof en]).sort();
      const actual = placeholdersOf(PAGE_CATALOGUES[language][key as keyof typeof en]).sort();
      return JSON.stringify(expected) !== JSON.stringify(actual);
    });
    expect(mismatches).toEqual([]);
  });

  it.each(LANGUAGES)('%s has no empty text and no text left in English', (language) => {
    const catalogue = PAGE_CATALOGUES[language];
    const empty = Object.entries(catalogue).filter(([, text]) => text.trim() === '');
    // Texts that are the same word in English (Status), or names, may match; sentences may not.
    const untranslated =
      language === 'en'
        ? []
        : Object.entries(catalogue).filter(
            ([key, text]) => text === en[key as keyof typeof en] && text.split(' ').length > 2,
          );
    expect({ empty, untranslated }).toEqual({ empty: [], untranslated: [] });
  });

  it('fills placeholders and refuses to leave one open', () => {
    expect(pageText('sv', 'done.reference', { reference: 'PD-AAAA-BBBB' })).toBe(
      'Ditt referensnummer är PD-AAAA-BBBB. Ange det när du kontaktar oss om ärendet.',
    );
    expect(() => pageText('nl', 'done.due')).toThrow('No value for {date} in done.due');
  });
});

describe('dates in words', () => {
  it.each([
    ['nl', '28 december 2026'],
    ['en', '28 December 2026'],
    ['nb', '28. desember 2026'],
    ['sv', '28 december 2026'],
    ['da', '28. december 2026'],
    ['fi', '28. joulukuuta 2026'],
  ] as const)('%s writes 2026-12-28 as "%s"', (language, expected) => {
    expect(formatDate(language, '2026-12-28')).toBe(expected);
  });

  it('writes an instant as the local date of the given zone', () => {
    expect(formatInstantDate('nl', '2026-01-31T23:30:00Z', 'Europe/Amsterdam')).toBe('1 februari 2026');
  });
});
