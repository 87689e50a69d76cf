import type { CaseRecord, NeedsAttentionReason } from '../case-model.ts';
import type { DeskConfig, Relationship, Team } from '../config/desk-config.ts';
import { sameAddress } from '../config/member-lookups.ts';
import type { NotificationRecipient } from '../notifications/notification.ts';
import type { ReplyRole } from '../reply-token.ts';
import { type RepresentativeSelection, selectRepresentative } from './select-representative.ts';
import { type RoutingRequest, selectTeam, teamById } from './select-team.ts';

/** The emails routing sends; the templates live in domain/templates/routing-templates.ts. */
export const ROUTING_TEMPLATE_NAMES = {
  caseAssigned: 'case-assigned',
  breachAlert: 'breach-alert',
  optOutConfirmed: 'opt-out-confirmed',
  optOutFyi: 'opt-out-fyi',
} as const;
export type RoutingTemplateName = (typeof ROUTING_TEMPLATE_NAMES)[keyof typeof ROUTING_TEMPLATE_NAMES];

/** How busy a team is, as stored when the decision is made. */
export interface TeamLoad {
  /** Open cases per member id; a member missing here has none. */
  readonly openCases: ReadonlyMap<string, number>;
  /** The member who got the team's last case (round robin among equals). */
  readonly lastAssignedMemberId?: string;
}

/** An email to write into the outbox together with the routing change. */
export interface PlannedNotification {
  readonly template: RoutingTemplateName;
  readonly recipient: NotificationRecipient;
  /** The recipient answers by replying, as this participant of the case. */
  readonly replyAs: ReplyRole;
}

export interface RoutingDecision {
  readonly teamId: string;
  /** The rule that matched: a rule id, `processor:<service>` or `default`; named in the audit event. */
  readonly ruleId: string;
  readonly controllerIsCustomer: boolean;
  /** The team intake chose, when the rules now choose another (the configuration changed). */
  readonly previousTeamId?: string;
  /**
   * `assign`: the case is assigned to `representative` (or owned by the manager when nobody can take
   * it). `close_opt_out`: a marketing opt-out, handled without a person: suppressed, confirmed and
   * closed as fulfilled, with an FYI to the representative.
   */
  readonly handling: 'assign' | 'close_opt_out';
  readonly representative: RepresentativeSelection;
  /** Set when the case needs a person to look at it (no eligible member: the manager owns it). */
  readonly needsAttention?: NeedsAttentionReason;
  /** The member whose open-case counter goes up (none for a closed opt-out or a manager-owned case). */
  readonly countsTowardsLoadOf?: string;
  readonly notifications: readonly PlannedNotification[];
}

/** What routing reads of a case: never its content. */
export type RoutingCase = Pick<
  CaseRecord,
  'type' | 'service' | 'country' | 'language' | 'relationship' | 'teamId'
>;

export function routingRequestOf(record: RoutingCase): RoutingRequest {
  return {
    type: record.type,
    service: record.service,
    country: record.country,
    language: record.language,
    // Stored from the validated submission; an unknown value simply matches no relationship rule.
    relationship: record.relationship as Relationship,
  };
}

/** The team the rules choose for the case now; the configuration guarantees it exists. */
export function routingTeam(record: RoutingCase, config: DeskConfig): Team {
  const { teamId } = selectTeam(config, routingRequestOf(record));
  const team = teamById(config, teamId);
  if (!team) throw new Error(`Routing chose unknown team ${teamId}`);
  return team;
}

/**
 * Who owns a routed case, and whom routing tells. The rules run again (the configuration may have
 * changed since intake); the representative is the active member of the chosen team who speaks the
 * case's language and has the fewest open cases, round robin among equals; nobody eligible: the
 * team's manager, and the case needs attention.
 *
 * - Every case: `case-assigned` to the representative (or the manager).
 * - Breach reports also: `breach-alert` to the DPO and to the team's manager at once (one email when
 *   they share an address).
 * - Marketing opt-outs: no person works on them. `opt-out-confirmed` to the requester and
 *   `opt-out-fyi` to the representative (or the manager); the case closes as fulfilled, so it does
 *   not count towards anyone's open cases.
 */
export function decideRouting(record: RoutingCase, config: DeskConfig, load: TeamLoad): RoutingDecision {
  const selection = selectTeam(config, routingRequestOf(record));
  const team = teamById(config, selection.teamId);
  if (!team) throw new Error(`Routing chose unknown team ${selection.teamId}`);
  const representative = selectRepresentative(
    team,
    record.language,
    load.openCases,
    load.lastAssignedMemberId,
  );
  const owner: { recipient: NotificationRecipient; replyAs: ReplyRole } =
    representative.kind === 'member'
      ? { recipient: { role: 'member', memberId: representative.memberId }, replyAs: 'assignee' }
      : { recipient: { role: 'manager', teamId: team.id }, replyAs: 'manager' };
  const common = {
    teamId: team.id,
    ruleId: selection.ruleId,
    controllerIsCustomer: selection.controllerIsCustomer,
    ...(record.teamId !== team.id ? { previousTeamId: record.teamId } : {}),
    representative,
  };

  if (record.type === 'marketing_opt_out') {
    return {
      ...common,
      handling: 'close_opt_out',
      notifications: [
        {
          template: ROUTING_TEMPLATE_NAMES.optOutConfirmed,
          recipient: { role: 'requester' },
          replyAs: 'requester',
        },
        { template: ROUTING_TEMPLATE_NAMES.optOutFyi, ...owner },
      ],
    };
  }

  const notifications: PlannedNotification[] = [{ template: ROUTING_TEMPLATE_NAMES.caseAssigned, ...owner }];
  if (record.type === 'breach_report') {
    notifications.push({
      template: ROUTING_TEMPLATE_NAMES.breachAlert,
      recipient: { role: 'dpo' },
      replyAs: 'dpo',
    });
    if (!sameAddress(team.manager.email, config.dpo.email)) {
      notifications.push({
        template: ROUTING_TEMPLATE_NAMES.breachAlert,
        recipient: { role: 'manager', teamId: team.id },
        replyAs: 'manager',
      });
    }
  }
  return {
    ...common,
    handling: 'assign',
    ...(representative.kind === 'member'
      ? { countsTowardsLoadOf: representative.memberId }
      : { needsAttention: representative.reason }),
    notifications,
  };
}
