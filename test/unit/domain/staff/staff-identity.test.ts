import { describe, expect, it } from 'vitest';
import {
  actingParticipant,
  caseAccess,
  readerActor,
  staffIdentity,
  visibleTeamIds,
} from '../../../../domain/staff/staff-identity.ts';
import { fixtureConfig } from '../../../helpers/fixture-config.ts';

/* test/fixtures/desk.config.json: Anna is in nl-privacy (manager Marieke); the DPO also manages dpo-office. */
const anna = staffIdentity(fixtureConfig, 'Anna.deVries@example.org ')!;
const marieke = staffIdentity(fixtureConfig, 'marieke.jansen@example.org')!;
const dpo = staffIdentity(fixtureConfig, 'dpo@example.org')!;
const nlCase = (assigneeId?: string) => ({ teamId: 'nl-privacy', ...(assigneeId ? { assigneeId } : {}) });

describe('staffIdentity', () => {
  it('reads the role and teams from the configuration, whatever the letter case of the address', () => {
    expect(anna).toMatchObject({
      email: 'anna.devries@example.org',
      role: 'representative',
      memberId: 'anna-devries',
      memberTeamId: 'nl-privacy',
      managedTeamIds: [],
      dpo: false,
    });
    expect(marieke).toMatchObject({ role: 'manager', managedTeamIds: ['nl-privacy'], dpo: false });
    expect(dpo).toMatchObject({ role: 'dpo', managedTeamIds: ['dpo-office'], dpo: true });
  });

  it('knows nobody else', () => {
    expect(staffIdentity(fixtureConfig, 'anna@example.com')).toBeUndefined();
  });
});

describe('what a person may do with a case', () => {
  it('a representative acts on her own cases and reads the rest of her team; nothing elsewhere', () => {
    expect(caseAccess(anna, nlCase('anna-devries'))).toBe('act');
    expect(caseAccess(anna, nlCase('pieter-bakker'))).toBe('read');
    expect(caseAccess(anna, nlCase())).toBe('read');
    expect(caseAccess(anna, { teamId: 'no-privacy', assigneeId: 'lars-olsen' })).toBe('none');
  });

  it('a manager acts on the cases of the teams she manages; the DPO on every case', () => {
    expect(caseAccess(marieke, nlCase('pieter-bakker'))).toBe('act');
    expect(caseAccess(marieke, { teamId: 'no-privacy' })).toBe('none');
    expect(caseAccess(dpo, { teamId: 'no-privacy' })).toBe('act');
    expect(visibleTeamIds(marieke, fixtureConfig)).toEqual(['nl-privacy']);
    expect(visibleTeamIds(dpo, fixtureConfig)).toEqual(fixtureConfig.teams.map((team) => team.id));
  });

  it('acts as the participant the email commands know, and is named so in the audit', () => {
    expect(actingParticipant(anna, nlCase('anna-devries'))).toEqual({
      kind: 'staff',
      role: 'assignee',
      memberId: 'anna-devries',
    });
    expect(actingParticipant(anna, nlCase('pieter-bakker'))).toBeUndefined();
    expect(actingParticipant(marieke, nlCase())).toEqual({
      kind: 'staff',
      role: 'manager',
      teamId: 'nl-privacy',
    });
    // The DPO manages dpo-office: on its cases she is its manager, elsewhere the DPO.
    expect(actingParticipant(dpo, { teamId: 'dpo-office' })).toEqual({
      kind: 'staff',
      role: 'manager',
      teamId: 'dpo-office',
    });
    expect(actingParticipant(dpo, nlCase())).toEqual({ kind: 'staff', role: 'dpo' });
    expect([
      readerActor(anna, nlCase('pieter-bakker')),
      readerActor(marieke, nlCase()),
      readerActor(dpo, nlCase()),
    ]).toEqual(['anna-devries', 'manager:nl-privacy', 'dpo']);
  });
});
