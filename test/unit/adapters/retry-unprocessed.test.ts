import { describe, expect, it } from 'vitest';
import { retryUnprocessed } from '../../../adapters/dynamodb/retry-unprocessed.ts';

const POLICY = { maxAttempts: 4, baseDelayMs: 50, maxDelayMs: 300 };

describe('retryUnprocessed', () => {
  it('repeats only what was left, waiting longer each time, until nothing is left', async () => {
    const calls: string[][] = [];
    const waits: number[] = [];
    const leftOver = [['b', 'c'], ['c'], []];

    await retryUnprocessed(
      'test',
      ['a', 'b', 'c'],
      async (pending) => {
        calls.push([...pending]);
        return leftOver.shift();
      },
      POLICY,
      async (ms) => void waits.push(ms),
    );

    expect({ calls, waits }).toEqual({ calls: [['a', 'b', 'c'], ['b', 'c'], ['c']], waits: [100, 200] });
  });

  it('gives up after the last attempt, naming what is left', async () => {
    const waits: number[] = [];
    const attempt = retryUnprocessed(
      'Digest markers',
      ['a', 'b'],
      async (pending) => pending,
      POLICY,
      async (ms) => void waits.push(ms),
    );

    await expect(attempt).rejects.toThrow('Digest markers: 2 requests left unprocessed after 4 attempts');
    expect(waits).toEqual([100, 200, 300]);
  });
});
