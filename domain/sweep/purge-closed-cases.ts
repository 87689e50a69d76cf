import { keptFor } from '../audit/checkpoint.ts';
import type { RetentionStore } from '../case-store.ts';
import { caseStatistics } from '../retention/case-statistics.ts';
import { runLimited } from './run-limited.ts';
import { SWEEP_CONCURRENCY, type SweepDeps } from './sweep-deps.ts';

/** Closed cases purged per sweep; the rest come in the next sweep. */
export const PURGE_BATCH = 100;

/**
 * Closed cases whose retention period has ended (byPendingStep `purge`, sort key <purgeAfter>#<id>,
 * written when the case closed): each leaves an anonymous statistics item (type, dates, outcome,
 * team) and is then deleted with its thread, outbox and lookups (CaseStore.purgeCase). Its audit
 * chain stays, with a `case.purged` event, for the accountability period (`accountabilityMonths`),
 * and so does a record of each message without its subject and text (which notice went to which
 * role or member, when, and whether it was delivered): neither holds personal content, and together
 * they show how the case was handled (Art. 5(2)).
 * Its attachments in the mail bucket (`attachments/<caseId>/`, every version) are deleted first: if
 * that fails the case stays, still due, and the next sweep tries again (the sweep run fails loudly).
 * Returns the ids of the purged cases; a case already gone (a concurrent or earlier run) is skipped.
 */
export async function purgeClosedCases(deps: SweepDeps<RetentionStore>): Promise<string[]> {
  const { store, now } = deps;
  const due = await store.listDueForPurge(now, PURGE_BATCH);
  const results = await runLimited(due, SWEEP_CONCURRENCY, async (caseId) => {
    const record = await store.getCase(caseId);
    const stats = record ? caseStatistics(record) : undefined;
    if (!stats) return undefined;
    await deps.attachments.deleteCaseAttachments(caseId);
    const at = now.toISOString();
    await store.purgeCase(caseId, stats, {
      reference: record!.reference,
      receivedAt: stats.receivedAt,
      purged: {
        caseId,
        at,
        action: 'case.purged',
        actor: 'system:sweep',
        detail: { closedAt: stats.closedAt },
      },
      keptUntil: keptFor(now, deps.settings.config.retention.accountabilityMonths),
    });
    return caseId;
  });
  return results.filter((caseId): caseId is string => caseId !== undefined);
}
