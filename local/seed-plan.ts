import { type Submission, SubmissionSchema } from '../domain/intake/submission-schema.ts';
import type { Language, RequestType } from '../domain/request-types.ts';
import type { CaseAction } from '../domain/staff/staff-api-schemas.ts';
import { MS_PER_DAY } from '../domain/time-units.ts';
import { parseOrThrow } from '../domain/validation.ts';

/*
 * A realistic desk for demos and browser tests: cases across teams, types, countries and channels,
 * with deadlines spread over what a desk sees (overdue, due in 2 days, in a week, later, extended,
 * paused, closed, waiting for confirmation). Every case is made by the desk's own functions with the
 * clock set back to its receipt: opened as the form or staff open it, confirmed, routed by the rules,
 * then answered, extended, paused or closed through the staff actions (as its assignee), each at its
 * own past moment (seed-desk.ts). So deadlines, audit trails and emails are the desk's own, not
 * fixtures. This module plans the mix: the same seed number gives the same mix.
 */

export const SEED_KINDS = [
  'overdue',
  'due2',
  'due7',
  'later',
  'extended',
  'paused',
  'closed',
  'unconfirmed',
] as const;
export type SeedKind = (typeof SEED_KINDS)[number];

/** mulberry32: a small deterministic generator, enough to pick from lists. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function weighted<T>(random: () => number, entries: readonly (readonly [T, number])[]): T {
  const total = entries.reduce((sum, [, weight]) => sum + weight, 0);
  let roll = random() * total;
  for (const [value, weight] of entries) {
    roll -= weight;
    if (roll < 0) return value;
  }
  return entries[entries.length - 1]![0];
}

const KIND_WEIGHTS: readonly (readonly [SeedKind, number])[] = [
  ['overdue', 10],
  ['due2', 10],
  ['due7', 14],
  ['later', 28],
  ['extended', 10],
  ['paused', 5],
  ['closed', 18],
  ['unconfirmed', 5],
];

const TYPE_WEIGHTS: readonly (readonly [RequestType, number])[] = [
  ['access', 26],
  ['erasure', 15],
  ['rectification', 8],
  ['objection', 7],
  ['portability', 5],
  ['restriction', 4],
  ['processor_info', 5],
  ['question', 16],
  ['complaint', 9],
  ['breach_report', 3],
  ['marketing_opt_out', 2],
];

interface Requester {
  readonly country: string;
  readonly language: Language;
  readonly names: readonly string[];
}

const REQUESTERS: readonly (readonly [Requester, number])[] = [
  [
    {
      country: 'NL',
      language: 'nl',
      names: ['Sanne de Boer', 'Daan Mulder', 'Fleur van Dijk', 'Bram Hendriks', 'Noor Visser', 'Joris Smit'],
    },
    32,
  ],
  [{ country: 'BE', language: 'nl', names: ['Lotte Peeters', 'Wout Janssens', 'Marie Claes'] }, 6],
  [
    {
      country: 'NO',
      language: 'nb',
      names: ['Ingrid Johansen', 'Ola Nordmann', 'Sigrid Berg', 'Henrik Larsen'],
    },
    20,
  ],
  [{ country: 'SE', language: 'sv', names: ['Elin Lindberg', 'Oskar Nyström', 'Maja Holm'] }, 12],
  [{ country: 'DK', language: 'da', names: ['Mette Kristensen', 'Rasmus Møller'] }, 8],
  [{ country: 'FI', language: 'fi', names: ['Aino Korhonen', 'Juha Mäkinen'] }, 8],
  [{ country: 'DE', language: 'en', names: ['Lena Fischer', 'Jonas Weber'] }, 5],
  [{ country: 'GB', language: 'en', names: ['Olivia Brown', 'George Evans'] }, 4],
];

/** What people write, per type; in the requester's language where we have it, else English. */
const MESSAGES: Partial<Record<RequestType, Partial<Record<Language, string>>>> &
  Record<'fallback', Record<string, string>> = {
  access: {
    nl: 'Graag ontvang ik een kopie van alle persoonsgegevens die u over mij verwerkt, met de doeleinden en bewaartermijnen.',
    nb: 'Jeg ber om innsyn i personopplysningene dere behandler om meg, med formål og lagringstid.',
    sv: 'Jag begär ett registerutdrag över de personuppgifter ni behandlar om mig.',
    da: 'Jeg anmoder om indsigt i de personoplysninger, I behandler om mig.',
    fi: 'Pyydän saada tarkastaa minua koskevat henkilötiedot, joita käsittelette.',
    en: 'Please send me a copy of the personal data you hold about me, with the purposes and retention periods.',
  },
  erasure: {
    nl: 'Ik heb mijn account opgezegd. Verwijder alstublieft al mijn gegevens, ook uit de nieuwsbriefadministratie.',
    en: 'I closed my account last month. Please erase all my data, including from your mailing lists.',
  },
  rectification: {
    nl: 'Mijn achternaam staat verkeerd gespeld in uw administratie. Wilt u dit corrigeren?',
    en: 'My address in your records is out of date; I moved in September. Please correct it.',
  },
  objection: {
    en: 'I object to the profiling of my use of your product for marketing purposes.',
    nl: 'Ik maak bezwaar tegen het gebruik van mijn gegevens voor gerichte advertenties.',
  },
  portability: {
    en: 'Please export my timesheet and payslip data in a machine-readable format (CSV or JSON).',
  },
  restriction: {
    en: 'While my rectification request is being handled, please restrict the processing of my data.',
  },
  processor_info: { en: 'Could you send me the overview of the subprocessors you use for the HR Portal?' },
  question: {
    nl: 'Hoe lang bewaart u de gegevens van sollicitanten die niet zijn aangenomen?',
    en: 'Which of my data do you share with your payment provider, and on what basis?',
  },
  complaint: {
    nl: 'Ik heb twee keer om inzage gevraagd en nog steeds niets ontvangen. Ik wil hierover een klacht indienen.',
    en: 'I keep receiving your newsletter although I unsubscribed twice. I want to file a complaint.',
  },
  breach_report: {
    en: 'I received an email with another customer’s payslip attached. I think this is a data breach.',
  },
  marketing_opt_out: { en: 'Please stop sending me marketing emails.' },
  fallback: { en: 'I have a question about how you process my personal data.' },
};

const RELATIONSHIPS: readonly (readonly [Submission['relationship'], number])[] = [
  ['customer_user', 40],
  ['customer_employee', 20],
  ['website_visitor', 12],
  ['job_applicant', 10],
  ['marketing_contact', 8],
  ['other', 10],
];

const CHANNELS = [
  ['form', 80],
  ['letter', 8],
  ['phone', 8],
  ['in_person', 4],
] as const;

/** Days from the legal limit's start (receipt) to the legal limit, roughly: one month, or 72 hours. */
const approxLimitDays = (type: RequestType) =>
  type === 'breach_report' ? 3 : type === 'marketing_opt_out' ? 3 : 30;

export interface SeedPlanEntry {
  readonly index: number;
  readonly kind: SeedKind;
  readonly channel: (typeof CHANNELS)[number][0];
  readonly receivedAt: Date;
  readonly submission: Submission;
  /** Staff actions after routing, each at its own moment. */
  readonly actions: readonly { readonly at: Date; readonly action: CaseAction }[];
}

/** The cases to make: a pure function of the count, the seed and now. */
export function seedPlan(count: number, seed: number, now: Date): SeedPlanEntry[] {
  const random = seededRandom(seed);
  const pick = <T>(list: readonly T[]) => list[Math.floor(random() * list.length)]!;
  const between = (min: number, max: number) => min + random() * (max - min);
  const plan: SeedPlanEntry[] = [];
  for (let index = 0; index < count; index++) {
    let kind = weighted(random, KIND_WEIGHTS);
    let type = weighted(random, TYPE_WEIGHTS);
    // An opt-out closes on routing and a breach report runs in hours: keep them out of extensions.
    if (type === 'marketing_opt_out') kind = 'closed';
    if (type === 'breach_report' && (kind === 'extended' || kind === 'paused' || kind === 'later'))
      kind = 'due2';
    const isRights = !['question', 'complaint', 'breach_report', 'marketing_opt_out'].includes(type);
    if (kind === 'extended' && !isRights) type = 'access';
    const limit = approxLimitDays(type);
    // Days before now the request arrived, so that the legal limit falls where the kind says.
    const ago = {
      overdue: limit + between(1, 12),
      due2: limit - between(0.2, 1.8),
      due7: limit - between(2.5, 6.5),
      later: limit - between(8, Math.max(9, limit - 1)),
      extended: limit + between(2, 25),
      paused: between(5, 20),
      closed: between(10, 80),
      unconfirmed: between(0.2, 10),
    }[kind];
    const receivedAt = new Date(now.getTime() - ago * MS_PER_DAY);
    const requester = weighted(random, REQUESTERS);
    const name = pick(requester.names);
    const relationship = type === 'marketing_opt_out' ? 'marketing_contact' : weighted(random, RELATIONSHIPS);
    const texts = MESSAGES[type] ?? MESSAGES.fallback;
    const language = texts[requester.language] ? requester.language : 'en';
    const message = texts[language] ?? MESSAGES.fallback.en!;
    const channel = kind === 'unconfirmed' ? 'form' : weighted(random, CHANNELS);
    const service = random() < 0.12 ? pick(['payroll-cloud', 'hr-portal']) : undefined;
    const submission = parseOrThrow(SubmissionSchema, {
      type,
      name,
      email: `${name
        .toLowerCase()
        .normalize('NFD')
        .replace(/[^a-z]+/g, '.')}.${seed}-${index}@example.net`,
      relationship,
      country: requester.country,
      language,
      // The index makes each message its own: the desk takes the same text twice as a duplicate.
      message: `${message} (${index + 1})`,
      ...(service && type !== 'marketing_opt_out' ? { service } : {}),
    });
    const day = (days: number) => new Date(receivedAt.getTime() + days * MS_PER_DAY);
    const actions: { at: Date; action: CaseAction }[] = [];
    if (kind === 'closed' && type !== 'marketing_opt_out') {
      const closeAfter = Math.min(ago - 0.5, between(3, 25));
      const outcome = weighted(random, [
        ['fulfilled', 70],
        ['partially_fulfilled', 10],
        ['refused', 10],
        ['withdrawn', 10],
      ] as const);
      actions.push({
        at: day(closeAfter / 2),
        action: { action: 'reply', text: 'Thank you, we are looking into your request.' },
      });
      actions.push({
        at: day(closeAfter),
        action:
          outcome === 'refused'
            ? {
                action: 'refuse',
                reason: 'The request is manifestly unfounded: the same request was answered last month.',
              }
            : outcome === 'partially_fulfilled'
              ? {
                  action: 'close',
                  outcome,
                  reason: 'Data in our accounting records must be kept for 7 years under tax law.',
                }
              : { action: 'close', outcome },
      });
    }
    if (kind === 'extended') {
      actions.push({
        at: day(between(10, 25)),
        action: {
          action: 'extend',
          months: random() < 0.7 ? 1 : 2,
          reason: 'Your request covers several of our services; collecting the data takes more time.',
        },
      });
    }
    if (kind === 'paused') {
      actions.push({
        at: day(between(1, Math.min(4, ago - 0.2))),
        action: { action: 'pause', reason: 'Waiting for the requester to say which service they mean.' },
      });
    }
    if ((kind === 'later' || kind === 'due7' || kind === 'overdue') && random() < 0.4 && ago > 3) {
      actions.push({
        at: day(between(1, 3)),
        action: {
          action: 'reply',
          text: 'Thank you for your request. We will come back to you before the date in our acknowledgement.',
        },
      });
    }
    plan.push({ index, kind, channel, receivedAt, submission, actions });
  }
  return plan;
}
