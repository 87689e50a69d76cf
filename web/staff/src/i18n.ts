import { en, type TextKey } from './i18n/en.ts';
import { OUTCOME_LABELS, STATUS_LABELS, TYPE_LABELS } from './i18n/labels.ts';
import { nl } from './i18n/nl.ts';

/*
 * The console's text in English and Dutch. The member's language (from the configuration) is the
 * default; the header lets them switch for the session. `{name}` marks a value filled in. Each
 * language's catalogue is a module under i18n/, the type, status and outcome names in i18n/labels.ts.
 */

export type { TextKey } from './i18n/en.ts';
export { LANGUAGE_NAMES, OUTCOME_LABELS, STATUS_LABELS, TYPE_LABELS } from './i18n/labels.ts';

export type ConsoleLanguage = 'en' | 'nl';
const CATALOGUES: Record<ConsoleLanguage, Record<TextKey, string>> = { en, nl };

export function translator(language: ConsoleLanguage) {
  const catalogue = CATALOGUES[language];
  const t = (key: TextKey, values: Record<string, string | number> = {}) =>
    catalogue[key].replace(/\{(\w+)\}/g, (whole, name: string) =>
      values[name] === undefined ? whole : String(values[name]),
    );
  return {
    language,
    t,
    type: (type: string) => TYPE_LABELS[language][type] ?? type,
    status: (status: string) => STATUS_LABELS[language][status] ?? status,
    outcome: (outcome: string) => OUTCOME_LABELS[language][outcome] ?? outcome,
    date: (iso: string | undefined) =>
      iso
        ? new Intl.DateTimeFormat(language === 'nl' ? 'nl-NL' : 'en-GB', { dateStyle: 'medium' }).format(
            new Date(iso.length === 10 ? `${iso}T12:00:00Z` : iso),
          )
        : '–',
    dateTime: (iso: string | undefined) =>
      iso
        ? new Intl.DateTimeFormat(language === 'nl' ? 'nl-NL' : 'en-GB', {
            dateStyle: 'medium',
            timeStyle: 'short',
          }).format(new Date(iso))
        : '–',
    percent: (share: number | undefined) =>
      share === undefined || Number.isNaN(share)
        ? catalogue.notApplicable
        : new Intl.NumberFormat(language === 'nl' ? 'nl-NL' : 'en-GB', {
            style: 'percent',
            maximumFractionDigits: 0,
          }).format(share),
  };
}
export type Translator = ReturnType<typeof translator>;
