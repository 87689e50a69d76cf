import { describe, expect, it } from 'vitest';
import { parseDeskConfig } from '../../../domain/config/load-desk-config.ts';
import type { CaseSummary } from '../../../domain/staff/staff-api-schemas.ts';
import { staffIdentity } from '../../../domain/staff/staff-identity.ts';
import { consoleLanguage, staffProfile } from '../../../domain/staff/staff-profile.ts';
import { seedPlan } from '../../../local/seed-desk.ts';
import { dayIn, daysFrom, dueSignal } from '../../../web/staff/src/due-signal.ts';
import { monthsOf, timelineCounts } from '../../../web/staff/src/figures.ts';
import { parseRoute } from '../../../web/staff/src/routes.ts';
import { fixtureConfig, fixtureConfigData } from '../../helpers/fixture-config.ts';

const NOW = new Date('2026-11-30T12:00:00Z');
const open = { status: 'assigned', paused: false };

describe('dueSignal', () => {
  it.each([
    ['2026-11-29T12:00:00Z', { level: 'overdue', days: 1 }],
    ['2026-11-20T11:00:00Z', { level: 'overdue', days: 11 }],
    ['2026-11-30T12:00:01Z', { level: 'due2', days: 1 }],
    ['2026-12-02T12:00:00Z', { level: 'due2', days: 2 }],
    ['2026-12-02T12:00:01Z', { level: 'due7', days: 3 }],
    ['2026-12-07T12:00:00Z', { level: 'due7', days: 7 }],
    ['2026-12-07T12:00:01Z', { level: 'later', days: 8 }],
  ])('legal limit %s → %o', (dueAt, expected) => {
    expect(dueSignal({ ...open, dueAt }, NOW)).toEqual(expected);
  });

  it('says closed and paused before anything about the date', () => {
    expect(dueSignal({ status: 'closed', paused: false, dueAt: '2026-11-01T00:00:00Z' }, NOW).level).toBe(
      'closed',
    );
    expect(dueSignal({ status: 'assigned', paused: true, dueAt: '2026-11-01T00:00:00Z' }, NOW).level).toBe(
      'paused',
    );
  });
});

describe('days', () => {
  it('takes the calendar day in the zone, and counts days on from it', () => {
    expect(dayIn(new Date('2026-11-30T23:30:00Z'), 'Europe/Amsterdam')).toBe('2026-12-01');
    expect(daysFrom('2026-12-30', 4)).toEqual(['2026-12-30', '2026-12-31', '2027-01-01', '2027-01-02']);
  });

  it('splits a period into its months, clipped to it', () => {
    expect(monthsOf('2026-10-15', '2026-12-03')).toEqual([
      ['2026-10', '2026-10-15', '2026-10-31'],
      ['2026-11', '2026-11-01', '2026-11-30'],
      ['2026-12', '2026-12-01', '2026-12-03'],
    ]);
  });
});

describe('timelineCounts', () => {
  const entry = (overrides: Partial<CaseSummary>): CaseSummary => ({
    reference: 'PD-AAAA-AAAA',
    type: 'access',
    status: 'assigned',
    teamId: 'nl-privacy',
    country: 'NL',
    channel: 'form',
    receivedAt: '2026-11-01T10:00:00Z',
    dueAt: '2026-12-01T22:59:59.999Z',
    dueDate: '2026-12-01',
    targetAt: '2026-12-01T22:59:59.999Z',
    targetDate: '2026-12-01',
    extendedMonths: 0,
    paused: false,
    access: 'act',
    ...overrides,
  });

  it('counts per team, per day and per type, overdue on its own, closed, paused and later cases out', () => {
    const counts = timelineCounts(
      [
        entry({}),
        entry({ type: 'erasure' }),
        entry({ type: 'erasure' }),
        entry({ teamId: 'no-privacy' }),
        entry({ dueAt: '2026-11-20T22:59:59.999Z', dueDate: '2026-11-20' }),
        entry({ status: 'closed' }),
        entry({ paused: true }),
        entry({ dueAt: '2027-03-01T22:59:59.999Z', dueDate: '2027-03-01' }),
      ],
      '2026-11-30',
      NOW,
    );

    expect(counts.days).toHaveLength(56);
    expect(
      Object.fromEntries(
        [...(counts.teams.get('nl-privacy') ?? [])].map(([day, types]) => [day, Object.fromEntries(types)]),
      ),
    ).toEqual({
      '2026-12-01': { access: 1, erasure: 2 },
      overdue: { access: 1 },
    });
    expect(counts.teams.get('no-privacy')?.get('2026-12-01')?.get('access')).toBe(1);
  });
});

describe('parseRoute', () => {
  it.each([
    ['', { view: 'queue' }],
    ['#/', { view: 'queue' }],
    ['#/cases/PD-3AG0-FH3K', { view: 'case', reference: 'PD-3AG0-FH3K' }],
    ['#/timeline', { view: 'timeline' }],
    ['#/timeline/2026-12-01?team=nl-privacy', { view: 'day', day: '2026-12-01', teamId: 'nl-privacy' }],
    ['#/timeline/overdue', { view: 'day', day: 'overdue' }],
    ['#/team', { view: 'team' }],
    ['#/report', { view: 'report' }],
    ['#main', { view: 'queue' }],
  ])('%s → %o', (hash, route) => {
    expect(parseRoute(hash)).toEqual(route);
  });
});

describe('staffProfile', () => {
  it.each([
    ['anna.devries@example.org', 'nl'],
    ['lars.olsen@example.org', 'en'],
    ['marieke.jansen@example.org', 'en'],
    ['dpo@example.org', 'en'],
  ])('%s reads the console in %s', (email, language) => {
    expect(consoleLanguage(staffIdentity(fixtureConfig, email)!, fixtureConfig)).toBe(language);
  });

  it('takes a manager’s configured language', () => {
    const data = fixtureConfigData();
    data.teams[0].manager.language = 'nl';
    const config = parseDeskConfig(data);
    expect(consoleLanguage(staffIdentity(config, data.teams[0].manager.email)!, config)).toBe('nl');
  });

  it('shows a representative their own team only, a manager theirs as managed, the DPO every team', () => {
    const rep = staffProfile(staffIdentity(fixtureConfig, 'anna.devries@example.org')!, fixtureConfig);
    const manager = staffProfile(staffIdentity(fixtureConfig, 'ingrid.hansen@example.org')!, fixtureConfig);
    const dpo = staffProfile(staffIdentity(fixtureConfig, 'dpo@example.org')!, fixtureConfig);

    expect(rep.teams.map((team) => [team.id, team.managed])).toEqual([['nl-privacy', false]]);
    expect(rep.memberId).toBe('anna-devries');
    expect(manager.teams.map((team) => [team.id, team.managed])).toEqual([['no-privacy', true]]);
    expect(dpo.teams).toHaveLength(fixtureConfig.teams.length);
    expect(dpo.teams.every((team) => team.managed)).toBe(true);
    expect(JSON.stringify(dpo.teams)).not.toContain('@');
  });
});

describe('seedPlan', () => {
  it('is the same for the same seed and another for another', () => {
    const strip = (plan: ReturnType<typeof seedPlan>) =>
      plan.map((entry) => [entry.kind, entry.submission.type, entry.receivedAt.toISOString()]);
    expect(strip(seedPlan(40, 3, NOW))).toEqual(strip(seedPlan(40, 3, NOW)));
    expect(strip(seedPlan(40, 4, NOW))).not.toEqual(strip(seedPlan(40, 3, NOW)));
  });

  it('spreads 200 cases over every kind, and each message is its own', () => {
    const plan = seedPlan(200, 1, NOW);
    expect(new Set(plan.map((entry) => entry.kind))).toEqual(
      new Set(['overdue', 'due2', 'due7', 'later', 'extended', 'paused', 'closed', 'unconfirmed']),
    );
    expect(new Set(plan.map((entry) => entry.submission.message)).size).toBe(200);
    expect(plan.every((entry) => entry.receivedAt.getTime() < NOW.getTime())).toBe(true);
  });
});
