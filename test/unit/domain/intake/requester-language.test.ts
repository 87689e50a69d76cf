import { describe, expect, it } from 'vitest';
import { acceptedLanguages, requesterLanguage } from '../../../../domain/intake/requester-language.ts';

describe('requesterLanguage', () => {
  it.each([
    [{ chosen: 'fi', acceptLanguage: 'sv', country: 'NL' }, 'fi'],
    [{ chosen: 'no', country: 'SE' }, 'nb'],
    [{ chosen: '', acceptLanguage: 'sv-SE,sv;q=0.9,en;q=0.8', country: 'NL' }, 'sv'],
    [{ acceptLanguage: 'de-DE,da;q=0.7,en;q=0.9', country: 'NL' }, 'en'],
    [{ acceptLanguage: 'de-DE,fr;q=0.9', country: 'DK' }, 'da'],
    [{ acceptLanguage: 'nn-NO', country: 'SE' }, 'nb'],
    [{ acceptLanguage: 'fi;q=0, *', country: 'BE' }, 'nl'],
    [{ country: 'NL' }, 'nl'],
    [{ country: 'be' }, 'nl'],
    [{ country: 'NO' }, 'nb'],
    [{ country: 'SE' }, 'sv'],
    [{ country: 'DK' }, 'da'],
    [{ country: 'FI' }, 'fi'],
    [{ country: 'DE' }, 'en'],
    [{}, 'en'],
    [{ chosen: 'xx', acceptLanguage: 'xx', country: 'XX' }, 'en'],
  ] as const)('%j → %s', (choice, expected) => {
    expect(requesterLanguage(choice)).toBe(expected);
  });
});

describe('acceptedLanguages', () => {
  it.each([
    ['', []],
    ['sv', ['sv']],
    ['en-GB, nl;q=0.9, nb;q=0.95', ['en', 'nb', 'nl']],
    ['da;q=0.5, fi;q=0.5', ['da', 'fi']],
    ['de, *;q=0.1', []],
    ['NL-be;q=0.8 , en-US;Q=0.9', ['en', 'nl']],
    ['sv;q=abc', ['sv']],
  ] as const)('%j → %j', (header, expected) => {
    expect(acceptedLanguages(header)).toEqual(expected);
  });
});
