import type { CaseStore, RouteQueue } from './case-store.ts';
import type { NotificationQueue } from './notifications/notification.ts';

/** A step not taken this long after it was due is presumed lost between "stored" and "enqueued". */
export const STUCK_AFTER_MS = 10 * 60 * 1000;
const REDRIVE_BATCH = 100;

export interface SweepReport {
  readonly redriven: readonly string[];
  readonly notificationsRedriven: number;
}

/**
 * Re-enqueues cases still waiting for the router, and outbox notifications still unsent, ten
 * minutes after they were written: what makes a crash between a write and its enqueue harmless.
 * Both consumers are idempotent, so a re-drive of something merely slow does no harm.
 */
export async function sweep(deps: {
  store: CaseStore;
  routeQueue: RouteQueue;
  notificationQueue: NotificationQueue;
  now: Date;
}): Promise<SweepReport> {
  const stuckSince = new Date(deps.now.getTime() - STUCK_AFTER_MS);
  const stuck = await deps.store.listAwaitingRouting(stuckSince, REDRIVE_BATCH);
  for (const caseId of stuck) await deps.routeQueue.enqueue(caseId);
  const pending = await deps.store.listPendingNotifications(stuckSince, REDRIVE_BATCH);
  for (const notification of pending) await deps.notificationQueue.enqueue(notification);
  return { redriven: stuck, notificationsRedriven: pending.length };
}
