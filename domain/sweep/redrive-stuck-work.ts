import { giveUpRouting } from '../case-lifecycle.ts';
import type { OutboxStore, PendingNotification, RoutingRedriveStore } from '../case-store.ts';
import { participantOf } from '../notifications/staff-recipients.ts';
import { TEAM_TEMPLATES } from '../templates/sweep-templates.ts';
import { MS_PER_MINUTE } from '../time-units.ts';
import { runLimited } from './run-limited.ts';
import { SWEEP_CONCURRENCY, type SweepDeps } from './sweep-deps.ts';

/** An outbox notification not sent this long after it was written is presumed lost before the queue. */
export const STUCK_AFTER_MS = 10 * MS_PER_MINUTE;
/** Cases and notifications re-driven per step and sweep; the rest come in the next sweep. */
const REDRIVE_BATCH = 100;

/** Work the sweep stopped re-driving in this run: ids, the template and the recipient's role only. */
export type GivenUpRedrive =
  | { readonly step: 'route'; readonly caseId: string; readonly attempts: number }
  | {
      readonly step: 'notify';
      readonly caseId: string;
      readonly notificationId: string;
      readonly template: string;
      /** `requester`, `member:<id>`, `manager:<teamId>`, `dpo`. */
      readonly recipient: string;
      readonly attempts: number;
    };

export interface RedriveRun {
  /** Cases put on the route queue again. */
  readonly routed: readonly string[];
  /** Outbox notifications put on the notify queue again. */
  readonly notifications: number;
  readonly givenUp: readonly GivenUpRedrive[];
}

/*
 * Re-drives what was committed but never reached its queue (the process died between the commit and
 * the enqueue): cases still waiting to be routed after `stuckBeforeRoutingMinutes`, and outbox
 * notifications still unsent after STUCK_AFTER_MS. Both consumers are idempotent, so a re-drive of
 * work that was only slow changes nothing.
 *
 * Each re-drive is counted on the item (the case, the outbox entry) before it is sent, with one
 * conditional write, up to the ladder's `maxRedriveAttempts`. A message that fails for good (a member
 * removed from the configuration, a template that cannot render, a case that cannot be routed) would
 * otherwise go round every five minutes for ever, each copy dead-lettered after the queue's own
 * retries. Once the attempts are used up the sweep gives up instead: the item leaves its wait (a case
 * moves to `assign`, waiting for a person, where escalation still sees it as unassigned; an outbox
 * entry stays unsent, marked), an audit event records it on the case, and the sweep's report counts it
 * for the metric the operators' alarm reads (RedrivesGivenUp).
 *
 * Why an alarm and not an email, as `delivery-failed` alerts the staff: the work that failed is, most
 * often, email itself (the notify queue, the sender, SES). An alert email would take the same road,
 * could fail the same way and be given up in turn; the alarm goes through CloudWatch and SNS to the
 * operators, who are the ones who can fix a poison message (configuration, code, SES), and it fires
 * even when no email can go out at all. The DPO still sees the case: the audit event is in its
 * history, and a case given up before routing stays on the unassigned track of the escalation ladder.
 */
export async function redriveStuckWork(
  deps: SweepDeps<RoutingRedriveStore & OutboxStore>,
): Promise<RedriveRun> {
  const { store, now } = deps;
  const { stuckBeforeRoutingMinutes, maxRedriveAttempts } = deps.settings.escalationLadder;
  const at = now.toISOString();

  const stuckCases = await store.listAwaitingRouting(
    new Date(now.getTime() - stuckBeforeRoutingMinutes * MS_PER_MINUTE),
    REDRIVE_BATCH,
  );
  const caseResults = await runLimited(stuckCases, SWEEP_CONCURRENCY, async (caseId) => {
    const claim = await store.claimRoutingRedrive(caseId, maxRedriveAttempts);
    if (claim.kind === 'claimed') {
      return (await enqueued('route', () => deps.routeQueue.enqueue(caseId), deps)) ? 'redriven' : undefined;
    }
    if (claim.kind === 'not_waiting') return undefined;
    // The claim found it `received` and waiting to be routed; the write checks that again.
    const recorded = await store.giveUpRouting(caseId, {
      at,
      transition: giveUpRouting({ status: 'received' }),
      audit: {
        caseId,
        at,
        action: 'case.routing_given_up',
        actor: 'system:sweep',
        detail: { attempts: claim.attempts },
      },
    });
    return recorded ? ({ step: 'route', caseId, attempts: claim.attempts } as const) : undefined;
  });

  const pending = await store.listPendingNotifications(
    new Date(now.getTime() - STUCK_AFTER_MS),
    REDRIVE_BATCH,
  );
  const notificationResults = await runLimited(pending, SWEEP_CONCURRENCY, (notification) =>
    redriveNotification(notification, at, maxRedriveAttempts, deps),
  );

  return {
    routed: stuckCases.filter((_, i) => caseResults[i] === 'redriven'),
    notifications: notificationResults.filter((result) => result === 'redriven').length,
    givenUp: [...caseResults, ...notificationResults].filter(
      (result): result is GivenUpRedrive => typeof result === 'object',
    ),
  };
}

async function redriveNotification(
  pending: PendingNotification,
  at: string,
  maxAttempts: number,
  deps: SweepDeps<RoutingRedriveStore & OutboxStore>,
): Promise<'redriven' | GivenUpRedrive | undefined> {
  const claim = await deps.store.claimNotificationRedrive(pending, maxAttempts);
  if (claim.kind === 'claimed') {
    const message = { caseId: pending.caseId, notificationId: pending.notificationId };
    return (await enqueued('notify', () => deps.notificationQueue.enqueue(message), deps))
      ? 'redriven'
      : undefined;
  }
  if (claim.kind === 'not_waiting') return undefined;
  const { notification, attempts } = claim;
  const recipient = participantOf(notification.recipient);
  const detail = {
    notificationId: pending.notificationId,
    template: notification.template,
    recipient,
    attempts,
  };
  // A team's digest lives in the team's digest log, not in a case: nothing to audit there.
  const audit = TEAM_TEMPLATES.has(notification.template)
    ? undefined
    : { caseId: pending.caseId, at, action: 'notification.given_up', actor: 'system:sweep', detail };
  const recorded = await deps.store.giveUpNotification(pending, { at, ...(audit ? { audit } : {}) });
  return recorded ? { step: 'notify', caseId: pending.caseId, ...detail } : undefined;
}

/** Sends one re-drive; a failure is reported, not thrown: the rest of the sweep goes on. */
async function enqueued(
  step: 'route' | 'notify',
  send: () => Promise<void>,
  deps: SweepDeps<RoutingRedriveStore & OutboxStore>,
): Promise<boolean> {
  try {
    await send();
    return true;
  } catch (error) {
    deps.onEnqueueFailure?.(step, error);
    return false;
  }
}
