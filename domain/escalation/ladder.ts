import { isOpenStatus } from '../case-lifecycle.ts';
import { CASE_STATUSES } from '../case-model.ts';
import { isRightsRequest, type RequestType } from '../request-types.ts';
import { MS_PER_DAY, MS_PER_HOUR, MS_PER_MINUTE } from '../time-units.ts';
import { DEFAULT_ESCALATION_LADDER } from './default-ladder.ts';
import type { EscalationLadder } from './ladder-config.ts';

/** The states a case passes through, as escalation sees them. */
export const ESCALATION_CASE_STATUSES = CASE_STATUSES;
export type EscalationCaseStatus = (typeof ESCALATION_CASE_STATUSES)[number];

/** What the ladder needs to know of a case. No content, no personal data. */
export interface EscalationCase {
  readonly caseId: string;
  readonly reference: string;
  readonly type: RequestType;
  readonly status: EscalationCaseStatus;
  readonly receivedAt: Date;
  /** When the requester confirmed their email; the unassigned timer starts here when present. */
  readonly verifiedAt?: Date;
  /** The current deadline, extensions and pauses included (domain/deadlines computes it). */
  readonly dueAt: Date;
  /** The end of the first month (the unextended deadline); the extension must be decided before it. */
  readonly originalDueAt: Date;
  readonly extendedMonths: 0 | 1 | 2;
  readonly assigneeId?: string;
  readonly firstResponseAt?: Date;
  /** Keys of the steps already sent for this case (the handler's escalation state). */
  readonly sentKeys: ReadonlySet<string>;
}

export type EscalationRecipient = 'assignee' | 'manager' | 'dpo';

export const ESCALATION_LEVELS = ['reminder', 'manager', 'dpo', 'breach', 'extension_decision'] as const;
export type EscalationLevel = (typeof ESCALATION_LEVELS)[number];

/** The name of the mail template of each kind of step; `SWEEP_TEMPLATES` holds their texts. */
export const ESCALATION_TEMPLATE_NAMES = {
  reminder: 'escalation-reminder',
  extensionDecision: 'escalation-extension-decision',
  managerNoFirstResponse: 'escalation-manager-no-first-response',
  managerUnassigned: 'escalation-manager-unassigned',
  dpoOverdue: 'escalation-dpo-overdue',
  breachDeadline: 'escalation-breach-deadline',
  breachOverdue: 'escalation-breach-overdue',
} as const;
export type EscalationTemplate = (typeof ESCALATION_TEMPLATE_NAMES)[keyof typeof ESCALATION_TEMPLATE_NAMES];

export interface EscalationStep {
  /** Stable per case: the handler records it with a conditional update and never sends it twice. */
  readonly key: string;
  readonly level: EscalationLevel;
  readonly recipients: readonly EscalationRecipient[];
  readonly template: EscalationTemplate;
  /** Short machine-ish reason for logs and the audit trail; never personal data. */
  readonly reason: string;
  /**
   * Repeating steps only: `<key>@<now ISO>`, recorded with the key (not a condition of the write),
   * so that the next step of the track waits a whole period from this one.
   */
  readonly sentAtKey?: string;
}

/** The tracks whose step repeats while the case stays overdue; a step's key is `<track>:<n>`. */
const REPEATING_TRACKS = { dpoOverdue: 'dpo:overdue', breachOverdue: 'breach:overdue' } as const;
type RepeatingTrack = (typeof REPEATING_TRACKS)[keyof typeof REPEATING_TRACKS];

/** The keys of the steps. The numbers come from the ladder, so a key names its own trigger. */
export const escalationKey = {
  assigneeReminder: (daysBefore: number) => `assignee-reminder:${daysBefore}d`,
  extensionDecision: 'extension-decision',
  managerNoFirstResponse: (daysBefore: number) => `manager:no-first-response:${daysBefore}d`,
  managerUnassigned: 'manager:unassigned',
  /** `sent` counts the alerts of the track sent before: 0 for the first overdue alert, 1 for the next, ... */
  dpoOverdue: (sent: number) => `${REPEATING_TRACKS.dpoOverdue}:${sent}`,
  breachBefore: (hoursBefore: number) => `breach:${hoursBefore}h`,
  /** `sent` counts the alerts of the track sent before, as for the DPO. */
  breachOverdue: (sent: number) => `${REPEATING_TRACKS.breachOverdue}:${sent}`,
} as const;

/**
 * The escalation steps due for `c` at `now` that have not been sent yet (DOMAIN.md, "Escalation").
 * Pure: the handler records each returned key before or with sending, and passes the recorded keys
 * back in `sentKeys` on the next sweep.
 *
 * Decisions:
 * - Closed cases get nothing.
 * - Steps run on independent tracks: assignee reminders, extension decision, manager without first
 *   response, manager for an unassigned case, DPO overdue (breach reports: breach deadline and breach
 *   overdue). On a track with several lead times only the latest one reached counts: a step whose
 *   successor on its track has been reached is superseded and never sent, even if it was missed
 *   (a case first swept 1 day before its due date gets the 2-day reminder, not the 7-day one).
 * - Lead-time steps (reminders, manager without first response, extension decision, breach 24h/4h)
 *   are live from their trigger up to and including the deadline they count down to; once that has
 *   passed they are superseded by the overdue steps. A lead-time step whose trigger lies before the
 *   case was received is not sent: the case arrived inside that window and the assignment mail already
 *   carries the due date (a 72-hour breach report never gets the 7-day reminder).
 * - Repeating steps (DPO overdue, breach overdue) go as soon as the case is overdue (from the first
 *   millisecond after `dueAt`), then at most once per period counted from the last one sent, so a
 *   desk that was down sends one alert when it is back, never a burst, and never a second one shortly
 *   after because a period counted from the due date began. The n-th alert of a track has the key
 *   `<track>:<n>` (two sweeps reading the same case compute the same key, and only one records it);
 *   its `sentAtKey` records when it went.
 * - The extension decision goes to every unextended rights request whose first month is ending, a
 *   first response (a holding reply) or not: only an answer closes the case.
 * - Without an assignee, the assignee steps (reminders, extension decision) go to the manager; the key
 *   stays the same, so an assignee appointed later does not get that step again.
 * - The unassigned step goes once per case, as soon as the case has had no assignee for more than
 *   the configured minutes, counted from verification (or receipt). Not while it awaits verification.
 *   It is not superseded by overdue: it is about ownership, the DPO step about time.
 * - breach_report: the breach ladder (DPO and manager at 24h and 4h left, every hour once overdue)
 *   replaces the manager-without-first-response and the daily DPO steps; assignee reminders and the
 *   unassigned step still apply.
 * - Different tracks may fall due in the same sweep (7-day reminder and extension decision, both to
 *   the assignee): each is its own step with its own key; the handler may bundle them into one mail.
 */
export function dueEscalationSteps(
  c: EscalationCase,
  now: Date,
  ladder: EscalationLadder = DEFAULT_ESCALATION_LADDER,
): EscalationStep[] {
  assertInstant(now, 'now');
  assertInstant(c.receivedAt, 'receivedAt');
  assertInstant(c.dueAt, 'dueAt');
  assertInstant(c.originalDueAt, 'originalDueAt');
  if (!isOpenStatus(c.status)) return [];

  const steps: EscalationStep[] = [];
  const isBreach = c.type === 'breach_report';
  const responded = c.firstResponseAt !== undefined;
  const assigneeSide: readonly EscalationRecipient[] =
    c.assigneeId === undefined ? ['manager'] : ['assignee'];

  const reminderDays = reachedLeadTime(c, c.dueAt, now, ladder.assigneeReminderDaysBefore, MS_PER_DAY);
  if (reminderDays !== undefined) {
    steps.push({
      key: escalationKey.assigneeReminder(reminderDays),
      level: 'reminder',
      recipients: assigneeSide,
      template: ESCALATION_TEMPLATE_NAMES.reminder,
      reason: `due_within_${reminderDays}d`,
    });
  }

  // About the answer, not the first contact: a holding reply sets firstResponseAt but answers
  // nothing, so only an extension or the closing of the case (no steps at all) ends this track.
  if (isRightsRequest(c.type) && c.extendedMonths === 0) {
    const days = ladder.extensionDecisionDaysBeforeFirstMonthEnd;
    if (reachedLeadTime(c, c.originalDueAt, now, [days], MS_PER_DAY) !== undefined) {
      steps.push({
        key: escalationKey.extensionDecision,
        level: 'extension_decision',
        recipients: assigneeSide,
        template: ESCALATION_TEMPLATE_NAMES.extensionDecision,
        reason: `first_month_ends_within_${days}d`,
      });
    }
  }

  if (!isBreach && !responded) {
    const days = ladder.managerNoFirstResponseDaysBefore;
    if (reachedLeadTime(c, c.dueAt, now, [days], MS_PER_DAY) !== undefined) {
      steps.push({
        key: escalationKey.managerNoFirstResponse(days),
        level: 'manager',
        recipients: ['manager'],
        template: ESCALATION_TEMPLATE_NAMES.managerNoFirstResponse,
        reason: `no_first_response_due_within_${days}d`,
      });
    }
  }

  if (c.assigneeId === undefined && c.status !== 'awaiting_verification') {
    const minutes = ladder.managerUnassignedAfterMinutes;
    const since = c.verifiedAt ?? c.receivedAt;
    if (now.getTime() - since.getTime() > minutes * MS_PER_MINUTE) {
      steps.push({
        key: escalationKey.managerUnassigned,
        level: 'manager',
        recipients: ['manager'],
        template: ESCALATION_TEMPLATE_NAMES.managerUnassigned,
        reason: `unassigned_over_${minutes}m`,
      });
    }
  }

  const overdue = now.getTime() > c.dueAt.getTime();
  const hoursOverdue = Math.floor((now.getTime() - c.dueAt.getTime()) / MS_PER_HOUR);
  if (isBreach && overdue) {
    const sent = nextRepeat(c, now, REPEATING_TRACKS.breachOverdue, ladder.breachOverdueRepeatHours);
    if (sent !== undefined) {
      const key = escalationKey.breachOverdue(sent);
      steps.push({
        key,
        level: 'breach',
        recipients: ['dpo', 'manager'],
        template: ESCALATION_TEMPLATE_NAMES.breachOverdue,
        reason: sent === 0 ? 'breach_overdue' : `breach_still_overdue_after_${hoursOverdue}h`,
        sentAtKey: sentAtKey(key, now),
      });
    }
  } else if (isBreach) {
    const hours = reachedLeadTime(c, c.dueAt, now, ladder.breachReminderHoursBefore, MS_PER_HOUR);
    if (hours !== undefined) {
      steps.push({
        key: escalationKey.breachBefore(hours),
        level: 'breach',
        recipients: ['dpo', 'manager'],
        template: ESCALATION_TEMPLATE_NAMES.breachDeadline,
        reason: `breach_due_within_${hours}h`,
      });
    }
  } else if (overdue) {
    const sent = nextRepeat(c, now, REPEATING_TRACKS.dpoOverdue, ladder.dpoOverdueRepeatHours);
    if (sent !== undefined) {
      const key = escalationKey.dpoOverdue(sent);
      steps.push({
        key,
        level: 'dpo',
        recipients: ['dpo'],
        template: ESCALATION_TEMPLATE_NAMES.dpoOverdue,
        reason: sent === 0 ? 'overdue' : `still_overdue_after_${hoursOverdue}h`,
        sentAtKey: sentAtKey(key, now),
      });
    }
  }

  return steps.filter((step) => !c.sentKeys.has(step.key));
}

/**
 * The latest `dueAt` the sweep must read: a case due later has no deadline step due yet. It is now plus
 * the largest lead time of the ladder (7 days by default); the sweep reads every open case due at or
 * before it, overdue ones included. The extension decision counts down to `originalDueAt`, which for an
 * unextended case is its `dueAt`; only when a clock pause moved `dueAt` later than `originalDueAt` does
 * the case enter the horizon late (a pause of a week or more would miss the extension reminder), so
 * with pauses enabled the sweep also reads unextended cases by `originalDueAt`.
 * The unassigned step does not depend on the due date: read those cases with `unassignedCutoff`.
 */
export function sweepHorizon(ladder: EscalationLadder, now: Date): Date {
  assertInstant(now, 'now');
  const leadMs = Math.max(
    0,
    ...ladder.assigneeReminderDaysBefore.map((days) => days * MS_PER_DAY),
    ladder.managerNoFirstResponseDaysBefore * MS_PER_DAY,
    ladder.extensionDecisionDaysBeforeFirstMonthEnd * MS_PER_DAY,
    ...ladder.breachReminderHoursBefore.map((hours) => hours * MS_PER_HOUR),
  );
  return new Date(now.getTime() + leadMs);
}

/**
 * Unassigned open cases verified (or received) strictly before this instant are due the manager's
 * unassigned step: the sweep reads them besides the cases up to `sweepHorizon`.
 */
export function unassignedCutoff(ladder: EscalationLadder, now: Date): Date {
  assertInstant(now, 'now');
  return new Date(now.getTime() - ladder.managerUnassignedAfterMinutes * MS_PER_MINUTE);
}

/**
 * Of the lead times (in `unitMs`) before `deadline`, the one whose trigger was reached last, or
 * undefined: before the first trigger, after the deadline, or when that trigger precedes receipt.
 */
function reachedLeadTime(
  c: EscalationCase,
  deadline: Date,
  now: Date,
  leadTimes: readonly number[],
  unitMs: number,
): number | undefined {
  const msLeft = deadline.getTime() - now.getTime();
  if (msLeft < 0) return undefined;
  const reached = leadTimes.filter((lead) => lead * unitMs >= msLeft);
  if (reached.length === 0) return undefined;
  const latest = Math.min(...reached);
  const triggerAt = deadline.getTime() - latest * unitMs;
  return triggerAt >= c.receivedAt.getTime() ? latest : undefined;
}

const sentAtKey = (key: string, at: Date) => `${key}@${at.toISOString()}`;

/**
 * How many alerts of a repeating track went before, when the next one is due at `now` (a whole
 * period after the last one sent); undefined while that period runs. Only called once overdue.
 *
 * Alerts recorded before their instant was (`dpo:overdue:<period>`, `breach:overdue:h<hours>`,
 * counted from the due date) count as sent at the start of that period, so a desk that upgrades
 * keeps to the old schedule for one more alert rather than sending one at once.
 */
function nextRepeat(
  c: EscalationCase,
  now: Date,
  track: RepeatingTrack,
  periodHours: number,
): number | undefined {
  const periodMs = periodHours * MS_PER_HOUR;
  const prefix = `${track}:`;
  const timed = new Set<string>();
  let lastSentAt = Number.NEGATIVE_INFINITY;
  let count = 0;
  for (const key of c.sentKeys) {
    if (!key.startsWith(prefix)) continue;
    const [name = '', at] = key.slice(prefix.length).split('@');
    if (at !== undefined) {
      timed.add(name);
      lastSentAt = Math.max(lastSentAt, Date.parse(at));
    } else if (/^\d+$/.test(name)) {
      count = Math.max(count, Number(name) + 1);
    }
  }
  for (const key of c.sentKeys) {
    if (!key.startsWith(prefix)) continue;
    const name = key.slice(prefix.length);
    const untimed = /^h?(\d+)$/.exec(name);
    if (!untimed?.[1] || timed.has(name)) continue;
    const startMs = name.startsWith('h') ? Number(untimed[1]) * MS_PER_HOUR : Number(untimed[1]) * periodMs;
    lastSentAt = Math.max(lastSentAt, c.dueAt.getTime() + startMs);
  }
  return now.getTime() - lastSentAt >= periodMs ? count : undefined;
}

function assertInstant(value: Date, name: string): void {
  if (!(value instanceof Date) || Number.isNaN(value.getTime())) {
    throw new RangeError(`Escalation: ${name} is not a valid date`);
  }
}
