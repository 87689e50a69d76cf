import { randomUUID } from 'node:crypto';
import { assign, close } from '../case-lifecycle.ts';
import type { AuditEvent, CaseContent, CaseRecord } from '../case-model.ts';
import { type ContentCipher, openJson } from '../content-cipher.ts';
import type { DeskSettings } from '../desk-settings.ts';
import { ConflictError, NotFoundError } from '../errors.ts';
import {
  enqueueNotifications,
  type Notification,
  type NotificationQueue,
} from '../notifications/notification.ts';
import { OPT_OUT_SCOPES } from '../queue-messages/opt-out-scopes.ts';
import type { RouteMessage } from '../queue-messages/route-message.ts';
import { purgeAfter } from '../retention/purge-after.ts';
import type { AssignmentStore, RoutingWriteOutcome } from './assignment-store.ts';
import { decideRouting, type RoutingDecision, routingTeam } from './decide-routing.ts';
import { type SuppressionQueue, suppressionMessageOf } from './suppression-queue.ts';

export type RouteOutcome = 'assigned' | 'assigned_to_manager' | 'opt_out_closed' | 'already_routed';

/** Concurrent assignments in one team take turns; past this many, the message is retried by the queue. */
export const MAX_ROUTING_ATTEMPTS = 12;

export interface RouteDeps {
  readonly store: AssignmentStore;
  readonly notificationQueue: NotificationQueue;
  readonly settings: DeskSettings;
  /** Hands opt-outs to the marketing systems. */
  readonly suppressionQueue: SuppressionQueue;
  /** Opens an opt-out's content for its address (only opt-outs are opened; loaded on first use). */
  readonly cipher: () => Promise<ContentCipher>;
  readonly now: Date;
  readonly newId?: () => string;
  /** Waits before another attempt after a concurrent assignment in the same team (jittered). */
  readonly pause?: (attempt: number) => Promise<void>;
  /** Reports a failed enqueue; the outbox keeps the notification and the sweep re-drives it. */
  readonly onEnqueueFailure?: (error: unknown) => void;
}

const jitteredPause = (attempt: number) =>
  new Promise<void>((resolve) => setTimeout(resolve, Math.random() * 20 * Math.min(attempt, 5)));

/**
 * Routes one case: runs the rules again, picks the representative on the team's current loads and
 * writes the assignment (or the opt-out closure) with its audit events and outbox emails in one
 * conditional transaction, then enqueues the emails. A redelivered or duplicated message finds the
 * case no longer `received` and changes nothing, so nobody is assigned or told twice.
 *
 * An opt-out goes to the suppression queue before the case is closed: if that fails, the case stays
 * `received` and the route message is retried; if the closing fails after it, the retry sends it
 * again with the same id (deduplicated per case). Closed first, a crash in between would lose it.
 */
export async function routeCase(message: RouteMessage, deps: RouteDeps): Promise<RouteOutcome> {
  const { config } = deps.settings;
  let published = false;
  for (let attempt = 1; attempt <= MAX_ROUTING_ATTEMPTS; attempt++) {
    const record = await deps.store.getCase(message.caseId);
    if (!record) {
      // Retried, then dead-lettered: a case id that never resolves needs a person.
      throw new NotFoundError(`Case ${message.caseId} not found`);
    }
    if (record.status !== 'received') return 'already_routed';

    const team = routingTeam(record, config);
    const load = await deps.store.getTeamLoad(
      team.id,
      team.members.map((member) => member.id),
    );
    const decision = decideRouting(record, config, load);
    if (decision.handling === 'close_opt_out' && !published) {
      await publishOptOut(record, deps);
      published = true;
    }
    const write = routingWrite(record, decision, load.version, deps);
    const outcome: RoutingWriteOutcome =
      decision.handling === 'close_opt_out'
        ? await deps.store.closeOptOut({
            ...write,
            emailHash: record.emailHash,
            scopes: [...OPT_OUT_SCOPES],
            transition: close(record, {
              outcome: 'fulfilled',
              at: write.at,
              purgeAfter: purgeAfter(record, write.at, config.retention),
            }),
          })
        : await deps.store.assignCase({
            ...write,
            ...(decision.countsTowardsLoadOf ? { countsTowardsLoadOf: decision.countsTowardsLoadOf } : {}),
            transition: assign(record, {
              at: write.at,
              ...(write.memberId !== undefined ? { assigneeId: write.memberId } : {}),
              teamId: write.teamId,
              controllerIsCustomer: write.controllerIsCustomer,
              ...(decision.needsAttention ? { needsAttention: decision.needsAttention } : {}),
            }),
          });
    if (outcome === 'already_routed') return 'already_routed';
    if (outcome === 'written') {
      await enqueueNotifications(write.notifications, deps.notificationQueue, deps.onEnqueueFailure);
      if (decision.handling === 'close_opt_out') return 'opt_out_closed';
      return decision.representative.kind === 'member' ? 'assigned' : 'assigned_to_manager';
    }
    await (deps.pause ?? jitteredPause)(attempt);
  }
  throw new ConflictError(
    `Case ${message.caseId}: its team kept changing over ${MAX_ROUTING_ATTEMPTS} attempts`,
  );
}

async function publishOptOut(record: CaseRecord, deps: RouteDeps): Promise<void> {
  const content = await openJson<CaseContent>(
    await deps.cipher(),
    record.caseId,
    'case-content',
    record.content,
  );
  await deps.suppressionQueue.publish(suppressionMessageOf(record, content));
}

/** The audit events and outbox notifications of a decision. */
export function routingWrite(
  record: Pick<CaseRecord, 'caseId'>,
  decision: RoutingDecision,
  teamVersion: number,
  deps: Pick<RouteDeps, 'now' | 'newId'>,
) {
  const at = deps.now.toISOString();
  const newId = deps.newId ?? randomUUID;
  const memberId = decision.representative.kind === 'member' ? decision.representative.memberId : undefined;
  const audit: AuditEvent[] = [];
  const event = (action: string, detail: AuditEvent['detail']): AuditEvent => ({
    caseId: record.caseId,
    at,
    action,
    actor: 'system:router',
    detail,
  });
  if (decision.previousTeamId !== undefined) {
    // The deadline stays: it was counted on the calendar of the team that received the case.
    audit.push(
      event('case.team_changed', {
        fromTeamId: decision.previousTeamId,
        toTeamId: decision.teamId,
        rule: decision.ruleId,
      }),
    );
  }
  audit.push(
    event('case.routed', {
      teamId: decision.teamId,
      rule: decision.ruleId,
      assigneeId: memberId ?? 'manager',
      ...(decision.previousTeamId !== undefined ? { previousTeamId: decision.previousTeamId } : {}),
    }),
  );
  if (decision.needsAttention) {
    audit.push(event('case.needs_attention', { reason: decision.needsAttention, teamId: decision.teamId }));
  }
  if (decision.handling === 'close_opt_out') {
    audit.push(event('marketing.suppressed', { rule: decision.ruleId, scopes: 'marketing_email,profiling' }));
    audit.push(event('case.closed', { outcome: 'fulfilled', reason: 'marketing_opt_out' }));
  }
  const notifications: Notification[] = decision.notifications.map((planned) => ({
    notificationId: newId(),
    caseId: record.caseId,
    template: planned.template,
    recipient: planned.recipient,
    replyAs: planned.replyAs,
    createdAt: at,
    params: {
      teamId: decision.teamId,
      ...(memberId ? { memberId } : {}),
      ...(decision.needsAttention ? { needsAttention: decision.needsAttention } : {}),
    },
  }));
  return {
    caseId: record.caseId,
    at,
    teamId: decision.teamId,
    controllerIsCustomer: decision.controllerIsCustomer,
    ...(memberId ? { memberId } : {}),
    teamVersion,
    audit,
    notifications,
  };
}
