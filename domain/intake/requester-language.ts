import { type Language, normalizeLanguage } from '../request-types.ts';

/** The language of each country the group answers in, where the desk writes it. */
export const COUNTRY_LANGUAGES: Readonly<Record<string, Language>> = {
  NL: 'nl',
  BE: 'nl',
  NO: 'nb',
  SE: 'sv',
  DK: 'da',
  FI: 'fi',
};

/**
 * The desk's languages in an Accept-Language header, best first (RFC 9110 quality values; a region
 * such as `sv-SE` counts as its language, `no` and `nn` as `nb`). Ranges the desk does not write,
 * `*` and `q=0` are left out; equal weights keep the header's order.
 */
export function acceptedLanguages(header: string | undefined): Language[] {
  if (!header) return [];
  const ranges = header.split(',').flatMap((part, index) => {
    const [range = '', ...parameters] = part.trim().split(';');
    const quality = parameters
      .map((parameter) => /^\s*q\s*=\s*([0-9.]+)\s*$/i.exec(parameter)?.[1])
      .find((value) => value !== undefined);
    const weight = quality === undefined ? 1 : Number(quality);
    const language = normalizeLanguage(range.trim().split('-')[0]);
    if (!language || !Number.isFinite(weight) || weight <= 0) return [];
    return [{ language, weight, index }];
  });
  ranges.sort((a, b) => b.weight - a.weight || a.index - b.index);
  return [...new Set(ranges.map((range) => range.language))];
}

export interface LanguageChoice {
  /** What the form's language field says, if anything. */
  readonly chosen?: string | undefined;
  /** The browser's Accept-Language header. */
  readonly acceptLanguage?: string | undefined;
  /** The requester's country (ISO 3166-1 alpha-2). */
  readonly country?: string | undefined;
}

/**
 * The language the desk writes to a requester in, decided once at submission and stored on the case:
 * the language the requester chose on the form, else the first the browser accepts, else the
 * language of their country, else English.
 */
export function requesterLanguage(choice: LanguageChoice): Language {
  return (
    normalizeLanguage(choice.chosen) ??
    acceptedLanguages(choice.acceptLanguage)[0] ??
    COUNTRY_LANGUAGES[choice.country?.trim().toUpperCase() ?? ''] ??
    'en'
  );
}
