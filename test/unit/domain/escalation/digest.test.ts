import { describe, expect, it } from 'vitest';
import {
  buildManagerDigest,
  type DigestCase,
  digestKey,
  digestRanges,
  localDateIn,
} from '../../../../domain/escalation/index.ts';

const ZONE = 'Europe/Amsterdam';
/** Mon 21 Dec 2026, 09:00 in Amsterdam (UTC+1): "this week" is 21-27 Dec local. */
const NOW = new Date('2026-12-21T08:00:00Z');

function digestCase(reference: string, dueAt: string, overrides: Partial<DigestCase> = {}): DigestCase {
  return {
    reference,
    type: 'access',
    status: 'assigned',
    receivedAt: new Date('2026-11-20T10:00:00Z'),
    dueAt: new Date(dueAt),
    ...overrides,
  };
}

const CASES: DigestCase[] = [
  digestCase('PD-4', '2026-12-28T22:59:59.999Z', { type: 'complaint' }),
  digestCase('PD-3', '2026-12-21T22:59:59.999Z', { receivedAt: new Date('2026-11-20T23:30:00Z') }),
  digestCase('PD-5', '2026-12-19T22:59:59.999Z', { status: 'closed' }),
  digestCase('PD-8', '2026-12-23T22:59:59.999Z', { status: 'waiting_for_requester' }),
  digestCase('PD-1', '2026-12-18T22:59:59.999Z', { type: 'erasure' }),
  digestCase('PD-9', '2026-12-27T23:30:00.000Z', { type: 'breach_report', status: 'received' }),
  digestCase('PD-2', '2026-12-27T22:59:59.999Z', { type: 'question' }),
  digestCase('PD-7', '2026-12-23T22:59:59.999Z'),
  digestCase('PD-6', '2026-12-21T07:00:00.000Z', { type: 'breach_report' }),
];

describe('buildManagerDigest', () => {
  it('sorts open cases into overdue, due this week and later, by deadline then reference', () => {
    // Act
    const digest = buildManagerDigest(CASES, NOW, ZONE);

    // Assess
    expect(digest).toEqual({
      overdue: [
        {
          reference: 'PD-1',
          type: 'erasure',
          status: 'assigned',
          receivedOn: '2026-11-20',
          dueOn: '2026-12-18',
          dueAt: '2026-12-18T22:59:59.999Z',
        },
        {
          reference: 'PD-6',
          type: 'breach_report',
          status: 'assigned',
          receivedOn: '2026-11-20',
          dueOn: '2026-12-21',
          dueAt: '2026-12-21T07:00:00.000Z',
        },
      ],
      dueThisWeek: [
        {
          reference: 'PD-3',
          type: 'access',
          status: 'assigned',
          receivedOn: '2026-11-21',
          dueOn: '2026-12-21',
          dueAt: '2026-12-21T22:59:59.999Z',
        },
        {
          reference: 'PD-7',
          type: 'access',
          status: 'assigned',
          receivedOn: '2026-11-20',
          dueOn: '2026-12-23',
          dueAt: '2026-12-23T22:59:59.999Z',
        },
        {
          reference: 'PD-8',
          type: 'access',
          status: 'waiting_for_requester',
          receivedOn: '2026-11-20',
          dueOn: '2026-12-23',
          dueAt: '2026-12-23T22:59:59.999Z',
        },
        {
          reference: 'PD-2',
          type: 'question',
          status: 'assigned',
          receivedOn: '2026-11-20',
          dueOn: '2026-12-27',
          dueAt: '2026-12-27T22:59:59.999Z',
        },
      ],
      open: [
        {
          reference: 'PD-9',
          type: 'breach_report',
          status: 'received',
          receivedOn: '2026-11-20',
          dueOn: '2026-12-28',
          dueAt: '2026-12-27T23:30:00.000Z',
        },
        {
          reference: 'PD-4',
          type: 'complaint',
          status: 'assigned',
          receivedOn: '2026-11-20',
          dueOn: '2026-12-28',
          dueAt: '2026-12-28T22:59:59.999Z',
        },
      ],
    });
  });

  const BUCKETS: {
    name: string;
    now: string;
    dueAt: string;
    zone: string;
    bucket: 'overdue' | 'dueThisWeek' | 'open';
  }[] = [
    {
      name: 'due at this very instant',
      now: '2026-12-21T08:00:00Z',
      dueAt: '2026-12-21T08:00:00Z',
      zone: ZONE,
      bucket: 'dueThisWeek',
    },
    {
      name: '1 ms past the deadline',
      now: '2026-12-21T08:00:00.001Z',
      dueAt: '2026-12-21T08:00:00Z',
      zone: ZONE,
      bucket: 'overdue',
    },
    {
      name: 'due on the 7th local day',
      now: '2026-12-21T08:00:00Z',
      dueAt: '2026-12-27T22:59:59.999Z',
      zone: ZONE,
      bucket: 'dueThisWeek',
    },
    {
      name: 'due on the 8th local day',
      now: '2026-12-21T08:00:00Z',
      dueAt: '2026-12-28T00:00:00Z',
      zone: ZONE,
      bucket: 'open',
    },
    {
      name: 'London: 27 Dec 23:30Z is still the 7th day',
      now: '2026-12-21T08:00:00Z',
      dueAt: '2026-12-27T23:30:00Z',
      zone: 'Europe/London',
      bucket: 'dueThisWeek',
    },
    {
      // 20 Dec 22:30Z is 21 Dec 00:30 in Helsinki: the week runs 21-27 Dec there, not 20-26 Dec as in UTC.
      name: 'Helsinki after local midnight: the week counts from the local date',
      now: '2026-12-20T22:30:00Z',
      dueAt: '2026-12-27T21:30:00Z',
      zone: 'Europe/Helsinki',
      bucket: 'dueThisWeek',
    },
  ];

  it.each(BUCKETS)('$name -> $bucket', ({ now, dueAt, zone, bucket }) => {
    // Act
    const digest = buildManagerDigest([digestCase('PD-1', dueAt)], new Date(now), zone);

    // Assess
    expect({
      overdue: digest.overdue.length,
      dueThisWeek: digest.dueThisWeek.length,
      open: digest.open.length,
    }).toEqual({ overdue: 0, dueThisWeek: 0, open: 0, [bucket]: 1 });
  });

  it('is empty without open cases', () => {
    expect(
      buildManagerDigest([digestCase('PD-1', '2026-12-20T00:00:00Z', { status: 'closed' })], NOW, ZONE),
    ).toEqual({
      open: [],
      dueThisWeek: [],
      overdue: [],
    });
  });

  it('does not reorder the caller’s array', () => {
    // Prepare
    const input = [digestCase('PD-2', '2026-12-30T00:00:00Z'), digestCase('PD-1', '2026-12-29T00:00:00Z')];

    // Act
    buildManagerDigest(input, NOW, ZONE);

    // Assess
    expect(input.map((c) => c.reference)).toEqual(['PD-2', 'PD-1']);
  });

  it('throws a RangeError for an unknown zone', () => {
    expect(() => buildManagerDigest(CASES, NOW, 'Mars/Olympus_Mons')).toThrow(RangeError);
  });
});

describe('digestKey', () => {
  const ROWS: { name: string; now: string; zone: string; expected: string }[] = [
    {
      name: 'last ms of the day in Amsterdam',
      now: '2026-12-21T22:59:59.999Z',
      zone: ZONE,
      expected: 'digest:mgr-1:2026-12-21',
    },
    {
      name: 'midnight in Amsterdam',
      now: '2026-12-21T23:00:00.000Z',
      zone: ZONE,
      expected: 'digest:mgr-1:2026-12-22',
    },
    {
      name: 'summer time in Amsterdam',
      now: '2026-07-01T22:30:00Z',
      zone: ZONE,
      expected: 'digest:mgr-1:2026-07-02',
    },
    {
      name: 'London in winter',
      now: '2026-12-21T23:30:00Z',
      zone: 'Europe/London',
      expected: 'digest:mgr-1:2026-12-21',
    },
    {
      name: 'Helsinki',
      now: '2026-12-21T22:00:00Z',
      zone: 'Europe/Helsinki',
      expected: 'digest:mgr-1:2026-12-22',
    },
    { name: 'UTC', now: '2026-12-31T23:59:59.999Z', zone: 'UTC', expected: 'digest:mgr-1:2026-12-31' },
  ];

  it.each(ROWS)('$name', ({ now, zone, expected }) => {
    expect(digestKey('mgr-1', new Date(now), zone)).toBe(expected);
  });

  it('is the same for two sends on one local day', () => {
    expect(digestKey('mgr-1', new Date('2026-12-21T06:00:00Z'), ZONE)).toBe(
      digestKey('mgr-1', new Date('2026-12-21T20:00:00Z'), ZONE),
    );
  });

  it('differs per manager', () => {
    expect(digestKey('mgr-2', NOW, ZONE)).toBe('digest:mgr-2:2026-12-21');
  });

  it('rejects an empty manager id', () => {
    expect(() => digestKey('', NOW, ZONE)).toThrow(new RangeError('Escalation: managerId is empty'));
  });
});

describe('localDateIn', () => {
  it('throws a RangeError for an invalid date', () => {
    expect(() => localDateIn(new Date(Number.NaN), ZONE)).toThrow(
      new RangeError('Escalation: not a valid date'),
    );
  });
});

describe('digestRanges', () => {
  const ranges = digestRanges(NOW, ZONE);

  it.each([
    ['overdue', { before: '2026-12-21T08:00:00.000Z' }],
    ['dueThisWeek', { notBefore: '2026-12-21T08:00:00.000Z', before: '2026-12-27T23:00:00.000Z' }],
    ['open', { notBefore: '2026-12-27T23:00:00.000Z' }],
  ] as const)('%s is %o', (list, expected) => {
    const range = ranges[list];
    expect({
      ...(range.notBefore ? { notBefore: range.notBefore.toISOString() } : {}),
      ...(range.before ? { before: range.before.toISOString() } : {}),
    }).toEqual(expected);
  });

  it('puts every case of the digest fixture in the list buildManagerDigest puts it in', () => {
    const digest = buildManagerDigest(CASES, NOW, ZONE);
    const listOf = (dueAt: Date) =>
      (Object.keys(ranges) as (keyof typeof ranges)[]).filter((list) => {
        const { notBefore, before } = ranges[list];
        return (!notBefore || dueAt >= notBefore) && (!before || dueAt < before);
      });
    for (const list of ['overdue', 'dueThisWeek', 'open'] as const) {
      for (const line of digest[list]) expect(listOf(new Date(line.dueAt))).toEqual([list]);
    }
  });

  it('ends the week at the end of the local day across a change to summer time', () => {
    // Thu 26 Mar 2026, 10:00 in Amsterdam: the week ends Wed 1 Apr 23:59:59.999 CEST (UTC+2).
    expect(digestRanges(new Date('2026-03-26T09:00:00Z'), ZONE).open.notBefore?.toISOString()).toBe(
      '2026-04-01T22:00:00.000Z',
    );
  });
});
