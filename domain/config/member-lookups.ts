import type { DeskConfig, Member } from './desk-config.ts';

/** Email addresses compare without case and surrounding space, as mail systems treat them. */
export function sameAddress(a: string, b: string): boolean {
  return a.trim().toLowerCase() === b.trim().toLowerCase();
}

/** The member with this id, in whichever team; none for an unknown or missing id. */
export function memberById(config: DeskConfig, memberId: string | undefined): Member | undefined {
  if (memberId === undefined) return undefined;
  return config.teams.flatMap((team) => team.members).find((member) => member.id === memberId);
}

/** The member with this address, with the team they belong to. */
export function memberByEmail(
  config: DeskConfig,
  address: string,
): (Member & { teamId: string }) | undefined {
  return config.teams
    .flatMap((team) => team.members.map((member) => ({ ...member, teamId: team.id })))
    .find((member) => sameAddress(member.email, address));
}
