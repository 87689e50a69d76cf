import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runDesk } from '../../../cli/desk.ts';
import { fixtureConfigData } from '../../helpers/fixture-config.ts';

/** Runs the dispatcher in process, capturing what it writes. */
async function deskInProcess(...args: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const status = await runDesk(args, { stdout: (text) => out.push(text), stderr: (text) => err.push(text) });
  return { status, stdout: out.join(''), stderr: err.join('') };
}

describe('desk due-date (in process)', () => {
  it.each([
    {
      name: 'rolled forward over a weekend, extended by one month',
      args: [
        '--received',
        '2026-01-31T10:00:00Z',
        '--type',
        'erasure',
        '--country',
        'NL',
        '--extend-months',
        '1',
      ],
      // Target: 28 Feb + 1 month = Sat 28 Mar -> Fri 27 Mar.
      json: {
        dueAt: '2026-03-31T21:59:59.999Z',
        dueDate: '2026-03-31',
        targetDate: '2026-03-27',
        targetAt: '2026-03-27T22:59:59.999Z',
        rolledForwardFrom: null,
      },
    },
    {
      name: 'rolled forward over the Norwegian Constitution Day and Whitsun',
      args: ['--received', '2024-04-17T10:00:00Z', '--type', 'access', '--country', 'NO'],
      json: {
        dueAt: '2024-05-21T21:59:59.999Z',
        dueDate: '2024-05-21',
        targetDate: '2024-05-16',
        targetAt: '2024-05-16T21:59:59.999Z',
        rolledForwardFrom: '2024-05-17',
      },
    },
    {
      name: 'a received instant with an offset (00:30 on 1 Feb in Amsterdam)',
      args: ['--received', '2025-02-01T00:30:00+01:00', '--type', 'access', '--country', 'nl'],
      json: {
        dueAt: '2025-03-03T22:59:59.999Z',
        dueDate: '2025-03-03',
        targetDate: '2025-02-28',
        targetAt: '2025-02-28T22:59:59.999Z',
        rolledForwardFrom: '2025-03-01',
      },
    },
    {
      name: 'an explicit zone for a country without a default',
      args: [
        '--received',
        '2025-01-31T10:00:00Z',
        '--type',
        'access',
        '--country',
        'US',
        '--tz',
        'America/New_York',
      ],
      json: {
        dueAt: '2025-03-01T04:59:59.999Z',
        dueDate: '2025-02-28',
        targetDate: '2025-02-28',
        targetAt: '2025-03-01T04:59:59.999Z',
        rolledForwardFrom: null,
      },
    },
    {
      name: 'a region with its own holidays (Epiphany in Bavaria)',
      args: ['--received', '2025-12-06T10:00:00Z', '--type', 'access', '--country', 'DE', '--region', 'BY'],
      json: {
        dueAt: '2026-01-07T22:59:59.999Z',
        dueDate: '2026-01-07',
        targetDate: '2026-01-05',
        targetAt: '2026-01-05T22:59:59.999Z',
        rolledForwardFrom: '2026-01-06',
      },
    },
    {
      name: 'a breach report',
      args: ['--received', '2025-01-31T15:00:00Z', '--type', 'breach_report', '--country', 'NL'],
      json: {
        dueAt: '2025-02-03T15:00:00.000Z',
        dueDate: '2025-02-03',
        targetDate: '2025-02-03',
        targetAt: '2025-02-03T15:00:00.000Z',
        rolledForwardFrom: null,
      },
    },
  ])('prints $name', async ({ args, json }) => {
    // Act
    const result = await deskInProcess('due-date', ...args);

    // Assess
    expect({ status: result.status, json: JSON.parse(result.stdout), stderr: result.stderr }).toEqual({
      status: 0,
      json,
      stderr: '',
    });
  });

  it.each([
    { name: 'no arguments', args: [], message: '--received is required' },
    {
      name: 'a missing type',
      args: ['--received', '2025-01-31T10:00:00Z', '--country', 'NL'],
      message: '--type is required',
    },
    {
      name: 'a missing country',
      args: ['--received', '2025-01-31T10:00:00Z', '--type', 'access'],
      message: '--country is required',
    },
    {
      name: 'a date without a time',
      args: ['--received', '2025-01-31', '--type', 'access', '--country', 'NL'],
      message: 'ISO-8601 instant',
    },
    {
      name: 'a local time without an offset',
      args: ['--received', '2025-01-31T10:00:00', '--type', 'access', '--country', 'NL'],
      message: 'ISO-8601 instant',
    },
    {
      name: '30 February',
      args: ['--received', '2025-02-30T10:00:00Z', '--type', 'access', '--country', 'NL'],
      message: 'not a real date',
    },
    {
      name: 'an unknown type',
      args: ['--received', '2025-01-31T10:00:00Z', '--type', 'wish', '--country', 'NL'],
      message: '--type must be one of',
    },
    {
      name: 'a three-letter country',
      args: ['--received', '2025-01-31T10:00:00Z', '--type', 'access', '--country', 'NLD'],
      message: 'two-letter',
    },
    {
      name: 'a country without holidays data',
      args: ['--received', '2025-01-31T10:00:00Z', '--type', 'access', '--country', 'XX', '--tz', 'UTC'],
      message: 'No holiday calendar for country XX',
    },
    {
      name: 'a country without a default zone',
      args: ['--received', '2025-01-31T10:00:00Z', '--type', 'access', '--country', 'US'],
      message: 'no default time zone',
    },
    {
      name: 'an unknown zone',
      args: [
        '--received',
        '2025-01-31T10:00:00Z',
        '--type',
        'access',
        '--country',
        'NL',
        '--tz',
        'Europe/Atlantis',
      ],
      message: 'Unknown IANA time zone',
    },
    {
      name: 'an extension of 3 months',
      args: [
        '--received',
        '2025-01-31T10:00:00Z',
        '--type',
        'access',
        '--country',
        'NL',
        '--extend-months',
        '3',
      ],
      message: '--extend-months must be 1 or 2',
    },
    {
      name: 'an extension of a question',
      args: [
        '--received',
        '2025-01-31T10:00:00Z',
        '--type',
        'question',
        '--country',
        'NL',
        '--extend-months',
        '1',
      ],
      message: 'no extendable deadline',
    },
    {
      name: 'an unknown option',
      args: ['--received', '2025-01-31T10:00:00Z', '--type', 'access', '--country', 'NL', '--when', 'now'],
      message: '--when',
    },
    { name: 'a stray positional argument', args: ['2025-01-31T10:00:00Z'], message: 'positional' },
  ])('exits 2 on $name', async ({ args, message }) => {
    // Act
    const result = await deskInProcess('due-date', ...args);

    // Assess
    expect({ status: result.status, stdout: result.stdout }).toEqual({ status: 2, stdout: '' });
    expect(result.stderr).toContain(message);
  });

  it('prints its usage on stdout with --help', async () => {
    // Act
    const result = await deskInProcess('due-date', '--help');

    // Assess
    expect({ status: result.status, usage: result.stdout.startsWith('Usage: desk due-date') }).toEqual({
      status: 0,
      usage: true,
    });
  });
});

describe('desk due-date --config', () => {
  const folder = mkdtempSync(join(tmpdir(), 'desk-due-date-'));
  afterAll(() => rmSync(folder, { recursive: true, force: true }));

  /** The fixture configuration with the given holiday changes, written to a file of the test's own. */
  function configFile(name: string, holidays: unknown): string {
    const example = fixtureConfigData();
    const file = join(folder, name);
    writeFileSync(file, JSON.stringify({ ...example, deadlines: { holidays } }));
    return file;
  }

  const args = ['--received', '2026-11-24T10:00:00Z', '--type', 'access', '--country', 'NL'];

  it('counts the holidays the configuration adds: Thu 24 Dec 2026 -> Mon 28 Dec, target Wed 23 Dec', async () => {
    // Prepare
    const file = configFile('added.json', { NL: { add: ['2026-12-24'] } });

    // Act
    const result = await deskInProcess('due-date', ...args, '--config', file);

    // Assess
    expect({ status: result.status, json: JSON.parse(result.stdout) }).toEqual({
      status: 0,
      json: {
        dueAt: '2026-12-28T22:59:59.999Z',
        dueDate: '2026-12-28',
        targetDate: '2026-12-23',
        targetAt: '2026-12-23T22:59:59.999Z',
        rolledForwardFrom: '2026-12-24',
      },
    });
  });

  it('exits 1 naming the bad field of the configuration', async () => {
    // Prepare
    const file = configFile('bad.json', { NL: { remove: ['2026-12-24'] } });

    // Act
    const result = await deskInProcess('due-date', ...args, '--config', file);

    // Assess
    expect({ status: result.status, stdout: result.stdout, stderr: result.stderr }).toEqual({
      status: 1,
      stdout: '',
      stderr: `desk due-date: ${file}: deadlines.holidays.NL.remove.0: 2026-12-24 is not a holiday of NL; there is nothing to remove\n`,
    });
  });
});

describe('desk dispatcher', () => {
  it('exits 2 with the usage on stderr without a command', async () => {
    // Act
    const result = await deskInProcess();

    // Assess
    expect({
      status: result.status,
      stdout: result.stdout,
      listsDueDate: result.stderr.includes('due-date'),
    }).toEqual({
      status: 2,
      stdout: '',
      listsDueDate: true,
    });
  });

  it('lists its commands on stdout with help', async () => {
    // Act
    const result = await deskInProcess('help');

    // Assess
    expect({ status: result.status, listsDueDate: result.stdout.includes('due-date') }).toEqual({
      status: 0,
      listsDueDate: true,
    });
  });
});
