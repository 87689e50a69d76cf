import { randomUUID } from 'node:crypto';
import type { DigestTeamCounts, EscalationStore } from '../case-store.ts';
import {
  addDays,
  addMonthsClamped,
  dayOfWeek,
  endOfLocalDay,
  type LocalDate,
} from '../deadlines/calendar.ts';
import { digestRanges, localDateIn } from '../escalation/index.ts';
import type { Notification } from '../notifications/notification.ts';
import { MS_PER_DAY } from '../time-units.ts';
import { DIGEST_LOCAL_HOUR, DIGEST_READ_BUDGET, digestPartitionId, localHourIn } from './manager-digests.ts';
import { enqueueAll, type SweepDeps } from './sweep-deps.ts';

/** The DPO's weekly digest goes out with the first sweep on this weekday (1 = Monday) at or after DIGEST_LOCAL_HOUR. */
export const DPO_DIGEST_WEEKDAY = 1;
/** Its marker, DIGEST#<this> / <week>, beside the teams' (not a valid team id, so never a team's). */
export const DPO_DIGEST_LOG = '#dpo';
/** The weekly markers expire after this many days. */
const MARKER_DAYS = 70;

/** One team's line of the DPO's weekly digest: counts only, no reference, no content. */
export interface DpoDigestTeam {
  readonly teamId: string;
  readonly open: number;
  readonly dueThisWeek: number;
  readonly overdue: number;
  /** Open with an Art. 12(3) extension. */
  readonly extended: number;
  /** Closed as refused in the seven local days before the digest's (Monday to Sunday). */
  readonly refused: number;
}

export interface DpoDigest {
  /** The local date of the digest (a Monday) and the first day of the week it looks back on. */
  readonly localDate: LocalDate;
  readonly since: LocalDate;
  readonly teams: readonly DpoDigestTeam[];
}

export interface DpoDigestRun {
  readonly week: string;
  readonly sent: boolean;
  /** Teams still to count when the read budget ran out: the next sweep goes on with them. */
  readonly teamsLeft?: number;
}

/**
 * The DPO's weekly group digest: per team, the open cases, those due within the week, overdue and
 * extended, and the requests refused in the past seven days. Once a week, from the first sweep on
 * Monday at or after 07:00 in the zone of the default team (the group's home entity), as the daily
 * digests: a marker (DIGEST#'#dpo' / <Monday's date>) written with a conditional put in the same
 * transaction as the outbox entry, so repeated or concurrent sweeps send it once. The counts come
 * from one read of each team's byTeam partition (every open case once a week, the projected fields
 * only; a paused one counts as open, never as due or overdue); the refusals from the purge index. It
 * runs in a sweep with no daily digest left to send.
 * Like the daily digests, a sweep reads teams until `readBudget` open cases (a team whole or not at
 * all, at least one team per sweep); each team's counts are kept (DIGEST#'#dpo' / <date>#<teamId>)
 * and the next sweep, five minutes later, goes on with the teams left. A team's counts are as of the
 * sweep that read it.
 */
export async function sendDpoDigest(
  deps: SweepDeps<EscalationStore>,
  readBudget = DIGEST_READ_BUDGET,
): Promise<DpoDigestRun | undefined> {
  const { store, now, settings } = deps;
  const config = settings.config;
  const home = config.teams.find((team) => team.id === config.routing.defaultTeamId) ?? config.teams[0];
  if (!home) return undefined;
  const zone = home.timeZone;
  const localDate = localDateIn(now, zone);
  if (dayOfWeek(localDate) !== DPO_DIGEST_WEEKDAY || localHourIn(now, zone) < DIGEST_LOCAL_HOUR)
    return undefined;
  const marker = { teamId: DPO_DIGEST_LOG, localDate };
  if ((await store.digestsSent([marker])).has(DPO_DIGEST_LOG)) return undefined;

  const since = addDays(localDate, -7);
  const weekStart = new Date(endOfLocalDay(addDays(since, -1), zone).getTime() + 1);
  const weekEnd = new Date(endOfLocalDay(addDays(localDate, -1), zone).getTime() + 1);
  const expiresAt = new Date(now.getTime() + MARKER_DAYS * MS_PER_DAY).toISOString();
  const counted = new Map(
    (await store.digestProgress(DPO_DIGEST_LOG, localDate)).map((counts) => [counts.teamId, counts]),
  );
  const ranges = digestRanges(now, zone);
  const within = (dueAt: number, { notBefore, before }: { notBefore?: Date; before?: Date }) =>
    (!notBefore || dueAt >= notBefore.getTime()) && (!before || dueAt < before.getTime());
  let casesRead = 0;
  for (const team of config.teams) {
    if (counted.has(team.id)) continue;
    if (casesRead >= readBudget) break;
    // One pass over the team's partition: the few projected fields of every open case.
    const { first: cases } = await store.readTeamOpenCases(team.id, { limit: Number.MAX_SAFE_INTEGER });
    casesRead += cases.length;
    // A paused case is open but its deadline is not running: never due this week, never overdue.
    const dueAts = cases.filter((c) => !c.paused).map((c) => new Date(c.deadline.dueAt).getTime());
    const counts: DigestTeamCounts = {
      teamId: team.id,
      open: cases.length,
      dueThisWeek: dueAts.filter((dueAt) => within(dueAt, ranges.dueThisWeek)).length,
      overdue: dueAts.filter((dueAt) => within(dueAt, ranges.overdue)).length,
      extended: cases.filter((c) => (c.deadline.extendedMonths ?? 0) > 0).length,
    };
    counted.set(team.id, counts);
    await store.saveDigestProgress(DPO_DIGEST_LOG, localDate, counts, expiresAt);
  }
  const teamsLeft = config.teams.filter((team) => !counted.has(team.id)).length;
  if (teamsLeft > 0) return { week: localDate, sent: false, teamsLeft };

  const refusedByTeam = await refusalsSince(store, weekStart, weekEnd, config.retention);
  const teams: DpoDigestTeam[] = config.teams.map((team) => {
    const counts = counted.get(team.id) as DigestTeamCounts;
    return {
      teamId: team.id,
      open: counts.open,
      dueThisWeek: counts.dueThisWeek,
      overdue: counts.overdue,
      extended: counts.extended,
      refused: refusedByTeam.get(team.id) ?? 0,
    };
  });
  const digest: DpoDigest = { localDate, since, teams };
  const at = now.toISOString();
  const notification: Notification = {
    notificationId: (deps.newId ?? randomUUID)(),
    caseId: digestPartitionId(DPO_DIGEST_LOG),
    template: 'dpo-digest',
    recipient: { role: 'dpo' },
    createdAt: at,
    params: { localDate, at, digest: JSON.stringify(digest) },
  };
  const recorded = await store.recordDigest(
    {
      ...marker,
      key: `dpo-digest:${localDate}`,
      expiresAt,
    },
    notification,
  );
  if (!recorded) return undefined;
  await enqueueAll([notification], deps);
  return { week: localDate, sent: true };
}

/**
 * Refusals closed in [from, to), per team. Source: the purge index (byPendingStep `purge`), which
 * holds every closed case until its retention ends, sorted by its purge date. The STATS# records
 * cannot serve: they are written when a case is purged, months after it closed. A case closed in the
 * window has a purge date in the window moved on by its retention period, so one range per distinct
 * period (a day's margin each side for the zones) finds them all; the range may also hold cases
 * closed earlier under a longer period, which the closing date leaves out. A period changed in the
 * configuration since a case closed can miss that case in the count of that week.
 */
async function refusalsSince(
  store: Pick<EscalationStore, 'listClosedCases'>,
  from: Date,
  to: Date,
  retention: SweepDeps['settings']['config']['retention'],
): Promise<Map<string, number>> {
  const periods = new Set([
    retention.closedCaseMonths,
    retention.jobApplicationMonths,
    retention.marketingContactMonths,
  ]);
  const utcDate = (instant: Date) => instant.toISOString().slice(0, 10);
  const seen = new Set<string>();
  const byTeam = new Map<string, number>();
  for (const months of periods) {
    const notBefore = new Date(`${addMonthsClamped(addDays(utcDate(from), -1), months)}T00:00:00.000Z`);
    const before = new Date(`${addMonthsClamped(addDays(utcDate(to), 1), months)}T00:00:00.000Z`);
    const closed = await store.listClosedCases({
      notBefore,
      before: new Date(before.getTime() + 2 * MS_PER_DAY),
    });
    for (const c of closed) {
      if (seen.has(c.caseId)) continue;
      seen.add(c.caseId);
      const closedAt = new Date(c.closedAt).getTime();
      if (c.outcome !== 'refused' || closedAt < from.getTime() || closedAt >= to.getTime()) continue;
      byTeam.set(c.teamId, (byTeam.get(c.teamId) ?? 0) + 1);
    }
  }
  return byTeam;
}
