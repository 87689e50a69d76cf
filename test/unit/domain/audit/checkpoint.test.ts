import { generateKeyPairSync, sign, verify } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import type { ChainHead } from '../../../../domain/audit/audit-chain.ts';
import type {
  AuditCheckpointStore,
  CheckpointSigner,
  CheckpointVerifier,
} from '../../../../domain/audit/audit-store.ts';
import {
  type AuditCheckpoint,
  CHECKPOINT_ANCHOR,
  makeCheckpoint,
  verifyCheckpoints,
  writeDailyCheckpoint,
} from '../../../../domain/audit/checkpoint.ts';

const pair = generateKeyPairSync('ec', { namedCurve: 'P-256' });
const signer: CheckpointSigner = {
  sign: async (message) => ({ signature: sign('sha256', message, pair.privateKey), keyId: 'test-key' }),
};
const verifier: CheckpointVerifier = {
  verify: async (message, signature, keyId) =>
    keyId === 'test-key' && verify('sha256', message, pair.publicKey, signature),
};

const head = (caseId: string, seq: number): ChainHead => ({
  caseId,
  seq,
  hash: `${caseId}-${seq}`.padEnd(64, '0'),
});

function memoryStore(waiting: ChainHead[]): AuditCheckpointStore & { checkpoints: AuditCheckpoint[] } {
  const checkpoints: AuditCheckpoint[] = [];
  return {
    checkpoints,
    latestCheckpoint: async () => checkpoints[checkpoints.length - 1],
    listHeadsAwaitingCheckpoint: async (limit) => waiting.slice(0, limit),
    putCheckpoint: async (checkpoint) => {
      if (checkpoints.some((c) => c.seq === checkpoint.seq)) return false;
      checkpoints.push(checkpoint);
      return true;
    },
    markCheckpointed: async (heads) => {
      for (const h of heads) waiting.splice(waiting.indexOf(h), 1);
    },
    listCheckpoints: async () => [...checkpoints],
  };
}

describe('writeDailyCheckpoint', () => {
  it('writes one signed checkpoint a UTC day over the heads waiting, and empties the waiting list', async () => {
    const waiting = [head('b', 3), head('a', 1)];
    const store = memoryStore(waiting);
    const deps = { store, signer, accountabilityMonths: 60 };

    const first = await writeDailyCheckpoint({ ...deps, now: new Date('2026-11-30T00:05:00Z') });
    waiting.push(head('a', 2));
    const sameDay = await writeDailyCheckpoint({ ...deps, now: new Date('2026-11-30T23:55:00Z') });
    const nextDay = await writeDailyCheckpoint({ ...deps, now: new Date('2026-12-01T00:05:00Z') });

    expect(first.written).toEqual([{ seq: 1, heads: 2 }]);
    expect(sameDay.written).toEqual([]);
    expect(nextDay.written).toEqual([{ seq: 2, heads: 1 }]);
    expect(store.checkpoints[0]).toMatchObject({
      seq: 1,
      day: '2026-11-30',
      prevHash: CHECKPOINT_ANCHOR,
      heads: [head('a', 1), head('b', 3)],
      keyId: 'test-key',
      algorithm: 'ECDSA_SHA_256',
    });
    expect(store.checkpoints[1]!.prevHash).toBe(store.checkpoints[0]!.hash);
    expect(waiting).toEqual([]);
    expect(await verifyCheckpoints(store.checkpoints, verifier)).toBeUndefined();
  });
});

describe('verifyCheckpoints', () => {
  const build = async () => {
    const one = await makeCheckpoint(undefined, [head('a', 1)], signer, new Date('2026-11-28T00:05:00Z'));
    const two = await makeCheckpoint(one, [head('b', 2)], signer, new Date('2026-11-29T00:05:00Z'));
    const three = await makeCheckpoint(two, [head('a', 4)], signer, new Date('2026-11-30T00:05:00Z'));
    return [one, two, three];
  };

  it('passes a chain of checkpoints, and one whose earlier checkpoints expired', async () => {
    const all = await build();
    expect(await verifyCheckpoints(all, verifier)).toBeUndefined();
    expect(await verifyCheckpoints(all.slice(1), verifier)).toBeUndefined();
  });

  it.each([
    [
      'a head edited',
      (all: AuditCheckpoint[]) => [all[0]!, { ...all[1]!, heads: [head('b', 1)] }, all[2]!],
      { checkpoint: 2, message: 'its heads do not match its digest' },
    ],
    [
      'a head edited with its digest',
      async (all: AuditCheckpoint[]) => {
        const forged = await makeCheckpoint(all[0], [head('b', 1)], signer, new Date('2026-11-29T00:05:00Z'));
        return [all[0]!, { ...forged, signature: all[1]!.signature }, all[2]!];
      },
      { checkpoint: 2, message: 'its signature does not verify' },
    ],
    [
      'a checkpoint deleted',
      (all: AuditCheckpoint[]) => [all[0]!, all[2]!],
      { checkpoint: 3, message: 'checkpoint 2 is missing' },
    ],
    [
      'a checkpoint signed by another key',
      (all: AuditCheckpoint[]) => [all[0]!, { ...all[1]!, keyId: 'other-key' }, all[2]!],
      { checkpoint: 2, message: 'its signature does not verify' },
    ],
  ])('catches %s', async (_name, tamper, expected) => {
    expect(await verifyCheckpoints(await tamper(await build()), verifier)).toEqual(expected);
  });
});
