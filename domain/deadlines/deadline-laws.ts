import { addDays, dayOfWeek, easterSunday, type LocalDate } from './calendar.ts';

/**
 * Which days end no period, by country: Regulation 1182/71 Art. 2(1) counts as holidays the days
 * "designated as such in the Member State", which is each country's deadline law, not a calendar
 * library's idea of a public holiday. Saturdays and Sundays never count as working days anywhere.
 *
 * The holiday table (holiday-table.generated.ts) is built from date-holidays' `public` days of each
 * country plus the `extraDays` of its law below; countries without an entry here take the public days
 * as they are. The build script (scripts/build-holiday-table.ts) applies these rules; the runtime reads
 * only the table.
 */
export interface DeadlineLaw {
  /** The legal source of the rule set, as it is cited. */
  readonly source: string;
  /** What the law counts, in a sentence, for the README and the CLI. */
  readonly summary: string;
  /** Days the law designates that date-holidays does not type `public`. */
  readonly extraDays: readonly StatutoryDay[];
}

/** A day a deadline law names, with the rule that finds it in a given year. */
export type StatutoryDay =
  | { readonly name: string; readonly kind: 'fixed'; readonly monthDay: string }
  | { readonly name: string; readonly kind: 'easter'; readonly offsetDays: number }
  /** The first `weekday` (0 = Sunday ... 6 = Saturday) on or after `monthDay`. */
  | {
      readonly name: string;
      readonly kind: 'weekday_on_or_after';
      readonly weekday: number;
      readonly monthDay: string;
    };

const FRIDAY = 5;

export const DEADLINE_LAWS: Readonly<Record<string, DeadlineLaw>> = {
  NL: {
    source: 'Algemene termijnenwet, art. 3',
    summary:
      "New Year's Day, Good Friday, Easter Monday, King's Day, 5 May (every year), Ascension Day, Whit Monday and both Christmas days; Saturdays and Sundays",
    extraDays: [
      { name: 'Goede Vrijdag', kind: 'easter', offsetDays: -2 },
      // date-holidays has Liberation Day as a school holiday; the law names 5 May every year.
      { name: 'Bevrijdingsdag (5 mei)', kind: 'fixed', monthDay: '05-05' },
    ],
  },
  SE: {
    source: 'Lag (1930:173) om beräkning av lagstadgad tid',
    summary: 'Saturdays, Sundays, the public holidays, midsommarafton, julafton and nyårsafton',
    extraDays: [
      { name: 'midsommarafton', kind: 'weekday_on_or_after', weekday: FRIDAY, monthDay: '06-19' },
      { name: 'julafton', kind: 'fixed', monthDay: '12-24' },
      { name: 'nyårsafton', kind: 'fixed', monthDay: '12-31' },
    ],
  },
  FI: {
    source: 'Laki säädettyjen määräaikain laskemisesta (150/1930), 5 §',
    summary:
      'Saturdays, Sundays, the public holidays (independence day and 1 May among them), juhannusaatto and jouluaatto',
    extraDays: [
      { name: 'juhannusaatto', kind: 'weekday_on_or_after', weekday: FRIDAY, monthDay: '06-19' },
      { name: 'jouluaatto', kind: 'fixed', monthDay: '12-24' },
    ],
  },
  NO: {
    source: 'the helligdager and the public høytidsdager (1 and 17 May)',
    summary: 'Saturdays, Sundays and the public holidays (helligdager, 1 and 17 May); not the eves',
    extraDays: [],
  },
  DK: {
    source: 'the helligdage',
    summary: 'Saturdays, Sundays and the public holidays (helligdage); not the eves, not Grundlovsdag',
    extraDays: [],
  },
};

/** The law of `country`, when it has one here; other countries count date-holidays' public days. */
export function deadlineLawOf(country: string): DeadlineLaw | undefined {
  const code = country.toUpperCase();
  return Object.hasOwn(DEADLINE_LAWS, code) ? DEADLINE_LAWS[code] : undefined;
}

/** The date of `day` in `year`. */
export function statutoryDayIn(day: StatutoryDay, year: number): LocalDate {
  switch (day.kind) {
    case 'fixed':
      return `${year}-${day.monthDay}`;
    case 'easter':
      return addDays(easterSunday(year), day.offsetDays);
    case 'weekday_on_or_after': {
      const from = `${year}-${day.monthDay}`;
      return addDays(from, (day.weekday - dayOfWeek(from) + 7) % 7);
    }
  }
}
