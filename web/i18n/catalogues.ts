import type { Language } from '../../domain/request-types.ts';
import { LOCALES } from '../../domain/templates/type-labels.ts';
import { da } from './da.ts';
import { en, type PageCatalogue, type PageKey } from './en.ts';
import { fi } from './fi.ts';
import { nb } from './nb.ts';
import { nl } from './nl.ts';
import { sv } from './sv.ts';

export type { PageCatalogue, PageKey } from './en.ts';

/** One catalogue per language the desk writes; the web pages take every text from here. */
export const PAGE_CATALOGUES: Readonly<Record<Language, PageCatalogue>> = { nl, en, nb, sv, da, fi };

/** The locale each language's dates are written in (Intl): the same as the emails'. */
export { LOCALES };

/** Each language by its own name, as a language switch shows it. */
export const LANGUAGE_NAMES: Readonly<Record<Language, string>> = {
  nl: 'Nederlands',
  en: 'English',
  nb: 'Norsk (bokmål)',
  sv: 'Svenska',
  da: 'Dansk',
  fi: 'Suomi',
};

/** The `{name}` placeholders of a text, in order of appearance. */
export function placeholdersOf(text: string): string[] {
  return [...text.matchAll(/\{(\w+)\}/g)].map((match) => match[1]!);
}

/** A text of the catalogue with its placeholders filled in; an unfilled placeholder is a bug. */
export function pageText(
  language: Language,
  key: PageKey,
  values: Record<string, string | number> = {},
): string {
  const template = PAGE_CATALOGUES[language][key] ?? en[key];
  return template.replace(/\{(\w+)\}/g, (_whole, name: string) => {
    const value = values[name];
    if (value === undefined) throw new Error(`No value for {${name}} in ${key}`);
    return String(value);
  });
}

/**
 * A calendar date (`2026-12-28`) in words, the way the language writes it: "28 december 2026",
 * "28. joulukuuta 2026". The date is a day, not an instant: formatted in UTC so no zone moves it.
 */
export function formatDate(language: Language, isoDate: string): string {
  return new Intl.DateTimeFormat(LOCALES[language], { dateStyle: 'long', timeZone: 'UTC' }).format(
    new Date(`${isoDate.slice(0, 10)}T12:00:00Z`),
  );
}

/** The local date of an instant in a time zone (the handling entity's), in words. */
export function formatInstantDate(language: Language, instant: string, timeZone: string): string {
  return new Intl.DateTimeFormat(LOCALES[language], { dateStyle: 'long', timeZone }).format(
    new Date(instant),
  );
}
