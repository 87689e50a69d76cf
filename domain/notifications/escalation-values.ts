import { type CaseRecord, targetAtOf } from '../case-model.ts';
import { memberById } from '../config/member-lookups.ts';
import { addDays } from '../deadlines/calendar.ts';
import type { DigestLine, ManagerDigest } from '../escalation/index.ts';
import { verificationUrl } from '../intake/submit-request.ts';
import type { RequestType } from '../request-types.ts';
import { caseOwner } from '../sweep/case-owner.ts';
import type { DpoDigest, DpoDigestTeam } from '../sweep/dpo-digest.ts';
import { deskLink, type TemplateValues } from '../templates/render-template.ts';
import { formatDate, typeLabel } from '../templates/type-labels.ts';
import { MINUTES_PER_DAY, MINUTES_PER_HOUR, MS_PER_DAY, MS_PER_MINUTE } from '../time-units.ts';
import type { TemplateContext } from './template-values.ts';

/*
 * Values of the sweep's emails. Staff emails (escalations, delivery failures, digests) name
 * references, types, dates, durations and reasons; their templates never name the requester's
 * content. Requester emails (verification housekeeping) get the name.
 */

const STAFF_TYPE_LABELS: Readonly<Record<RequestType, string>> = {
  access: 'access request (Art. 15)',
  rectification: 'rectification request (Art. 16)',
  erasure: 'erasure request (Art. 17)',
  restriction: 'restriction request (Art. 18)',
  portability: 'portability request (Art. 20)',
  objection: 'objection (Art. 21)',
  marketing_opt_out: 'marketing opt-out (Art. 21(2))',
  processor_info: 'processor overview request',
  question: 'question',
  complaint: 'complaint',
  breach_report: 'possible data breach (Art. 33)',
};

export const staffTypeLabel = (type: RequestType) => STAFF_TYPE_LABELS[type];

const STATUS_LABELS: Readonly<Record<CaseRecord['status'], string>> = {
  awaiting_verification: 'awaiting email verification',
  received: 'received, not routed yet',
  assigned: 'assigned',
  waiting_for_requester: 'waiting for the requester',
  closed: 'closed',
};

const dateTimeFormats = new Map<string, Intl.DateTimeFormat>();

/** `28 February 2025 at 23:59 CET`, in the handling entity's zone. */
export function formatDateTime(instant: string | Date, timeZone: string): string {
  let format = dateTimeFormats.get(timeZone);
  if (!format) {
    format = new Intl.DateTimeFormat('en-GB', {
      dateStyle: 'long',
      timeStyle: 'short',
      timeZone,
    });
    dateTimeFormats.set(timeZone, format);
  }
  const zoneName =
    new Intl.DateTimeFormat('en-GB', { timeZone, timeZoneName: 'short' })
      .formatToParts(new Date(instant))
      .find((part) => part.type === 'timeZoneName')?.value ?? timeZone;
  return `${format.format(new Date(instant))} ${zoneName}`;
}

const plural = (n: number, unit: string) => `${n} ${unit}${n === 1 ? '' : 's'}`;

/** `6 days and 23 hours`, `3 hours and 5 minutes`, `12 minutes`: the two largest units, rounded down. */
export function formatDuration(ms: number): string {
  const minutes = Math.floor(Math.abs(ms) / MS_PER_MINUTE);
  const days = Math.floor(minutes / MINUTES_PER_DAY);
  const hours = Math.floor((minutes % MINUTES_PER_DAY) / MINUTES_PER_HOUR);
  const rest = minutes % 60;
  if (days > 0)
    return hours > 0 ? `${plural(days, 'day')} and ${plural(hours, 'hour')}` : plural(days, 'day');
  if (hours > 0)
    return rest > 0 ? `${plural(hours, 'hour')} and ${plural(rest, 'minute')}` : plural(hours, 'hour');
  return plural(rest, 'minute');
}

const REASONS: readonly [RegExp, (n: string) => string][] = [
  [/^due_within_(\d+)d$/, (n) => `the deadline is ${plural(Number(n), 'day')} away or less`],
  [/^first_month_ends_within_(\d+)d$/, (n) => `the first month ends within ${plural(Number(n), 'day')}`],
  [
    /^no_first_response_due_within_(\d+)d$/,
    (n) =>
      `the deadline is ${plural(Number(n), 'day')} away or less and the requester has had no first response`,
  ],
  [
    /^unassigned_over_(\d+)m$/,
    (n) => `the case has had no assignee for more than ${plural(Number(n), 'minute')}`,
  ],
  [/^overdue$/, () => 'the deadline has passed'],
  [
    /^still_overdue_after_(\d+)h$/,
    (n) => `the case is still open ${plural(Number(n), 'hour')} after its deadline`,
  ],
  [
    /^breach_due_within_(\d+)h$/,
    (n) => `${plural(Number(n), 'hour')} or less are left to notify the authority`,
  ],
  [/^breach_overdue$/, () => 'the 72 hours to notify the authority have passed'],
  [
    /^breach_still_overdue_after_(\d+)h$/,
    (n) => `the report is still open ${plural(Number(n), 'hour')} after the 72-hour deadline`,
  ],
];

/** The ladder's reason code (`due_within_7d`) as a sentence part for the email. */
export function describeReason(reason: string): string {
  for (const [pattern, describe] of REASONS) {
    const match = pattern.exec(reason);
    if (match) return describe(match[1] ?? '');
  }
  return reason.replace(/_/g, ' ');
}

/** What every staff email about a case shows, as of `at` (the sweep's time, or the event's). */
export function staffCaseValues(context: TemplateContext): TemplateValues {
  const record = context.record;
  const { config } = context.settings;
  const zone = record.deadline.timeZone;
  const at = context.params.at === undefined ? context.now : new Date(String(context.params.at));
  const msLeft = new Date(record.deadline.dueAt).getTime() - at.getTime();
  const owner = caseOwner(record, config);
  return {
    reference: record.reference,
    typeLabel: staffTypeLabel(record.type),
    teamName: owner.team?.name ?? record.teamId,
    managerName: owner.team?.manager.name ?? 'the team manager',
    assigneeName: owner.member?.name ?? 'nobody yet',
    statusLabel: STATUS_LABELS[record.status],
    receivedDate: formatDate(record.receivedAt, 'en', zone),
    receivedDateTime: formatDateTime(record.receivedAt, zone),
    dueDate: formatDate(record.deadline.dueAt, 'en', zone),
    dueDateTime: formatDateTime(record.deadline.dueAt, zone),
    // The date the desk works to; `dueDate` and the time left count to the legal limit.
    targetDate: formatDate(targetAtOf(record.deadline), 'en', zone),
    timeLeft: formatDuration(Math.max(0, msLeft)),
    overdueBy: formatDuration(Math.max(0, -msLeft)),
    timeLeftOrOverdue:
      msLeft >= 0 ? `${formatDuration(msLeft)} left` : `overdue by ${formatDuration(-msLeft)}`,
    firstResponse: record.firstResponseAt ? `yes, ${formatDate(record.firstResponseAt, 'en', zone)}` : 'no',
    reason: describeReason(String(context.params.reason ?? '')),
    toManager: context.params.recipientRole === 'manager',
  };
}

function stepValues(context: TemplateContext): TemplateValues {
  const record = context.record;
  const ladder = context.settings.escalationLadder;
  const at = context.params.at === undefined ? context.now : new Date(String(context.params.at));
  const since = new Date(record.verifiedAt ?? record.receivedAt);
  const firstMonthLeft = new Date(record.deadline.originalDueAt).getTime() - at.getTime();
  return {
    ...staffCaseValues(context),
    firstMonthEndDate: formatDate(record.deadline.originalDueAt, 'en', record.deadline.timeZone),
    firstMonthLeft: formatDuration(Math.max(0, firstMonthLeft)),
    unassignedFor: formatDuration(Math.max(0, at.getTime() - since.getTime())),
    repeatHours:
      record.type === 'breach_report' ? ladder.breachOverdueRepeatHours : ladder.dpoOverdueRepeatHours,
  };
}

const FAILED_WHAT: Readonly<Record<string, string>> = {
  acknowledgement: 'the acknowledgement of receipt',
  'verification-reminder': 'the reminder to confirm the email address',
  'closed-unverified': 'the notice that the request was closed as unverified',
  'escalation-reminder': 'a deadline reminder',
  'escalation-extension-decision': 'the extension-decision reminder',
  'escalation-manager-no-first-response': 'the no-first-response alert',
  'escalation-manager-unassigned': 'the unassigned-case alert',
  'escalation-dpo-overdue': 'the overdue alert',
  'escalation-breach-deadline': 'the breach deadline alert',
  'escalation-breach-overdue': 'the breach overdue alert',
};

function deliveryFailedValues(context: TemplateContext): TemplateValues {
  const record = context.record;
  const { params } = context;
  const participant = String(params.failedParticipant ?? '');
  const failedTemplate = String(params.failedTemplate ?? '');
  const memberId = participant.startsWith('member:') ? participant.slice('member:'.length) : undefined;
  const member = memberById(context.settings.config, memberId);
  const recipient =
    participant === 'requester'
      ? 'the requester'
      : participant === 'dpo'
        ? 'the Data Protection Officer'
        : participant.startsWith('manager:')
          ? 'the team manager'
          : (member?.name ?? participant);
  const problem =
    params.problem === 'complained'
      ? 'the recipient marked it as spam (complaint)'
      : `the email bounced (${String(params.bounceType ?? 'unknown')} bounce)`;
  return {
    ...staffCaseValues(context),
    failedWhat: FAILED_WHAT[failedTemplate] ?? `the "${failedTemplate || 'unknown'}" email`,
    failedRecipient: recipient,
    failedSentAt: params.failedAt
      ? formatDateTime(String(params.failedAt), record.deadline.timeZone)
      : 'earlier',
    problem,
    isComplaint: params.problem === 'complained',
    headline: params.problem === 'complained' ? 'Spam complaint about an email' : 'Email not delivered',
    toRequester: participant === 'requester',
  };
}

function digestLines(lines: readonly DigestLine[], count: number): string {
  if (count === 0) return '  (none)';
  const shown = lines.map(
    (line) =>
      `  ${line.reference}  ${staffTypeLabel(line.type)}  ${STATUS_LABELS[line.status]}  received ${line.receivedOn}  due ${line.dueOn}`,
  );
  if (count > lines.length) shown.push(`  ... and ${count - lines.length} more`);
  return shown.join('\n');
}

type StoredDigest = ManagerDigest & { readonly counts?: Readonly<Record<keyof ManagerDigest, number>> };

/** What a team template (no case) is rendered from. */
export interface TeamTemplateContext {
  readonly params: TemplateContext['params'];
  readonly settings: TemplateContext['settings'];
  readonly language: TemplateContext['language'];
}

function digestValues(context: TeamTemplateContext): TemplateValues {
  const { params, settings } = context;
  const digest = JSON.parse(
    String(params.digest ?? '{"open":[],"dueThisWeek":[],"overdue":[]}'),
  ) as StoredDigest;
  const counts = digest.counts ?? {
    overdue: digest.overdue.length,
    dueThisWeek: digest.dueThisWeek.length,
    open: digest.open.length,
  };
  const team = settings.config.teams.find((candidate) => candidate.id === params.teamId);
  return {
    managerName: team?.manager.name ?? 'manager',
    teamName: team?.name ?? String(params.teamId ?? ''),
    digestDate: String(params.localDate ?? ''),
    overdueCount: counts.overdue,
    dueThisWeekCount: counts.dueThisWeek,
    laterCount: counts.open,
    totalCount: counts.overdue + counts.dueThisWeek + counts.open,
    overdueLines: digestLines(digest.overdue, counts.overdue),
    dueThisWeekLines: digestLines(digest.dueThisWeek, counts.dueThisWeek),
    laterLines: digestLines(digest.open, counts.open),
  };
}

/** Requester emails of the verification housekeeping, in the requester's language. */
function requesterValues(context: TemplateContext): TemplateValues {
  const record = context.record;
  const { language, settings, secrets } = context;
  const ladder = settings.escalationLadder;
  const zone = record.deadline.timeZone;
  const closeAt = new Date(
    new Date(record.receivedAt).getTime() + ladder.closeUnverifiedAfterDays * MS_PER_DAY,
  );
  return {
    name: context.content.name,
    reference: record.reference,
    typeLabel: typeLabel(record.type, language),
    receivedDate: formatDate(record.receivedAt, language, zone),
    closeDate: formatDate(closeAt, language, zone),
    closeAfterDays: ladder.closeUnverifiedAfterDays,
    verificationUrl: secrets.verificationToken
      ? deskLink(verificationUrl(settings.publicBaseUrl, secrets.verificationToken))
      : undefined,
  };
}

export const ESCALATION_VALUES = {
  'escalation-reminder': stepValues,
  'escalation-extension-decision': stepValues,
  'escalation-manager-no-first-response': stepValues,
  'escalation-manager-unassigned': stepValues,
  'escalation-dpo-overdue': stepValues,
  'escalation-breach-deadline': stepValues,
  'escalation-breach-overdue': stepValues,
  'delivery-failed': deliveryFailedValues,
  'verification-reminder': requesterValues,
  'closed-unverified': requesterValues,
} as const;

function dpoDigestValues(context: TeamTemplateContext): TemplateValues {
  const { params, settings, language } = context;
  const digest = JSON.parse(String(params.digest ?? '{"teams":[]}')) as Partial<DpoDigest>;
  const teams = digest.teams ?? [];
  const sum = (field: Exclude<keyof DpoDigestTeam, 'teamId'>) =>
    teams.reduce((total, team) => total + team[field], 0);
  const lines = teams.map((team) => {
    const name = settings.config.teams.find((candidate) => candidate.id === team.teamId)?.name ?? team.teamId;
    return `  ${name}: ${team.open} / ${team.dueThisWeek} / ${team.overdue} / ${team.extended} / ${team.refused}`;
  });
  const until = digest.localDate ? addDays(digest.localDate, -1) : '';
  const date = (value: string | undefined) =>
    value ? formatDate(`${value}T12:00:00.000Z`, language, 'UTC') : '';
  return {
    dpoName: settings.config.dpo.name,
    digestDate: date(digest.localDate),
    sinceDate: date(digest.since),
    untilDate: date(until || undefined),
    openCount: sum('open'),
    dueThisWeekCount: sum('dueThisWeek'),
    overdueCount: sum('overdue'),
    extendedCount: sum('extended'),
    refusedCount: sum('refused'),
    teamLines: lines.length > 0 ? lines.join('\n') : '  (none)',
  };
}

/** The values of a team template: a digest (the manager's or the DPO's), rendered without a case. */
export function teamTemplateValues(template: string, context: TeamTemplateContext): TemplateValues {
  if (template === 'manager-digest') return digestValues(context);
  if (template === 'dpo-digest') return dpoDigestValues(context);
  throw new Error(`${template} is not a team template`);
}
