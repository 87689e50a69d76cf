import type { CaseRecord } from '../case-model.ts';
import type { DeskConfig, Member, Team } from '../config/desk-config.ts';
import { memberById } from '../config/member-lookups.ts';

/**
 * Routing writes `assigneeId` = a member id. A case with no eligible member goes to the team manager:
 * it has no `assigneeId`, or one of the form `manager:<teamId>`. Escalation treats all of these as
 * unassigned, and so a case not routed yet (`received`, `awaiting_verification`) and a case whose
 * assignee is no longer in the configuration (left the team): nobody would act on a reminder to them.
 */
export const MANAGER_ASSIGNEE_PREFIX = 'manager:';

export interface CaseOwner {
  readonly team: Team | undefined;
  /** The member who owns the case; undefined when the case counts as unassigned. */
  readonly member: Member | undefined;
}

export function caseOwner(
  record: Pick<CaseRecord, 'status' | 'teamId' | 'assigneeId'>,
  config: DeskConfig,
): CaseOwner {
  const team = config.teams.find((candidate) => candidate.id === record.teamId);
  const routed = record.status !== 'received' && record.status !== 'awaiting_verification';
  const id = record.assigneeId;
  if (!routed || id === undefined || id.startsWith(MANAGER_ASSIGNEE_PREFIX))
    return { team, member: undefined };
  const member = memberById(config, id);
  return { team, member };
}
