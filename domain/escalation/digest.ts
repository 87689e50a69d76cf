import { isOpenStatus } from '../case-lifecycle.ts';
import { endOfLocalDay } from '../deadlines/calendar.ts';
import type { RequestType } from '../request-types.ts';
import type { EscalationCase } from './ladder.ts';

/** A case due within this many local days, today included, is listed under "due this week". */
export const DIGEST_DUE_SOON_DAYS = 7;

export type DigestCase = Pick<EscalationCase, 'reference' | 'type' | 'status' | 'receivedAt' | 'dueAt'>;

/** One line of a manager's digest: references, types, statuses and dates; never content. */
export interface DigestLine {
  readonly reference: string;
  readonly type: RequestType;
  readonly status: DigestCase['status'];
  /** Local date of receipt in the digest's zone, `YYYY-MM-DD`. */
  readonly receivedOn: string;
  /** Local date of the deadline in the digest's zone, `YYYY-MM-DD`. */
  readonly dueOn: string;
  /** The deadline as an ISO instant. */
  readonly dueAt: string;
}

export interface ManagerDigest {
  /** Open, due after this week. */
  readonly open: DigestLine[];
  /** Open, not overdue, due today or within the next six local days. */
  readonly dueThisWeek: DigestLine[];
  /** Open, past the deadline. */
  readonly overdue: DigestLine[];
}

/**
 * A manager's daily digest of `cases` (their team's). Closed cases are left out; every open case is in
 * exactly one list, so the three lengths add up to the open total. "This week" is rolling: the local
 * dates from today to today + 6 in `timeZone`, not a calendar week. Each list is sorted by deadline,
 * then by reference. Throws a RangeError for a zone the runtime does not know.
 */
export function buildManagerDigest(cases: readonly DigestCase[], now: Date, timeZone: string): ManagerDigest {
  const today = localDateIn(now, timeZone);
  const lastDayOfWeek = addDays(today, DIGEST_DUE_SOON_DAYS - 1);
  const digest: ManagerDigest = { open: [], dueThisWeek: [], overdue: [] };

  const open = cases
    .filter((c) => isOpenStatus(c.status))
    .sort((a, b) => a.dueAt.getTime() - b.dueAt.getTime() || compareText(a.reference, b.reference));
  for (const c of open) {
    const line: DigestLine = {
      reference: c.reference,
      type: c.type,
      status: c.status,
      receivedOn: localDateIn(c.receivedAt, timeZone),
      dueOn: localDateIn(c.dueAt, timeZone),
      dueAt: c.dueAt.toISOString(),
    };
    if (now.getTime() > c.dueAt.getTime()) digest.overdue.push(line);
    else if (line.dueOn <= lastDayOfWeek) digest.dueThisWeek.push(line);
    else digest.open.push(line);
  }
  return digest;
}

/**
 * The deadline ranges of a digest's three lists, for reading them from the store: overdue (before
 * `now`), due this week (from `now` to the end of the local day today + 6 in `timeZone`), later
 * (after that). The same boundaries as buildManagerDigest's, as instants.
 */
export function digestRanges(
  now: Date,
  timeZone: string,
): Readonly<Record<keyof ManagerDigest, { notBefore?: Date; before?: Date }>> {
  const lastDayOfWeek = addDays(localDateIn(now, timeZone), DIGEST_DUE_SOON_DAYS - 1);
  const afterWeek = new Date(endOfLocalDay(lastDayOfWeek, timeZone).getTime() + 1);
  return {
    overdue: { before: now },
    dueThisWeek: { notBefore: now, before: afterWeek },
    open: { notBefore: afterWeek },
  };
}

/**
 * The escalation-state key of a manager's digest for the local day of `now` in `timeZone`:
 * `digest:<managerId>:<YYYY-MM-DD>`. Recorded with a conditional update, it lets the digest go out once
 * per manager and local day, however often the schedule fires.
 */
export function digestKey(managerId: string, now: Date, timeZone: string): string {
  if (managerId.length === 0) throw new RangeError('Escalation: managerId is empty');
  return `digest:${managerId}:${localDateIn(now, timeZone)}`;
}

const dateFormats = new Map<string, Intl.DateTimeFormat>();

/** The calendar date of `instant` in `timeZone`, `YYYY-MM-DD`. */
export function localDateIn(instant: Date, timeZone: string): string {
  if (Number.isNaN(instant.getTime())) throw new RangeError('Escalation: not a valid date');
  let format = dateFormats.get(timeZone);
  if (format === undefined) {
    format = new Intl.DateTimeFormat('en-US', {
      timeZone,
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
    });
    dateFormats.set(timeZone, format);
  }
  const parts = format.formatToParts(instant);
  const part = (type: Intl.DateTimeFormatPartTypes) => parts.find((p) => p.type === type)?.value ?? '';
  return `${part('year').padStart(4, '0')}-${part('month')}-${part('day')}`;
}

function addDays(date: string, days: number): string {
  const [year, month, day] = date.split('-').map(Number);
  return new Date(Date.UTC(year ?? 0, (month ?? 1) - 1, (day ?? 1) + days)).toISOString().slice(0, 10);
}

function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
