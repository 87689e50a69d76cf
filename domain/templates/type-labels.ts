import type { Language, RequestType } from '../request-types.ts';

type Labels = Readonly<Record<RequestType, string>>;

const en: Labels = {
  access: 'request for access to your data',
  rectification: 'request for rectification',
  erasure: 'request for erasure',
  restriction: 'request for restriction of processing',
  portability: 'request for data portability',
  objection: 'objection to processing',
  marketing_opt_out: 'request to stop marketing',
  processor_info: 'request for an overview of our (sub)processors',
  question: 'question',
  complaint: 'complaint',
  breach_report: 'report of a possible data breach',
};

const nl: Labels = {
  access: 'verzoek om inzage in uw gegevens',
  rectification: 'verzoek om rectificatie',
  erasure: 'verzoek om verwijdering',
  restriction: 'verzoek om beperking van de verwerking',
  portability: 'verzoek om overdraagbaarheid van gegevens',
  objection: 'bezwaar tegen de verwerking',
  marketing_opt_out: 'verzoek om uitschrijving voor marketing',
  processor_info: 'verzoek om een overzicht van onze (sub)verwerkers',
  question: 'vraag',
  complaint: 'klacht',
  breach_report: 'melding van een mogelijk datalek',
};

const LABELS: Partial<Record<Language, Labels>> = { en, nl };

/** Languages without a translation yet fall back to English. */
export function typeLabel(type: RequestType, language: Language): string {
  return (LABELS[language] ?? en)[type];
}

const LOCALES: Record<Language, string> = {
  nl: 'nl-NL',
  en: 'en-GB',
  nb: 'nb-NO',
  sv: 'sv-SE',
  da: 'da-DK',
  fi: 'fi-FI',
};

/**
 * Formatters by locale, style and zone. Building an Intl.DateTimeFormat costs far more than using one
 * (it resolves the locale and loads the zone's data): every email formats dates, so each distinct
 * formatter is built once per process. The keys are bounded by the languages, the two styles and
 * the configured teams' zones.
 */
const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(locale: string, style: 'date' | 'date-time', timeZone: string): Intl.DateTimeFormat {
  const key = `${locale}|${style}|${timeZone}`;
  let cached = formatters.get(key);
  if (!cached) {
    cached = new Intl.DateTimeFormat(
      locale,
      style === 'date'
        ? { dateStyle: 'long', timeZone }
        : {
            day: 'numeric',
            month: 'long',
            year: 'numeric',
            hour: '2-digit',
            minute: '2-digit',
            timeZoneName: 'short',
            timeZone,
          },
    );
    formatters.set(key, cached);
  }
  return cached;
}

/** `28 February 2025` / `28 februari 2025`, the date as the requester reads it, in the entity's zone. */
export function formatDate(instant: string | Date, language: Language, timeZone: string): string {
  const translated = LABELS[language] ? language : 'en';
  return formatter(LOCALES[translated], 'date', timeZone).format(new Date(instant));
}

/** `28 February 2025, 23:59 CET`: an instant to the minute, for hour-counted deadlines (breach reports). */
export function formatDateTime(instant: string | Date, language: Language, timeZone: string): string {
  const translated = LABELS[language] ? language : 'en';
  return formatter(LOCALES[translated], 'date-time', timeZone).format(new Date(instant));
}

/** The name of a language, in the reader's language: `Norwegian`, `Noors`. */
export function languageName(code: Language, language: Language): string {
  const translated = LABELS[language] ? language : 'en';
  return new Intl.DisplayNames([LOCALES[translated]], { type: 'language' }).of(code) ?? code;
}
