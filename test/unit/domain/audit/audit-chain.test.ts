import { describe, expect, it } from 'vitest';
import {
  appendToChain,
  type ChainedAuditEvent,
  canonicalJson,
  chainAnchor,
  eventHash,
  type StoredAuditEvent,
  verifyAgainstCheckpoints,
  verifyChain,
} from '../../../../domain/audit/audit-chain.ts';
import type { AuditEvent } from '../../../../domain/case-model.ts';

const CASE = '6f1c2b7e-0000-4000-8000-000000000001';
const event = (action: string, at: string, detail?: AuditEvent['detail']): AuditEvent => ({
  caseId: CASE,
  at,
  action,
  actor: 'system:test',
  ...(detail ? { detail } : {}),
});
const EVENTS = [
  event('case.received', '2026-11-30T10:00:00.000Z', { type: 'access' }),
  event('case.verified', '2026-11-30T10:05:00.000Z'),
  event('case.routed', '2026-11-30T10:06:00.000Z', { teamId: 'nl-privacy', rule: 'default' }),
  event('case.closed', '2026-12-01T09:00:00.000Z', { outcome: 'refused' }),
];
const chain = appendToChain(CASE, undefined, EVENTS);
const stored = (events: readonly ChainedAuditEvent[]): StoredAuditEvent[] =>
  events.map((e) => ({ position: e.seq, ...e }));
const headOf = (events: readonly ChainedAuditEvent[]) => {
  const last = events[events.length - 1]!;
  return { seq: last.seq, hash: last.hash };
};

describe('canonicalJson', () => {
  it.each([
    [{ b: 1, a: 2 }, '{"a":2,"b":1}'],
    [{ a: { d: true, c: 'x' } }, '{"a":{"c":"x","d":true}}'],
    [{ a: undefined, b: [2, 1] }, '{"b":[2,1]}'],
    ['text', '"text"'],
  ])('%j -> %s', (value, expected) => {
    expect(canonicalJson(value)).toBe(expected);
  });
});

describe('appendToChain', () => {
  it('numbers events from 1 and anchors the first to the case id', () => {
    expect(chain.map((e) => e.seq)).toEqual([1, 2, 3, 4]);
    expect(chain[0]!.prevHash).toBe(chainAnchor(CASE));
  });

  it('links each event to the hash of the one before', () => {
    expect(chain.slice(1).map((e) => e.prevHash)).toEqual(chain.slice(0, -1).map((e) => e.hash));
  });

  it('hashes the canonical form without the hash field', () => {
    const { hash, ...rest } = chain[2]!;
    expect(eventHash(rest)).toBe(hash);
    expect(hash).toMatch(/^[0-9a-f]{64}$/);
  });

  it('continues after a head', () => {
    const more = appendToChain(CASE, headOf(chain), [event('case.purged', '2027-12-01T00:00:00.000Z')]);
    expect(more[0]).toMatchObject({ seq: 5, prevHash: chain[3]!.hash });
    expect(verifyChain(CASE, stored([...chain, ...more]), headOf(more)).broken).toBeUndefined();
  });

  it('anchors another case differently', () => {
    expect(chainAnchor('another')).not.toBe(chainAnchor(CASE));
  });
});

describe('verifyChain', () => {
  it('passes an intact chain and reports its head', () => {
    expect(verifyChain(CASE, stored(chain), headOf(chain))).toEqual({
      caseId: CASE,
      events: 4,
      head: { caseId: CASE, ...headOf(chain) },
    });
  });

  const edited = stored(chain).map((e) =>
    e.seq === 3 ? { ...e, detail: { teamId: 'other', rule: 'x' } } : e,
  );
  const deleted = stored(chain).filter((e) => e.seq !== 2);
  const swapped = (() => {
    const s = stored(chain);
    return [s[0]!, { ...s[2]!, position: 2 }, { ...s[1]!, position: 3 }, s[3]!];
  })();
  const renumbered = (() => {
    // Event 3 moved to the end with a fresh seq and hash: the link of the next event breaks.
    const s = stored(chain);
    const moved = appendToChain(CASE, headOf(chain), [event('case.routed', '2026-11-30T10:06:00.000Z')]);
    return [s[0]!, s[1]!, s[3]!, { position: 5, ...moved[0]! }];
  })();
  const unchained = [
    ...stored(chain),
    { position: undefined, ...event('case.note', '2026-12-02T00:00:00Z') },
  ];
  const truncated = stored(chain).slice(0, 3);

  it.each([
    ['an edited event', edited, headOf(chain), { kind: 'edited', seq: 3 }],
    ['a deleted event', deleted, headOf(chain), { kind: 'deleted', seq: 2 }],
    ['two swapped events', swapped, headOf(chain), { kind: 'reordered', seq: 3 }],
    ['an event moved to the end', renumbered, headOf(chain), { kind: 'deleted', seq: 3 }],
    ['an event written around the chain', unchained, headOf(chain), { kind: 'unchained', seq: 5 }],
    ['the last event deleted', truncated, headOf(chain), { kind: 'truncated', seq: 4 }],
    ['the head deleted', stored(chain), undefined, { kind: 'truncated', seq: 4 }],
  ])('catches %s', (_name, events, head, expected) => {
    expect(verifyChain(CASE, events, head).broken).toMatchObject(expected);
  });
});

describe('verifyAgainstCheckpoints', () => {
  it('passes when every recorded head is still there', () => {
    expect(
      verifyAgainstCheckpoints(CASE, stored(chain), [{ seq: 2, hash: chain[1]!.hash, checkpoint: 1 }]),
    ).toBe(undefined);
  });

  it('catches a trail deleted whole', () => {
    expect(
      verifyAgainstCheckpoints(CASE, [], [{ seq: 4, hash: chain[3]!.hash, checkpoint: 7 }]),
    ).toMatchObject({
      kind: 'checkpoint_mismatch',
      seq: 4,
      message: 'checkpoint 7 records event 4, but the case has no audit trail',
    });
  });

  it('catches a chain rewritten consistently from its start', () => {
    const rewritten = appendToChain(CASE, undefined, [
      event('case.received', '2026-11-30T10:00:00.000Z', { type: 'question' }),
      ...EVENTS.slice(1),
    ]);
    expect(verifyChain(CASE, stored(rewritten), headOf(rewritten)).broken).toBeUndefined();
    expect(
      verifyAgainstCheckpoints(CASE, stored(rewritten), [{ seq: 4, hash: chain[3]!.hash, checkpoint: 2 }]),
    ).toMatchObject({ kind: 'checkpoint_mismatch', seq: 4 });
  });
});
