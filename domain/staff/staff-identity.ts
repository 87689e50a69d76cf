import type { CaseRecord } from '../case-model.ts';
import type { DeskConfig } from '../config/desk-config.ts';
import { memberByEmail, sameAddress } from '../config/member-lookups.ts';
import { participantActor, type StaffParticipant } from '../inbound/authorize-sender.ts';

/*
 * Who a signed-in staff member is to the desk, from the configuration alone: the identity provider
 * only vouches for the email address; the role and the teams come from `config/desk.config.json`,
 * so removing someone from a team there takes their access away at the next request.
 *
 * What each role sees: a representative the cases assigned to them (and may act on them) and, read
 * only, the other cases of their team; a manager every case of the teams they manage (and may act);
 * the DPO every case (and may act). A person with several parts (a manager who is also a member
 * elsewhere) has the union of them.
 */

export const STAFF_ROLES = ['representative', 'manager', 'dpo'] as const;
export type StaffRole = (typeof STAFF_ROLES)[number];

export interface StaffIdentity {
  /** The configured address (as the configuration spells it). */
  readonly email: string;
  readonly name: string;
  /** The highest role: dpo, then manager, then representative. */
  readonly role: StaffRole;
  /** The member id when the person is a team member. */
  readonly memberId?: string;
  /** The team the person is a member of. */
  readonly memberTeamId?: string;
  /** Teams the person manages. */
  readonly managedTeamIds: readonly string[];
  readonly dpo: boolean;
}

/** The configured staff member with this address; undefined for anyone else (answered 403). */
export function staffIdentity(config: DeskConfig, email: string): StaffIdentity | undefined {
  const member = memberByEmail(config, email);
  const managed = config.teams.filter((team) => sameAddress(team.manager.email, email));
  const dpo = sameAddress(config.dpo.email, email);
  if (!member && managed.length === 0 && !dpo) return undefined;
  const role: StaffRole = dpo ? 'dpo' : managed.length > 0 ? 'manager' : 'representative';
  const name = dpo ? config.dpo.name : (managed[0]?.manager.name ?? member?.name ?? email);
  const configured = dpo ? config.dpo.email : (managed[0]?.manager.email ?? member?.email ?? email);
  return {
    email: configured,
    name,
    role,
    ...(member ? { memberId: member.id, memberTeamId: member.teamId } : {}),
    managedTeamIds: managed.map((team) => team.id),
    dpo,
  };
}

/** `act`: see and change; `read`: see only; `none`: the case does not exist for this person (404). */
export type CaseAccess = 'act' | 'read' | 'none';

export function caseAccess(
  identity: StaffIdentity,
  record: Pick<CaseRecord, 'teamId' | 'assigneeId'>,
): CaseAccess {
  if (identity.dpo || identity.managedTeamIds.includes(record.teamId)) return 'act';
  if (identity.memberId !== undefined && record.assigneeId === identity.memberId) return 'act';
  if (identity.memberTeamId !== undefined && record.teamId === identity.memberTeamId) return 'read';
  return 'none';
}

/** The teams whose cases the person may list (every team for the DPO). */
export function visibleTeamIds(identity: StaffIdentity, config: DeskConfig): string[] {
  if (identity.dpo) return config.teams.map((team) => team.id);
  const teams = new Set(identity.managedTeamIds);
  if (identity.memberTeamId) teams.add(identity.memberTeamId);
  return config.teams.map((team) => team.id).filter((id) => teams.has(id));
}

/**
 * The participant the person acts as on a case they may change, as the email commands know them:
 * the assignee, the case team's manager, the DPO. The audit actor follows from it (a member id,
 * `manager:<team>`, `dpo`), so an action by API and the same command by email read alike.
 */
export function actingParticipant(
  identity: StaffIdentity,
  record: Pick<CaseRecord, 'teamId' | 'assigneeId'>,
): StaffParticipant | undefined {
  if (identity.memberId !== undefined && record.assigneeId === identity.memberId) {
    return { kind: 'staff', role: 'assignee', memberId: identity.memberId };
  }
  if (identity.managedTeamIds.includes(record.teamId)) {
    return { kind: 'staff', role: 'manager', teamId: record.teamId };
  }
  if (identity.dpo) return { kind: 'staff', role: 'dpo' };
  return undefined;
}

/**
 * The audit actor of a read: as the participant when the person may act, else the member id (a
 * representative reading a team case read-only).
 */
export function readerActor(
  identity: StaffIdentity,
  record: Pick<CaseRecord, 'teamId' | 'assigneeId'>,
): string {
  const participant = actingParticipant(identity, record);
  return participant ? participantActor(participant) : (identity.memberId ?? 'unknown');
}
