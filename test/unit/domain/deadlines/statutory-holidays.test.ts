import { describe, expect, it } from 'vitest';
import { computeDueDate } from '../../../../domain/deadlines/index.ts';

/**
 * The days each country's deadline law designates beyond a calendar library's "public" days: a period
 * whose last day is one of them ends on the next working day. Each case is an access request received
 * one month before that day. Worked out by hand:
 * - Easter Sunday 31 Mar 2024 and 5 Apr 2026, so Good Friday 29 Mar 2024 and 3 Apr 2026, Easter Monday
 *   1 Apr 2024 and 6 Apr 2026.
 * - Midsummer Eve is the Friday between 19 and 25 June: 19 Jun 2026; Midsummer Day Sat 20 Jun 2026.
 * - Summer time: Amsterdam and Stockholm UTC+2 from 31 Mar 2024 and 29 Mar 2026 (a day ends at
 *   21:59:59.999Z), UTC+1 before (22:59:59.999Z); Helsinki UTC+3 in summer (20:59:59.999Z), UTC+2 in
 *   winter (21:59:59.999Z).
 */
const CASES = [
  {
    name: 'NL Good Friday 2024 (Algemene termijnenwet art. 3): Fri 29 Mar -> Tue 2 Apr, over Easter Monday',
    country: 'NL',
    receivedAt: '2024-02-29T10:00:00Z',
    dueAt: '2024-04-02T21:59:59.999Z',
    dueDate: '2024-04-02',
    rolledForwardFrom: '2024-03-29',
  },
  {
    name: 'NL Good Friday 2026 (Algemene termijnenwet art. 3): Fri 3 Apr -> Tue 7 Apr, over Easter Monday',
    country: 'NL',
    receivedAt: '2026-03-03T10:00:00Z',
    dueAt: '2026-04-07T21:59:59.999Z',
    dueDate: '2026-04-07',
    rolledForwardFrom: '2026-04-03',
  },
  {
    name: 'NL 5 May 2026 (Algemene termijnenwet art. 3, every year): Tue 5 May -> Wed 6 May',
    country: 'NL',
    receivedAt: '2026-04-05T10:00:00Z',
    dueAt: '2026-05-06T21:59:59.999Z',
    dueDate: '2026-05-06',
    rolledForwardFrom: '2026-05-05',
  },
  {
    name: 'SE midsommarafton 2026 (lag 1930:173): Fri 19 Jun -> Mon 22 Jun',
    country: 'SE',
    receivedAt: '2026-05-19T10:00:00Z',
    dueAt: '2026-06-22T21:59:59.999Z',
    dueDate: '2026-06-22',
    rolledForwardFrom: '2026-06-19',
  },
  {
    name: 'FI juhannusaatto 2026 (laki 150/1930 § 5): Fri 19 Jun -> Mon 22 Jun',
    country: 'FI',
    receivedAt: '2026-05-19T10:00:00Z',
    dueAt: '2026-06-22T20:59:59.999Z',
    dueDate: '2026-06-22',
    rolledForwardFrom: '2026-06-19',
  },
  {
    name: 'FI jouluaatto 2025 (laki 150/1930 § 5): Wed 24 Dec -> Mon 29 Dec, over both Christmas days',
    country: 'FI',
    receivedAt: '2025-11-24T10:00:00Z',
    dueAt: '2025-12-29T21:59:59.999Z',
    dueDate: '2025-12-29',
    rolledForwardFrom: '2025-12-24',
  },
];

describe('computeDueDate: days the national deadline laws designate', () => {
  it.each(CASES)('$name', ({ country, receivedAt, dueAt, dueDate, rolledForwardFrom }) => {
    // Act
    const result = computeDueDate({ type: 'access', receivedAt: new Date(receivedAt), country });

    // Assess
    expect({
      dueAt: result.dueAt.toISOString(),
      dueDate: result.dueDate,
      rolledForwardFrom: result.rolledForwardFrom,
    }).toEqual({ dueAt, dueDate, rolledForwardFrom });
  });
});
