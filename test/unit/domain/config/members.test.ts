import { describe, expect, it } from 'vitest';
import { memberByEmail, memberById, sameAddress } from '../../../../domain/config/desk-config.ts';
import { fixtureConfig as config } from '../../../helpers/fixture-config.ts';

describe('member look-ups', () => {
  it.each([
    ['a member of the first team', 'anna-devries', 'Anna de Vries'],
    ['a member of another team', 'lars-olsen', 'Lars Olsen'],
    ['an unknown id', 'nobody', undefined],
    ['no id', undefined, undefined],
  ])('memberById finds %s', (_, id, name) => {
    expect(memberById(config, id)?.name).toBe(name);
  });

  it.each([
    ['the address as configured', 'anna.devries@example.org', 'anna-devries'],
    ['another case and surrounding space', '  Anna.DeVries@Example.ORG ', 'anna-devries'],
    ['an unknown address', 'anna@example.com', undefined],
  ])('memberByEmail finds a member by %s, with her team', (_, address, id) => {
    const member = memberByEmail(config, address);

    expect(member && { id: member.id, teamId: member.teamId }).toEqual(
      id === undefined ? undefined : { id, teamId: config.teams[0]?.id },
    );
  });

  it.each([
    ['a@x.example', 'A@X.example', true],
    [' a@x.example', 'a@x.example ', true],
    ['a@x.example', 'b@x.example', false],
  ])('sameAddress(%s, %s) is %s', (a, b, expected) => {
    expect(sameAddress(a, b)).toBe(expected);
  });
});
