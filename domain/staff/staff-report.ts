import { isOpenStatus } from '../case-lifecycle.ts';
import { type CaseRecord, targetAtOf } from '../case-model.ts';
import type { DeskConfig } from '../config/desk-config.ts';
import { ValidationError } from '../errors.ts';
import type { CaseStatistics } from '../retention/case-statistics.ts';
import { parseOrThrow } from '../validation.ts';
import { ReportQuerySchema } from './staff-api-schemas.ts';
import { type StaffIdentity, visibleTeamIds } from './staff-identity.ts';

/*
 * Anonymous figures for a period (the Compliance Council's report): the cases received from `from`
 * to `to` (UTC days, inclusive) in the teams the person sees (every team for the DPO), whether
 * still kept (open or closed) or purged (their statistics records, STATS#): counts by type,
 * country, team and channel, times to the first answer and to closing, the share closed by the
 * target and by the legal limit, extensions, refusals and pauses; and the cases overdue now. No
 * reference, no id, no content. Read from the indexes and the statistics partitions, never a scan.
 */

/** A period longer than this is refused: a report reads every case of it. */
const MAX_PERIOD_DAYS = 400;

export interface ReportStore {
  /** A team's open cases (byTeam), without content. */
  listTeamOpenCases(teamId: string): Promise<CaseRecord[]>;
  /** Closed cases still kept whose purge date is on or after `purgeFrom`, without content. */
  listClosedKeptCases(purgeFrom: Date): Promise<CaseRecord[]>;
  /** Statistics records of purged cases closed in these months (`YYYY-MM`). */
  listStatistics(months: readonly string[]): Promise<CaseStatistics[]>;
}

export interface ReportDeps {
  readonly store: ReportStore;
  readonly config: DeskConfig;
  readonly now: Date;
}

interface Row {
  readonly type: string;
  readonly country: string;
  readonly teamId: string;
  readonly channel: string;
  readonly receivedAt: string;
  readonly open: boolean;
  readonly dueAt?: string;
  readonly targetAt?: string;
  readonly firstResponseAt?: string;
  readonly closedAt?: string;
  readonly outcome?: string;
  readonly extended: boolean;
  readonly paused: boolean;
}

export interface Durations {
  /** Cases measured. */
  readonly count: number;
  readonly medianHours: number | null;
  readonly p90Hours: number | null;
}

export interface SummaryReport {
  readonly from: string;
  readonly to: string;
  readonly generatedAt: string;
  readonly teams: readonly string[];
  readonly cases: number;
  readonly open: number;
  readonly closed: number;
  readonly byType: Record<string, number>;
  readonly byCountry: Record<string, number>;
  readonly byTeam: Record<string, number>;
  readonly byChannel: Record<string, number>;
  readonly timeToFirstAnswer: Durations;
  readonly timeToClose: Durations;
  /** Of the closed cases: closed on or before the target, and on or before the legal limit. */
  readonly closedByTarget: { readonly count: number; readonly share: number | null };
  readonly closedByLegalLimit: { readonly count: number; readonly share: number | null };
  readonly extensions: number;
  readonly refusals: number;
  readonly pauses: number;
  /** Open cases of these teams past their legal limit now, whenever received. */
  readonly overdueNow: number;
}

const HOUR_MS = 3_600_000;

export async function staffSummaryReport(
  rawQuery: unknown,
  identity: StaffIdentity,
  deps: ReportDeps,
): Promise<SummaryReport> {
  const query = parseOrThrow(ReportQuerySchema, rawQuery ?? {});
  const from = new Date(`${query.from}T00:00:00.000Z`);
  const end = new Date(`${query.to}T00:00:00.000Z`);
  end.setUTCDate(end.getUTCDate() + 1);
  if (end <= from) throw new ValidationError([{ field: 'to', message: 'Must be on or after from' }]);
  if (end.getTime() - from.getTime() > MAX_PERIOD_DAYS * 24 * HOUR_MS) {
    throw new ValidationError([{ field: 'to', message: `A period of at most ${MAX_PERIOD_DAYS} days` }]);
  }
  const teams = visibleTeamIds(identity, deps.config);
  const teamSet = new Set(teams);
  const inPeriod = (receivedAt: string) => receivedAt >= from.toISOString() && receivedAt < end.toISOString();

  const open = (await Promise.all(teams.map((teamId) => deps.store.listTeamOpenCases(teamId)))).flat();
  // A case received in the period closed in it or later: its purge date is at least the shortest
  // retention after `from` (a week earlier: month ends, zones); the records' own dates decide the rest.
  const { closedCaseMonths, jobApplicationMonths, marketingContactMonths } = deps.config.retention;
  const purgeFrom = new Date(from);
  purgeFrom.setUTCMonth(
    purgeFrom.getUTCMonth() + Math.min(closedCaseMonths, jobApplicationMonths, marketingContactMonths),
  );
  purgeFrom.setUTCDate(purgeFrom.getUTCDate() - 7);
  const closedKept = (await deps.store.listClosedKeptCases(purgeFrom)).filter((record) =>
    teamSet.has(record.teamId),
  );
  const statistics = (await deps.store.listStatistics(monthsBetween(from, deps.now))).filter((stats) =>
    teamSet.has(stats.teamId),
  );
  const seen = new Set<string>();
  const rows: Row[] = [];
  for (const record of [...open, ...closedKept]) {
    if (seen.has(record.caseId)) continue;
    seen.add(record.caseId);
    if (inPeriod(record.receivedAt)) rows.push(rowOfCase(record));
  }
  for (const stats of statistics) {
    if (seen.has(stats.caseId)) continue;
    seen.add(stats.caseId);
    if (inPeriod(stats.receivedAt)) rows.push(rowOfStatistics(stats));
  }

  const closed = rows.filter((row) => !row.open);
  const measured = (rowsToMeasure: Row[], endOf: (row: Row) => string | undefined) =>
    durations(
      rowsToMeasure.flatMap((row) => {
        const at = endOf(row);
        return at ? [(Date.parse(at) - Date.parse(row.receivedAt)) / HOUR_MS] : [];
      }),
    );
  const byDate = (limitOf: (row: Row) => string | undefined) => {
    const judged = closed.filter((row) => limitOf(row) !== undefined && row.closedAt !== undefined);
    const onTime = judged.filter((row) => (row.closedAt as string) <= (limitOf(row) as string)).length;
    return { count: onTime, share: judged.length === 0 ? null : round(onTime / judged.length, 4) };
  };
  const nowIso = deps.now.toISOString();
  return {
    from: query.from,
    to: query.to,
    generatedAt: nowIso,
    teams,
    cases: rows.length,
    open: rows.length - closed.length,
    closed: closed.length,
    byType: countBy(rows, (row) => row.type),
    byCountry: countBy(rows, (row) => row.country),
    byTeam: countBy(rows, (row) => row.teamId),
    byChannel: countBy(rows, (row) => row.channel),
    timeToFirstAnswer: measured(rows, (row) => row.firstResponseAt),
    timeToClose: measured(closed, (row) => row.closedAt),
    closedByTarget: byDate((row) => row.targetAt),
    closedByLegalLimit: byDate((row) => row.dueAt),
    extensions: rows.filter((row) => row.extended).length,
    refusals: rows.filter((row) => row.outcome === 'refused').length,
    pauses: rows.filter((row) => row.paused).length,
    overdueNow: open.filter((record) => record.deadline.dueAt < nowIso && record.pausedAt === undefined)
      .length,
  };
}

function rowOfCase(record: CaseRecord): Row {
  return {
    type: record.type,
    country: record.country,
    teamId: record.teamId,
    channel: record.channel ?? 'form',
    receivedAt: record.receivedAt,
    open: isOpenStatus(record.status),
    dueAt: record.deadline.dueAt,
    targetAt: targetAtOf(record.deadline),
    ...(record.firstResponseAt ? { firstResponseAt: record.firstResponseAt } : {}),
    ...(record.closedAt ? { closedAt: record.closedAt } : {}),
    ...(record.outcome ? { outcome: record.outcome } : {}),
    extended: (record.deadline.extendedMonths ?? 0) > 0,
    paused: record.pausedAt !== undefined || (record.clockPauses?.length ?? 0) > 0,
  };
}

function rowOfStatistics(stats: CaseStatistics): Row {
  return {
    type: stats.type,
    country: stats.country ?? 'unknown',
    teamId: stats.teamId,
    channel: stats.channel ?? 'unknown',
    receivedAt: stats.receivedAt,
    open: false,
    ...(stats.dueAt ? { dueAt: stats.dueAt } : {}),
    ...(stats.targetAt ? { targetAt: stats.targetAt } : {}),
    ...(stats.firstResponseAt ? { firstResponseAt: stats.firstResponseAt } : {}),
    closedAt: stats.closedAt,
    ...(stats.outcome ? { outcome: stats.outcome } : {}),
    extended: stats.extendedMonths > 0,
    paused: (stats.pauses ?? 0) > 0,
  };
}

/** `YYYY-MM` of every month from `from` to `until`, both included. */
function monthsBetween(from: Date, until: Date): string[] {
  const months: string[] = [];
  const cursor = new Date(Date.UTC(from.getUTCFullYear(), from.getUTCMonth(), 1));
  while (cursor <= until) {
    months.push(cursor.toISOString().slice(0, 7));
    cursor.setUTCMonth(cursor.getUTCMonth() + 1);
  }
  return months;
}

function countBy(rows: readonly Row[], key: (row: Row) => string): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const row of rows) counts[key(row)] = (counts[key(row)] ?? 0) + 1;
  return Object.fromEntries(Object.entries(counts).sort(([a], [b]) => a.localeCompare(b)));
}

/** Median (the mean of the middle two for an even count) and the 90th percentile (nearest rank), in hours. */
export function durations(hours: readonly number[]): Durations {
  if (hours.length === 0) return { count: 0, medianHours: null, p90Hours: null };
  const sorted = [...hours].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  const median = sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
  const p90 = sorted[Math.ceil(0.9 * sorted.length) - 1]!;
  return { count: sorted.length, medianHours: round(median, 2), p90Hours: round(p90, 2) };
}

function round(value: number, digits: number): number {
  const factor = 10 ** digits;
  return Math.round(value * factor) / factor;
}

/** The report as CSV: one `section,key,value` line per figure (RFC 4180 quoting). */
export function reportCsv(report: SummaryReport): string {
  const lines: string[][] = [['section', 'key', 'value']];
  const add = (section: string, key: string, value: number | string | null) =>
    lines.push([section, key, value === null ? '' : String(value)]);
  add('period', 'from', report.from);
  add('period', 'to', report.to);
  add('total', 'cases', report.cases);
  add('total', 'open', report.open);
  add('total', 'closed', report.closed);
  for (const [section, counts] of [
    ['type', report.byType],
    ['country', report.byCountry],
    ['team', report.byTeam],
    ['channel', report.byChannel],
  ] as const) {
    for (const [key, count] of Object.entries(counts)) add(section, key, count);
  }
  for (const [section, figures] of [
    ['time_to_first_answer', report.timeToFirstAnswer],
    ['time_to_close', report.timeToClose],
  ] as const) {
    add(section, 'count', figures.count);
    add(section, 'median_hours', figures.medianHours);
    add(section, 'p90_hours', figures.p90Hours);
  }
  add('closed_by_target', 'count', report.closedByTarget.count);
  add('closed_by_target', 'share', report.closedByTarget.share);
  add('closed_by_legal_limit', 'count', report.closedByLegalLimit.count);
  add('closed_by_legal_limit', 'share', report.closedByLegalLimit.share);
  add('total', 'extensions', report.extensions);
  add('total', 'refusals', report.refusals);
  add('total', 'pauses', report.pauses);
  add('total', 'overdue_now', report.overdueNow);
  const quote = (field: string) => (/[",\r\n]/.test(field) ? `"${field.replaceAll('"', '""')}"` : field);
  return `${lines.map((line) => line.map(quote).join(',')).join('\r\n')}\r\n`;
}
