import * as z from 'zod';

/**
 * The kinds of submission the privacy statement invites (DOMAIN.md, "What people can send").
 * The order is the order of the web form.
 */
export const REQUEST_TYPES = [
  'access',
  'rectification',
  'erasure',
  'restriction',
  'portability',
  'objection',
  'marketing_opt_out',
  'processor_info',
  'question',
  'complaint',
  'breach_report',
] as const;

export const RequestTypeSchema = z.enum(REQUEST_TYPES);
export type RequestType = z.infer<typeof RequestTypeSchema>;

/** Data-subject rights with the Art. 12(3) one-month clock (extendable by two months). */
export const RIGHTS_REQUEST_TYPES = [
  'access',
  'rectification',
  'erasure',
  'restriction',
  'portability',
  'objection',
  'processor_info',
] as const satisfies readonly RequestType[];

export type RightsRequestType = (typeof RIGHTS_REQUEST_TYPES)[number];

export function isRightsRequest(type: RequestType): type is RightsRequestType {
  return (RIGHTS_REQUEST_TYPES as readonly RequestType[]).includes(type);
}

/**
 * The languages the desk writes. Norwegian is Bokmål (`nb`), the written standard of the group's
 * Norwegian staff and customers; `no`, the macrolanguage code that older configuration, stored cases
 * and browsers use, is read as `nb` (see `normalizeLanguage`).
 */
export const LANGUAGES = ['nl', 'en', 'nb', 'sv', 'da', 'fi'] as const;
export type Language = (typeof LANGUAGES)[number];

const LANGUAGE_ALIASES: Readonly<Record<string, Language>> = { no: 'nb', nn: 'nb' };

/** A language code as the desk stores it (`no` → `nb`), or undefined when the desk does not write it. */
export function normalizeLanguage(code: string | undefined): Language | undefined {
  const lower = code?.trim().toLowerCase();
  if (!lower) return undefined;
  if ((LANGUAGES as readonly string[]).includes(lower)) return lower as Language;
  return LANGUAGE_ALIASES[lower];
}

/** Accepts the desk's languages and the alias `no`; always yields the stored form. */
export const LanguageSchema = z
  .enum([...LANGUAGES, 'no'])
  .transform((code): Language => (code === 'no' ? 'nb' : code));

/**
 * Types that wait for the requester to prove control of the email address before work starts
 * (Art. 12(6)): the rights requests, which disclose or change someone's data. Not the marketing
 * opt-out: suppressing an address harms nobody and Art. 21(3) wants it honoured without conditions;
 * not the processor overview, which discloses nothing personal. Questions, complaints and breach
 * reports go straight on too.
 */
export function requiresVerification(type: RequestType): boolean {
  return !NO_VERIFICATION_TYPES.has(type);
}

const NO_VERIFICATION_TYPES: ReadonlySet<RequestType> = new Set([
  'marketing_opt_out',
  'processor_info',
  'question',
  'complaint',
  'breach_report',
]);
