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

/** Norwegian Bokmål: the names of the rights in personvernforordningen ("rett til innsyn", ...). */
const nb: Labels = {
  access: 'anmodning om innsyn i dine personopplysninger',
  rectification: 'anmodning om retting',
  erasure: 'anmodning om sletting',
  restriction: 'anmodning om begrensning av behandlingen',
  portability: 'anmodning om dataportabilitet',
  objection: 'protest mot behandlingen',
  marketing_opt_out: 'reservasjon mot markedsføring',
  processor_info: 'anmodning om en oversikt over våre databehandlere og underdatabehandlere',
  question: 'forespørsel',
  complaint: 'klage',
  breach_report: 'melding om et mulig brudd på personopplysningssikkerheten',
};

/**
 * Swedish: the names of the rights in dataskyddsförordningen ("rätt till tillgång", ...). Every label
 * is an en-word, so "din {{typeLabel}}" agrees.
 */
const sv: Labels = {
  access: 'begäran om tillgång till dina personuppgifter',
  rectification: 'begäran om rättelse',
  erasure: 'begäran om radering',
  restriction: 'begäran om begränsning av behandling',
  portability: 'begäran om dataportabilitet',
  objection: 'invändning mot behandling',
  marketing_opt_out: 'begäran om att inte längre få marknadsföring',
  processor_info: 'begäran om en förteckning över våra personuppgiftsbiträden och underbiträden',
  question: 'fråga',
  complaint: 'klagan',
  breach_report: 'anmälan om en möjlig personuppgiftsincident',
};

/**
 * Danish: the names of the rights in databeskyttelsesforordningen ("indsigtsret", ...). Every label is
 * common gender, so "din {{typeLabel}}" agrees.
 */
const da: Labels = {
  access: 'anmodning om indsigt i dine personoplysninger',
  rectification: 'anmodning om berigtigelse',
  erasure: 'anmodning om sletning',
  restriction: 'anmodning om begrænsning af behandling',
  portability: 'anmodning om dataportabilitet',
  objection: 'indsigelse mod behandling',
  marketing_opt_out: 'afmelding af markedsføring',
  processor_info: 'anmodning om en oversigt over vores databehandlere og underdatabehandlere',
  question: 'forespørgsel',
  complaint: 'klage',
  breach_report: 'henvendelse om et muligt brud på persondatasikkerheden',
};

/**
 * Finnish: the names of the rights in the tietosuoja-asetus ("oikeus saada pääsy tietoihin", ...), in
 * the nominative: the Finnish templates place a label after a colon and never inflect it.
 */
const fi: Labels = {
  access: 'pyyntö saada pääsy henkilötietoihin',
  rectification: 'pyyntö tietojen oikaisemiseksi',
  erasure: 'pyyntö tietojen poistamiseksi',
  restriction: 'pyyntö käsittelyn rajoittamiseksi',
  portability: 'pyyntö siirtää tiedot järjestelmästä toiseen',
  objection: 'henkilötietojen käsittelyn vastustaminen',
  marketing_opt_out: 'markkinointikielto',
  processor_info: 'pyyntö saada luettelo henkilötietojen käsittelijöistämme ja alikäsittelijöistämme',
  question: 'kysymys',
  complaint: 'valitus henkilötietojen käsittelystä',
  breach_report: 'ilmoitus mahdollisesta henkilötietojen tietoturvaloukkauksesta',
};

/** The request types as emails name them, in every language (the requester catalogue test checks it). */
export const TYPE_LABELS: Readonly<Record<Language, Labels>> = { en, nl, nb, sv, da, fi };

export function typeLabel(type: RequestType, language: Language): string {
  return TYPE_LABELS[language][type];
}

export const LOCALES: Readonly<Record<Language, string>> = {
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

/**
 * `28 February 2025`, `28 februari 2025`, `28. februar 2025`, `28. helmikuuta 2025`: the date as the
 * reader writes it, in the entity's zone.
 */
export function formatDate(instant: string | Date, language: Language, timeZone: string): string {
  return formatter(LOCALES[language], 'date', timeZone).format(new Date(instant));
}

/** `28 February 2025, 23:59 CET`: an instant to the minute, for hour-counted deadlines (breach reports). */
export function formatDateTime(instant: string | Date, language: Language, timeZone: string): string {
  return formatter(LOCALES[language], 'date-time', timeZone).format(new Date(instant));
}

/** The name of a language, in the reader's language: `Norwegian Bokmål`, `Noors - Bokmål`, `norsk bokmål`. */
export function languageName(code: Language, language: Language): string {
  return new Intl.DisplayNames([LOCALES[language]], { type: 'language' }).of(code) ?? code;
}
