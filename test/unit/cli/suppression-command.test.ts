import { describe, expect, it } from 'vitest';
import { suppressionReport } from '../../../cli/commands/suppression.ts';
import { runDesk } from '../../../cli/desk.ts';
import type { KeyedHasher } from '../../../domain/content-cipher.ts';
import type { SuppressionEntry } from '../../../domain/routing/assignment-store.ts';
import { suppressionStatus } from '../../../domain/routing/suppression.ts';

async function deskInProcess(...args: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const status = await runDesk(args, { stdout: (text) => out.push(text), stderr: (text) => err.push(text) });
  return { status, stdout: out.join(''), stderr: err.join('') };
}

describe('desk suppression: bad arguments exit 2 with the reason, before touching the desk', () => {
  it.each([
    { args: [], reason: "unknown action '': the action is check" },
    { args: ['list'], reason: "unknown action 'list': the action is check" },
    { args: ['check'], reason: '--email is required' },
    { args: ['check', '--email', 'not-an-address'], reason: '--email is not an email address' },
    { args: ['check', '--email', ''], reason: '--email is not an email address' },
    { args: ['check', '--email', 'a@example.com', '--scope', 'x'], reason: "Unknown option '--scope'" },
  ])('$args', async ({ args, reason }) => {
    const result = await deskInProcess('suppression', ...args);

    expect({ status: result.status, stdout: result.stdout, reason: result.stderr.includes(reason) }).toEqual({
      status: 2,
      stdout: '',
      reason: true,
    });
  });

  it('prints its usage with --help and exits 0', async () => {
    const result = await deskInProcess('suppression', 'check', '--help');

    expect({
      status: result.status,
      usage: result.stdout.startsWith('Usage: desk suppression check'),
    }).toEqual({
      status: 0,
      usage: true,
    });
  });
});

describe('suppressionReport', () => {
  it.each([
    {
      name: 'not on the list',
      status: { suppressed: false } as const,
      line: "anna@example.com: not suppressed (no marketing opt-out on the desk's list)\n",
    },
    {
      name: 'one opt-out',
      status: {
        suppressed: true,
        suppressedAt: '2026-11-30T12:00:01.000Z',
        lastRequestedAt: '2026-11-30T12:00:01.000Z',
        scopes: ['marketing_email', 'profiling'],
      } as const,
      line: 'anna@example.com: suppressed since 2026-11-30T12:00:01.000Z for marketing_email, profiling\n',
    },
    {
      name: 'opted out again later',
      status: {
        suppressed: true,
        suppressedAt: '2026-01-05T08:00:00.000Z',
        lastRequestedAt: '2026-11-30T12:00:01.000Z',
        scopes: ['marketing_email'],
      } as const,
      line: 'anna@example.com: suppressed since 2026-01-05T08:00:00.000Z for marketing_email; last opt-out 2026-11-30T12:00:01.000Z\n',
    },
  ])('$name', ({ status, line }) => {
    expect(suppressionReport('anna@example.com', status)).toBe(line);
  });
});

describe('suppressionStatus', () => {
  const hasher: KeyedHasher = { hash: (purpose, value) => `${purpose}:${value}` };
  const entry: SuppressionEntry = {
    suppressedAt: '2026-11-30T12:00:01.000Z',
    lastRequestedAt: '2026-11-30T12:00:01.000Z',
    scopes: ['marketing_email', 'profiling'],
  };
  const store = {
    findSuppression: async (emailHash: string) =>
      emailHash === 'email:anna@example.com' ? entry : undefined,
  };

  it.each([
    { address: 'anna@example.com', expected: { suppressed: true, ...entry } },
    { address: '  Anna@Example.COM ', expected: { suppressed: true, ...entry } },
    { address: 'bert@example.com', expected: { suppressed: false } },
  ])('$address', async ({ address, expected }) => {
    expect(await suppressionStatus(address, { store, hasher })).toEqual(expected);
  });
});
