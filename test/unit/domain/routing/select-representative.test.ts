import * as fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Member, Team } from '../../../../domain/config/desk-config.ts';
import { LANGUAGES, type Language } from '../../../../domain/request-types.ts';
import { selectRepresentative } from '../../../../domain/routing/select-representative.ts';

const member = (id: string, languages: Language[], active = true): Member => ({
  id,
  name: id,
  email: `${id}@example.org`,
  languages,
  active,
});

/** Order matters: round robin follows it. */
const team: Team = {
  id: 'nl-privacy',
  name: 'Privacy team Netherlands',
  manager: { name: 'Marieke Jansen', email: 'marieke.jansen@example.org' },
  members: [
    member('anna', ['nl', 'en']),
    member('bram', ['nl']),
    member('sanne', ['nl', 'en'], false),
    member('lars', ['nb', 'en']),
    member('pieter', ['nl', 'en']),
  ],
  country: 'NL',
  timeZone: 'Europe/Amsterdam',
};

const counts = (entries: Readonly<Record<string, number | undefined>>): ReadonlyMap<string, number> =>
  new Map(Object.entries(entries).flatMap(([id, open]) => (open === undefined ? [] : [[id, open] as const])));

describe('selectRepresentative', () => {
  it.each([
    {
      name: 'the only member with the fewest open cases',
      language: 'nl' as const,
      open: { anna: 3, bram: 1, pieter: 2 },
      last: undefined,
      expected: { kind: 'member', memberId: 'bram' },
    },
    {
      name: 'a member missing from the counts has none open',
      language: 'nl' as const,
      open: { anna: 1, bram: 1 },
      last: undefined,
      expected: { kind: 'member', memberId: 'pieter' },
    },
    {
      name: 'ties without a last assignment: the first in member order',
      language: 'en' as const,
      open: {},
      last: undefined,
      expected: { kind: 'member', memberId: 'anna' },
    },
    {
      name: 'ties: the next tied member after the last assigned',
      language: 'en' as const,
      open: {},
      last: 'anna',
      expected: { kind: 'member', memberId: 'lars' },
    },
    {
      name: 'ties: skips members after the last one who are not tied',
      language: 'en' as const,
      open: { lars: 4 },
      last: 'anna',
      expected: { kind: 'member', memberId: 'pieter' },
    },
    {
      name: 'ties: wraps around after the last member',
      language: 'en' as const,
      open: {},
      last: 'pieter',
      expected: { kind: 'member', memberId: 'anna' },
    },
    {
      name: 'ties: the last assigned may be ineligible for this language',
      language: 'nl' as const,
      open: {},
      last: 'lars',
      expected: { kind: 'member', memberId: 'pieter' },
    },
    {
      name: 'ties: the last assigned may be inactive',
      language: 'en' as const,
      open: {},
      last: 'sanne',
      expected: { kind: 'member', memberId: 'lars' },
    },
    {
      name: 'ties: a last assigned who left the team counts as none',
      language: 'en' as const,
      open: {},
      last: 'someone-else',
      expected: { kind: 'member', memberId: 'anna' },
    },
    {
      name: 'the inactive member is never chosen, even with no open cases',
      language: 'en' as const,
      open: { anna: 5, lars: 5, pieter: 5 },
      last: undefined,
      expected: { kind: 'member', memberId: 'anna' },
    },
    {
      name: 'a member who does not speak the language is never chosen, even with no open cases',
      language: 'nb' as const,
      open: { lars: 9 },
      last: undefined,
      expected: { kind: 'member', memberId: 'lars' },
    },
    {
      name: 'nobody speaks the language: the manager',
      language: 'fi' as const,
      open: {},
      last: undefined,
      expected: { kind: 'manager', reason: 'no_eligible_member' },
    },
  ])('$name', ({ language, open, last, expected }) => {
    // Act
    const selection = selectRepresentative(team, language, counts(open), last);

    // Assess
    expect(selection).toEqual(expected);
  });

  it.each([
    { name: 'a team without members', members: [] },
    {
      name: 'a team whose members are all inactive',
      members: [member('a', ['nl'], false), member('b', ['en'], false)],
    },
  ])('$name: the manager', ({ members }) => {
    // Act
    const selection = selectRepresentative({ members }, 'nl', new Map());

    // Assess
    expect(selection).toEqual({ kind: 'manager', reason: 'no_eligible_member' });
  });

  it.each([
    { language: 'nl' as const, expected: { anna: 10, bram: 10, pieter: 10 }, maxSpread: 1 },
    { language: 'en' as const, expected: { anna: 10, lars: 10, pieter: 10 }, maxSpread: 1 },
    { language: 'nb' as const, expected: { lars: 30 }, maxSpread: 0 },
  ])(
    'spreads 30 $language cases evenly when the counts grow as they are assigned',
    ({ language, expected, maxSpread }) => {
      // Prepare
      const open = new Map<string, number>();
      let last: string | undefined;
      const spreads: number[] = [];

      // Act
      for (let i = 0; i < 30; i += 1) {
        const selection = selectRepresentative(team, language, open, last);
        if (selection.kind !== 'member') throw new Error('expected a member');
        open.set(selection.memberId, (open.get(selection.memberId) ?? 0) + 1);
        last = selection.memberId;
        // After every assignment, over the eligible members (those not yet chosen have none open).
        const values = Object.keys(expected).map((id) => open.get(id) ?? 0);
        spreads.push(Math.max(...values) - Math.min(...values));
      }

      // Assess
      expect({ counts: Object.fromEntries(open), maxSpread: Math.max(...spreads) }).toEqual({
        counts: expected,
        maxSpread,
      });
    },
  );

  it('takes turns in member order while the counts stay equal', () => {
    // Prepare
    const open = counts({ anna: 2, lars: 2, pieter: 2 });
    const chosen: string[] = [];
    let last: string | undefined;

    // Act
    for (let i = 0; i < 7; i += 1) {
      const selection = selectRepresentative(team, 'en', open, last);
      last = selection.kind === 'member' ? selection.memberId : undefined;
      chosen.push(last ?? 'manager');
    }

    // Assess
    expect(chosen).toEqual(['anna', 'lars', 'pieter', 'anna', 'lars', 'pieter', 'anna']);
  });

  it('never chooses an inactive member or one who does not speak the language (property)', () => {
    // Prepare
    const memberArb = fc.record({
      id: fc.uuid(),
      name: fc.constant('Member'),
      email: fc.constant('member@example.org'),
      languages: fc.uniqueArray(fc.constantFrom(...LANGUAGES), { minLength: 1 }),
      active: fc.boolean(),
    });
    const scenario = fc.uniqueArray(memberArb, { selector: (m) => m.id, maxLength: 8 }).chain((members) =>
      fc.record({
        members: fc.constant(members),
        language: fc.constantFrom(...LANGUAGES),
        open: fc.array(fc.nat(5), { minLength: members.length, maxLength: members.length }),
        last: fc.constantFrom(undefined, 'left-the-team', ...members.map((m) => m.id)),
      }),
    );

    // Act & Assess
    fc.assert(
      fc.property(scenario, ({ members, language, open, last }) => {
        const openCounts = new Map(members.map((m, i) => [m.id, open[i] ?? 0]));
        const selection = selectRepresentative({ members }, language, openCounts, last);
        const eligible = members.filter((m) => m.active && m.languages.includes(language));
        if (selection.kind === 'manager') return eligible.length === 0;
        const chosen = eligible.find((m) => m.id === selection.memberId);
        const fewest = Math.min(...eligible.map((m) => openCounts.get(m.id) ?? 0));
        return chosen !== undefined && openCounts.get(chosen.id) === fewest;
      }),
      { seed: 20_251, numRuns: 500 },
    );
  });
});
