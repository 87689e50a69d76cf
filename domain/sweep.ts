import type { CaseStore, RouteQueue } from './case-store.ts';

/** A case not routed this long after receipt is presumed lost between "stored" and "enqueued". */
export const STUCK_BEFORE_ROUTING_MS = 10 * 60 * 1000;
const REDRIVE_BATCH = 100;

export interface SweepReport {
  readonly redriven: readonly string[];
}

export async function sweep(deps: {
  store: CaseStore;
  routeQueue: RouteQueue;
  now: Date;
}): Promise<SweepReport> {
  const stuckSince = new Date(deps.now.getTime() - STUCK_BEFORE_ROUTING_MS);
  const stuck = await deps.store.listAwaitingRouting(stuckSince, REDRIVE_BATCH);
  for (const caseId of stuck) {
    await deps.routeQueue.enqueue(caseId);
  }
  return { redriven: stuck };
}
