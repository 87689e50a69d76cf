import type { CaseSummary } from './api-shapes.ts';
import { daysFrom } from './due-signal.ts';

/* The counts behind the charts, as plain functions (the charts and their tables show the same). */

/** The coming 8 weeks, today included. */
export const TIMELINE_DAYS = 56;
export const OVERDUE = 'overdue';

/** One colour per type, each at least 3:1 against white (the bars are also named in the table). */
export const TYPE_COLOURS: Record<string, string> = {
  access: '#1f5fad',
  rectification: '#0b7a75',
  erasure: '#8a4f00',
  restriction: '#6b3fa0',
  portability: '#2f6f2f',
  objection: '#a3385c',
  marketing_opt_out: '#5b6770',
  processor_info: '#7a5c00',
  question: '#3b5b92',
  complaint: '#b0410f',
  breach_report: '#b3001b',
};

/** Cases per team, per day (or `overdue`), per type. */
export interface TimelineCounts {
  readonly days: readonly string[];
  readonly teams: ReadonlyMap<string, ReadonlyMap<string, ReadonlyMap<string, number>>>;
}

export function timelineCounts(cases: readonly CaseSummary[], today: string, now: Date): TimelineCounts {
  const days = daysFrom(today, TIMELINE_DAYS);
  const last = days[days.length - 1] ?? today;
  const teams = new Map<string, Map<string, Map<string, number>>>();
  for (const entry of cases) {
    if (entry.status === 'closed' || entry.paused) continue;
    const overdue = new Date(entry.dueAt).getTime() < now.getTime();
    const day = overdue ? OVERDUE : entry.dueDate;
    if (!overdue && (day < today || day > last)) continue;
    const team = teams.get(entry.teamId) ?? new Map<string, Map<string, number>>();
    teams.set(entry.teamId, team);
    const perType = team.get(day) ?? new Map<string, number>();
    team.set(day, perType);
    perType.set(entry.type, (perType.get(entry.type) ?? 0) + 1);
  }
  return { days, teams };
}

/** The calendar months a period touches, each clipped to the period: [label, from, to]. */
export function monthsOf(from: string, to: string): [string, string, string][] {
  const months: [string, string, string][] = [];
  let cursor = new Date(`${from.slice(0, 7)}-01T00:00:00Z`);
  while (cursor.toISOString().slice(0, 10) <= to && months.length < 14) {
    const start = cursor.toISOString().slice(0, 10);
    const next = new Date(Date.UTC(cursor.getUTCFullYear(), cursor.getUTCMonth() + 1, 1));
    const end = new Date(next.getTime() - 86_400_000).toISOString().slice(0, 10);
    months.push([start.slice(0, 7), start < from ? from : start, end > to ? to : end]);
    cursor = next;
  }
  return months;
}
