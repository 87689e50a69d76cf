import type { CaseStatus } from '../case-model.ts';
import type { DropReason } from '../inbound/authorize-sender.ts';
import { STAFF_COMMAND_USAGE } from '../inbound/staff-commands.ts';
import type { Language, RequestType } from '../request-types.ts';
import { da } from './staff-labels/da.ts';
import { en } from './staff-labels/en.ts';
import { fi } from './staff-labels/fi.ts';
import { nb } from './staff-labels/nb.ts';
import { nl } from './staff-labels/nl.ts';
import { sv } from './staff-labels/sv.ts';

/*
 * The words the desk puts into staff emails, in each language a staff recipient reads: request
 * types with their GDPR article, case states, durations, the ladder's reasons, why an email was
 * dropped. The requester's own words never pass through here: they go into the email as written.
 * Each language's words are in its own module under staff-labels/; the shape they fill is here.
 */

/** Why the escalation ladder fired (ladder.ts reason codes), as a sentence part. */
export type EscalationReason =
  | 'dueWithin'
  | 'firstMonthEndsWithin'
  | 'noFirstResponseDueWithin'
  | 'unassignedOver'
  | 'overdue'
  | 'stillOverdueAfter'
  | 'breachDueWithin'
  | 'breachOverdue'
  | 'breachStillOverdueAfter';

/** Drop reasons staff are alerted to (drop-alert.ts). */
export type AlertedDropReason = Extract<
  DropReason,
  | 'verdict_failed'
  | 'no_sender'
  | 'token_invalid'
  | 'not_participant'
  | 'unknown_sender'
  | 'unauthenticated'
  | 'empty'
>;

/** Emails whose delivery failure is reported to staff (delivery-problem.ts). */
export type ReportedEmail =
  | 'acknowledgement'
  | 'verification-reminder'
  | 'closed-unverified'
  | 'escalation-reminder'
  | 'escalation-extension-decision'
  | 'escalation-manager-no-first-response'
  | 'escalation-manager-unassigned'
  | 'escalation-dpo-overdue'
  | 'escalation-breach-deadline'
  | 'escalation-breach-overdue';

type Phrase = (value: string) => string;

export interface StaffLabels {
  readonly typeLabels: Readonly<Record<RequestType, string>>;
  readonly statusLabels: Readonly<Record<CaseStatus, string>>;
  /** Singular and plural (Finnish: the partitive a numeral takes). */
  readonly units: Readonly<Record<'day' | 'hour' | 'minute', readonly [string, string]>>;
  readonly and: string;
  readonly timeLeft: Phrase;
  readonly overdueBy: Phrase;
  /** `yes, 3 March 2025` / `no`: whether the requester has had a first response. */
  readonly firstResponseOn: Phrase;
  readonly noFirstResponse: string;
  /** Each takes the count with its unit (`7 days`). */
  readonly reasons: Readonly<Record<EscalationReason, Phrase>>;
  readonly nobodyYet: string;
  readonly theTeamManager: string;
  /** The greeting's name when a digest's team is no longer configured. */
  readonly manager: string;
  readonly aColleague: string;
  readonly aMemberOfStaff: string;
  readonly outcome: Readonly<Record<'refused' | 'partially_fulfilled', string>>;
  readonly failedWhat: Readonly<Record<ReportedEmail, string>>;
  readonly otherEmail: Phrase;
  readonly recipients: Readonly<Record<'requester' | 'dpo' | 'manager', string>>;
  readonly earlier: string;
  readonly complained: string;
  /** Takes the bounce type SES reports (`Permanent`). */
  readonly bounced: Phrase;
  readonly headline: Readonly<Record<'complained' | 'bounced', string>>;
  readonly dropReasons: Readonly<Record<AlertedDropReason, string>>;
  readonly otherDropReason: string;
  readonly identifiedBy: Readonly<Record<'token' | 'bad_token' | 'thread' | 'subject', string>>;
  readonly digest: {
    readonly none: string;
    readonly more: Phrase;
    readonly received: string;
    readonly due: string;
  };
  /** The argument names of the command usage lines; the commands themselves are never translated. */
  readonly commandArguments: Readonly<Record<'reason' | 'text' | 'email', string>>;
}

export const STAFF_LABELS: Readonly<Record<Language, StaffLabels>> = { en, nl, nb, sv, da, fi };

export const staffLabels = (language: Language): StaffLabels => STAFF_LABELS[language];

/** `7 days`, `1 hour`, `2 päivää`: a count with its unit in the language. */
export function countOf(n: number, unit: keyof StaffLabels['units'], language: Language): string {
  const [one, many] = STAFF_LABELS[language].units[unit];
  return `${n} ${n === 1 ? one : many}`;
}

/**
 * The command lines shown to staff, one per line: the commands and their fixed words (outcomes,
 * types) as they must be typed, whatever the language; only the arguments' names are translated.
 */
export function commandUsage(language: Language): string {
  const names = STAFF_LABELS[language].commandArguments;
  return Object.values(STAFF_COMMAND_USAGE)
    .map((line) =>
      line.replace(/<(reason|text|email)>/g, (_tag, name: keyof typeof names) => `<${names[name]}>`),
    )
    .join('\n');
}
