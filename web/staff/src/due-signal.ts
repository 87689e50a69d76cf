/*
 * How near a case's legal limit is, for the queue's signal. Measured to the legal limit, as the
 * API's `overdue` and `dueWithinDays` filters are, so the signal and the filters agree.
 */

export type DueLevel = 'closed' | 'paused' | 'overdue' | 'due2' | 'due7' | 'later';

export interface DueSignal {
  readonly level: DueLevel;
  /** Whole days left (later, due2, due7) or late (overdue), rounded up. */
  readonly days: number;
}

const DAY_MS = 24 * 60 * 60 * 1000;

export function dueSignal(
  entry: { readonly status: string; readonly paused: boolean; readonly dueAt: string },
  now: Date,
): DueSignal {
  if (entry.status === 'closed') return { level: 'closed', days: 0 };
  if (entry.paused) return { level: 'paused', days: 0 };
  const left = new Date(entry.dueAt).getTime() - now.getTime();
  if (left < 0) return { level: 'overdue', days: Math.ceil(-left / DAY_MS) };
  const days = Math.ceil(left / DAY_MS);
  if (left <= 2 * DAY_MS) return { level: 'due2', days };
  if (left <= 7 * DAY_MS) return { level: 'due7', days };
  return { level: 'later', days };
}

/** The local calendar day (YYYY-MM-DD) of an instant in a time zone. */
export function dayIn(instant: Date, timeZone: string): string {
  return new Intl.DateTimeFormat('en-CA', {
    timeZone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).format(instant);
}

/** The days from `first` on, `count` of them, as YYYY-MM-DD. */
export function daysFrom(first: string, count: number): string[] {
  const start = Date.parse(`${first}T12:00:00Z`);
  return Array.from({ length: count }, (_, i) => new Date(start + i * DAY_MS).toISOString().slice(0, 10));
}
