import { createHash, randomUUID } from 'node:crypto';
import type { EscalationStore, TeamOpenCase } from '../case-store.ts';
import {
  buildManagerDigest,
  type DigestCase,
  digestKey,
  digestRanges,
  localDateIn,
  type ManagerDigest,
} from '../escalation/index.ts';
import type { Notification } from '../notifications/notification.ts';
import { MS_PER_DAY } from '../time-units.ts';
import { enqueueAll, type SweepDeps } from './sweep-deps.ts';

/** Digests go out with the first sweep at or after this hour, local time of the team's entity. */
export const DIGEST_LOCAL_HOUR = 7;
/** Lines per list kept in a digest; the counts stay exact (a DynamoDB item holds 400 KB). */
export const DIGEST_MAX_LINES = 200;
/**
 * Open cases one sweep reads for digests before it leaves the remaining teams to the next sweep (five
 * minutes later): a team's digest is read whole or not at all, and at least one goes out per sweep.
 * About 7 s of reading on DynamoDB Local on a 2-core machine, well inside the sweep's 60 s timeout,
 * however many teams share a 07:00.
 */
export const DIGEST_READ_BUDGET = 20_000;
/** The once-a-day markers expire after this many days. */
const MARKER_DAYS = 35;

export interface DigestRun {
  readonly teamId: string;
  readonly localDate: string;
  readonly overdue: number;
  readonly dueThisWeek: number;
  readonly open: number;
  /** False for a team without open cases: the day is marked, no email goes out. */
  readonly sent: boolean;
}

/**
 * The id of a team's digest log: the outbox entries and sent digests of a team live in this
 * partition (`CASE#<id>`, holding no case item), so the outbox, its re-drive and the sender work for
 * them unchanged. Name-based (SHA-256 of the team id, laid out as an RFC 9562 version 8 UUID).
 */
export function digestPartitionId(teamId: string): string {
  const hex = createHash('sha256').update(`privacy-desk:digest:${teamId}`).digest('hex');
  const variant = ((Number.parseInt(hex.charAt(16), 16) & 0x3) | 0x8).toString(16);
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-8${hex.slice(13, 16)}-${variant}${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

/**
 * Once a day per team manager, from the first sweep at or after DIGEST_LOCAL_HOUR in the team's
 * zone: the team's open cases in three lists (overdue, due this week, later), references, types,
 * statuses and dates only. A marker item (DIGEST#<teamId> / <local date>) is written with a
 * conditional put in the same transaction as the outbox entry, so concurrent or repeated sweeps send
 * it once. Each pending team's open cases are read from its byTeam partition by deadline range (a
 * paused case, its deadline not running, is in none of the lists): a digest reads its
 * own team's open cases, never another team's nor any closed case, and only in a sweep where that
 * team's digest is due and not yet marked; past DIGEST_READ_BUDGET the other teams wait for the next
 * sweep.
 */
export async function sendManagerDigests(
  deps: SweepDeps<EscalationStore>,
  readBudget = DIGEST_READ_BUDGET,
): Promise<DigestRun[]> {
  const { store, now, settings } = deps;
  const dueTeams = settings.config.teams
    .filter((team) => localHourIn(now, team.timeZone) >= DIGEST_LOCAL_HOUR)
    .map((team) => ({ team, teamId: team.id, localDate: localDateIn(now, team.timeZone) }));
  if (dueTeams.length === 0) return [];
  const alreadySent = await store.digestsSent(dueTeams);
  const pending = dueTeams.filter(({ teamId }) => !alreadySent.has(teamId));
  if (pending.length === 0) return [];

  const runs: DigestRun[] = [];
  const at = now.toISOString();
  let casesRead = 0;
  for (const { team, localDate } of pending) {
    if (casesRead >= readBudget) break;
    const { digest, counts } = await readTeamDigest(store, team.id, now, team.timeZone);
    const total = counts.overdue + counts.dueThisWeek + counts.open;
    casesRead += total;
    const key = digestKey(team.id, now, team.timeZone);
    const notification: Notification | undefined =
      total === 0
        ? undefined
        : {
            notificationId: (deps.newId ?? randomUUID)(),
            caseId: digestPartitionId(team.id),
            template: 'manager-digest',
            recipient: { role: 'manager', teamId: team.id },
            createdAt: at,
            params: { teamId: team.id, localDate, key, at, digest: JSON.stringify({ ...digest, counts }) },
          };
    const recorded = await store.recordDigest(
      {
        teamId: team.id,
        localDate,
        key,
        expiresAt: new Date(now.getTime() + MARKER_DAYS * MS_PER_DAY).toISOString(),
      },
      notification,
    );
    if (!recorded) continue;
    if (notification) await enqueueAll([notification], deps);
    runs.push({
      teamId: team.id,
      localDate,
      ...counts,
      sent: notification !== undefined,
    });
  }
  return runs;
}

function toDigestCase(c: TeamOpenCase): DigestCase {
  return {
    reference: c.reference,
    type: c.type,
    status: c.status,
    receivedAt: new Date(c.receivedAt),
    dueAt: new Date(c.deadline.dueAt),
  };
}

/**
 * A team's digest from its byTeam partition: each list's first DIGEST_MAX_LINES cases, read by
 * deadline range, and its exact count (the template says how many more there are).
 */
async function readTeamDigest(
  store: Pick<EscalationStore, 'readTeamOpenCases'>,
  teamId: string,
  now: Date,
  timeZone: string,
): Promise<{ digest: ManagerDigest; counts: Record<keyof ManagerDigest, number> }> {
  const ranges = digestRanges(now, timeZone);
  const [overdue, dueThisWeek, open] = await Promise.all(
    [ranges.overdue, ranges.dueThisWeek, ranges.open].map((due) =>
      store.readTeamOpenCases(teamId, { due, limit: DIGEST_MAX_LINES }),
    ),
  );
  const cases = [overdue, dueThisWeek, open].flatMap((read) => read?.first ?? []);
  return {
    digest: buildManagerDigest(cases.map(toDigestCase), now, timeZone),
    counts: { overdue: overdue?.count ?? 0, dueThisWeek: dueThisWeek?.count ?? 0, open: open?.count ?? 0 },
  };
}

const hourFormats = new Map<string, Intl.DateTimeFormat>();

export function localHourIn(instant: Date, timeZone: string): number {
  let format = hourFormats.get(timeZone);
  if (!format) {
    format = new Intl.DateTimeFormat('en-GB', { timeZone, hour: '2-digit', hourCycle: 'h23' });
    hourFormats.set(timeZone, format);
  }
  return Number(format.formatToParts(instant).find((part) => part.type === 'hour')?.value ?? 0);
}
