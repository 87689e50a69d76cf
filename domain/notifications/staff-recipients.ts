import type { DeskConfig } from '../config/desk-config.ts';
import { memberById } from '../config/member-lookups.ts';
import type { EscalationRecipient } from '../escalation/index.ts';
import type { NotificationRecipient } from './notification.ts';

/** The thread's name for a recipient: `member:<id>`, `manager:<teamId>`, `dpo`, `requester`. */
export function participantOf(recipient: NotificationRecipient): string {
  switch (recipient.role) {
    case 'member':
      return `member:${recipient.memberId}`;
    case 'manager':
      return `manager:${recipient.teamId}`;
    default:
      return recipient.role;
  }
}

/**
 * The ladder's roles as notification recipients, one email per address: where the team manager is
 * also the DPO (or the assignee), a breach step goes to that person once. A team missing from the
 * configuration sends its manager steps to the DPO, so no step is lost to a configuration change.
 */
export function stepRecipients(
  roles: readonly EscalationRecipient[],
  teamId: string,
  assigneeId: string | undefined,
  config: DeskConfig,
): { recipient: NotificationRecipient; role: EscalationRecipient }[] {
  const team = config.teams.find((candidate) => candidate.id === teamId);
  const member = memberById(config, assigneeId);
  const resolved = roles.map((role) => {
    if (role === 'assignee' && member) {
      return { recipient: { role: 'member', memberId: member.id } as const, role, address: member.email };
    }
    if ((role === 'assignee' || role === 'manager') && team) {
      return {
        recipient: { role: 'manager', teamId: team.id } as const,
        role: 'manager' as const,
        address: team.manager.email,
      };
    }
    return { recipient: { role: 'dpo' } as const, role: 'dpo' as const, address: config.dpo.email };
  });
  const seen = new Set<string>();
  return resolved
    .filter(({ address }) => {
      const key = address.toLowerCase();
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    })
    .map(({ recipient, role }) => ({ recipient, role }));
}
