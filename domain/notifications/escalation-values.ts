import { targetAtOf } from '../case-model.ts';
import { memberById } from '../config/member-lookups.ts';
import { addDays } from '../deadlines/calendar.ts';
import type { DigestLine, ManagerDigest } from '../escalation/index.ts';
import { verificationUrl } from '../intake/submit-request.ts';
import type { Language, RequestType } from '../request-types.ts';
import { caseOwner } from '../sweep/case-owner.ts';
import type { DpoDigest, DpoDigestTeam } from '../sweep/dpo-digest.ts';
import { deskLink, type TemplateValues } from '../templates/render-template.ts';
import { formatDate, formatDateTime as formatLocalDateTime, typeLabel } from '../templates/type-labels.ts';
import { MINUTES_PER_DAY, MINUTES_PER_HOUR, MS_PER_DAY, MS_PER_MINUTE } from '../time-units.ts';
import { countOf, type EscalationReason, type ReportedEmail, staffLabels } from './staff-labels.ts';
import type { TemplateContext } from './template-values.ts';

/*
 * Values of the sweep's emails. Staff emails (escalations, delivery failures, digests) name
 * references, types, dates, durations and reasons; their templates never name the requester's
 * content. Requester emails (verification housekeeping) get the name.
 */

export const staffTypeLabel = (type: RequestType, language: Language = 'en') =>
  staffLabels(language).typeLabels[type];

/** `28 February 2025 at 23:59 CET`, in the handling entity's zone and the reader's language. */
export function formatDateTime(instant: string | Date, timeZone: string, language: Language = 'en'): string {
  return formatLocalDateTime(instant, language, timeZone);
}

/** `6 days and 23 hours`, `3 hours and 5 minutes`, `12 minutes`: the two largest units, rounded down. */
export function formatDuration(ms: number, language: Language = 'en'): string {
  const minutes = Math.floor(Math.abs(ms) / MS_PER_MINUTE);
  const days = Math.floor(minutes / MINUTES_PER_DAY);
  const hours = Math.floor((minutes % MINUTES_PER_DAY) / MINUTES_PER_HOUR);
  const rest = minutes % 60;
  const and = staffLabels(language).and;
  const count = (n: number, unit: 'day' | 'hour' | 'minute') => countOf(n, unit, language);
  if (days > 0)
    return hours > 0 ? `${count(days, 'day')} ${and} ${count(hours, 'hour')}` : count(days, 'day');
  if (hours > 0)
    return rest > 0 ? `${count(hours, 'hour')} ${and} ${count(rest, 'minute')}` : count(hours, 'hour');
  return count(rest, 'minute');
}

const REASONS: readonly [RegExp, EscalationReason, 'day' | 'hour' | 'minute'][] = [
  [/^due_within_(\d+)d$/, 'dueWithin', 'day'],
  [/^first_month_ends_within_(\d+)d$/, 'firstMonthEndsWithin', 'day'],
  [/^no_first_response_due_within_(\d+)d$/, 'noFirstResponseDueWithin', 'day'],
  [/^unassigned_over_(\d+)m$/, 'unassignedOver', 'minute'],
  [/^overdue$/, 'overdue', 'day'],
  [/^still_overdue_after_(\d+)h$/, 'stillOverdueAfter', 'hour'],
  [/^breach_due_within_(\d+)h$/, 'breachDueWithin', 'hour'],
  [/^breach_overdue$/, 'breachOverdue', 'hour'],
  [/^breach_still_overdue_after_(\d+)h$/, 'breachStillOverdueAfter', 'hour'],
];

/** The ladder's reason code (`due_within_7d`) as a sentence part for the email. */
export function describeReason(reason: string, language: Language = 'en'): string {
  for (const [pattern, key, unit] of REASONS) {
    const match = pattern.exec(reason);
    if (match) return staffLabels(language).reasons[key](countOf(Number(match[1] ?? 0), unit, language));
  }
  return reason.replace(/_/g, ' ');
}

/** What every staff email about a case shows, as of `at` (the sweep's time, or the event's). */
export function staffCaseValues(context: TemplateContext): TemplateValues {
  const { record, language } = context;
  const { config } = context.settings;
  const labels = staffLabels(language);
  const zone = record.deadline.timeZone;
  const at = context.params.at === undefined ? context.now : new Date(String(context.params.at));
  const msLeft = new Date(record.deadline.dueAt).getTime() - at.getTime();
  const owner = caseOwner(record, config);
  const duration = (ms: number) => formatDuration(ms, language);
  return {
    reference: record.reference,
    typeLabel: staffTypeLabel(record.type, language),
    teamName: owner.team?.name ?? record.teamId,
    managerName: owner.team?.manager.name ?? labels.theTeamManager,
    assigneeName: owner.member?.name ?? labels.nobodyYet,
    statusLabel: labels.statusLabels[record.status],
    receivedDate: formatDate(record.receivedAt, language, zone),
    receivedDateTime: formatDateTime(record.receivedAt, zone, language),
    dueDate: formatDate(record.deadline.dueAt, language, zone),
    dueDateTime: formatDateTime(record.deadline.dueAt, zone, language),
    // The date the desk works to; `dueDate` and the time left count to the legal limit.
    targetDate: formatDate(targetAtOf(record.deadline), language, zone),
    timeLeft: duration(Math.max(0, msLeft)),
    overdueBy: duration(Math.max(0, -msLeft)),
    timeLeftOrOverdue: msLeft >= 0 ? labels.timeLeft(duration(msLeft)) : labels.overdueBy(duration(-msLeft)),
    firstResponse: record.firstResponseAt
      ? labels.firstResponseOn(formatDate(record.firstResponseAt, language, zone))
      : labels.noFirstResponse,
    reason: describeReason(String(context.params.reason ?? ''), language),
    toManager: context.params.recipientRole === 'manager',
  };
}

function stepValues(context: TemplateContext): TemplateValues {
  const { record, language } = context;
  const ladder = context.settings.escalationLadder;
  const at = context.params.at === undefined ? context.now : new Date(String(context.params.at));
  const since = new Date(record.verifiedAt ?? record.receivedAt);
  const firstMonthLeft = new Date(record.deadline.originalDueAt).getTime() - at.getTime();
  return {
    ...staffCaseValues(context),
    firstMonthEndDate: formatDate(record.deadline.originalDueAt, language, record.deadline.timeZone),
    firstMonthLeft: formatDuration(Math.max(0, firstMonthLeft), language),
    unassignedFor: formatDuration(Math.max(0, at.getTime() - since.getTime()), language),
    repeatHours:
      record.type === 'breach_report' ? ladder.breachOverdueRepeatHours : ladder.dpoOverdueRepeatHours,
  };
}

function deliveryFailedValues(context: TemplateContext): TemplateValues {
  const { record, params, language } = context;
  const labels = staffLabels(language);
  const participant = String(params.failedParticipant ?? '');
  const failedTemplate = String(params.failedTemplate ?? '');
  const memberId = participant.startsWith('member:') ? participant.slice('member:'.length) : undefined;
  const member = memberById(context.settings.config, memberId);
  const recipient =
    participant === 'requester'
      ? labels.recipients.requester
      : participant === 'dpo'
        ? labels.recipients.dpo
        : participant.startsWith('manager:')
          ? labels.recipients.manager
          : (member?.name ?? participant);
  const problem =
    params.problem === 'complained'
      ? labels.complained
      : labels.bounced(String(params.bounceType ?? 'unknown'));
  const failedWhat = Object.hasOwn(labels.failedWhat, failedTemplate)
    ? labels.failedWhat[failedTemplate as ReportedEmail]
    : labels.otherEmail(failedTemplate || 'unknown');
  return {
    ...staffCaseValues(context),
    failedWhat,
    failedRecipient: recipient,
    failedSentAt: params.failedAt
      ? formatDateTime(String(params.failedAt), record.deadline.timeZone, language)
      : labels.earlier,
    problem,
    isComplaint: params.problem === 'complained',
    headline: params.problem === 'complained' ? labels.headline.complained : labels.headline.bounced,
    toRequester: participant === 'requester',
  };
}

function digestLines(lines: readonly DigestLine[], count: number, language: Language): string {
  const labels = staffLabels(language);
  if (count === 0) return `  ${labels.digest.none}`;
  const shown = lines.map(
    (line) =>
      `  ${line.reference}  ${staffTypeLabel(line.type, language)}  ${labels.statusLabels[line.status]}  ${labels.digest.received} ${line.receivedOn}  ${labels.digest.due} ${line.dueOn}`,
  );
  if (count > lines.length) shown.push(`  ${labels.digest.more(String(count - lines.length))}`);
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
  const { params, settings, language } = context;
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
    managerName: team?.manager.name ?? staffLabels(language).manager,
    teamName: team?.name ?? String(params.teamId ?? ''),
    digestDate: String(params.localDate ?? ''),
    overdueCount: counts.overdue,
    dueThisWeekCount: counts.dueThisWeek,
    laterCount: counts.open,
    totalCount: counts.overdue + counts.dueThisWeek + counts.open,
    overdueLines: digestLines(digest.overdue, counts.overdue, language),
    dueThisWeekLines: digestLines(digest.dueThisWeek, counts.dueThisWeek, language),
    laterLines: digestLines(digest.open, counts.open, language),
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
    teamLines: lines.length > 0 ? lines.join('\n') : `  ${staffLabels(language).digest.none}`,
  };
}

/** The values of a team template: a digest (the manager's or the DPO's), rendered without a case. */
export function teamTemplateValues(template: string, context: TeamTemplateContext): TemplateValues {
  if (template === 'manager-digest') return digestValues(context);
  if (template === 'dpo-digest') return dpoDigestValues(context);
  throw new Error(`${template} is not a team template`);
}
