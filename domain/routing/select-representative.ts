import type { Team } from '../config/desk-config.ts';
import type { Language } from '../request-types.ts';

export type RepresentativeSelection =
  | { readonly kind: 'member'; readonly memberId: string }
  /** Nobody in the team can take the case: it goes to the manager and is marked for escalation. */
  | { readonly kind: 'manager'; readonly reason: 'no_eligible_member' };

/**
 * The member who gets a case: among the active members who speak its language, the one with the fewest
 * open cases; among equals, the next one after `lastAssignedMemberId` in the team's member order
 * (round robin), wrapping around. A member missing from `openCaseCounts` has no open case.
 */
export function selectRepresentative(
  team: Pick<Team, 'members'>,
  language: Language,
  openCaseCounts: ReadonlyMap<string, number>,
  lastAssignedMemberId?: string,
): RepresentativeSelection {
  const eligible = team.members
    .map((member, index) => ({ member, index, open: openCaseCounts.get(member.id) ?? 0 }))
    .filter(({ member }) => member.active && member.languages.includes(language));
  if (eligible.length === 0) return { kind: 'manager', reason: 'no_eligible_member' };

  const fewest = Math.min(...eligible.map(({ open }) => open));
  const tied = eligible.filter(({ open }) => open === fewest);
  const lastIndex = team.members.findIndex((member) => member.id === lastAssignedMemberId);
  const next = tied.find(({ index }) => index > lastIndex) ?? tied[0]!;
  return { kind: 'member', memberId: next.member.id };
}
