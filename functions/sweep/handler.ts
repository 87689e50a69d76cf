import { MetricUnit } from '@aws-lambda-powertools/metrics';
import * as z from 'zod';
import { documentClient } from '../../adapters/aws-clients.ts';
import { lazyContentCipher } from '../../adapters/crypto/lazy-content-cipher.ts';
import { backfillPausedCases } from '../../adapters/dynamodb/paused-case-backfill.ts';
import { getStringFromEnv } from '../../adapters/env.ts';
import type { CheckpointSigner } from '../../domain/audit/audit-store.ts';
import { sweep } from '../../domain/sweep.ts';
import { parseOrThrow } from '../../domain/validation.ts';
import { CASE_TABLE, METRICS } from '../../resources/desk-resources.ts';
import { lambdaHandler } from '../shared/lambda-handler.ts';
import { logger } from '../shared/logger.ts';
import { metrics } from '../shared/metrics.ts';
import { auditStoreFromEnv, caseWorkFromEnv, mailBucketFromEnv } from '../shared/wiring.ts';

const { store, routeQueue, notificationQueue, settings } = caseWorkFromEnv();
// Only to delete the attachments of purged cases (declaration `mailBucket: 'purgeAttachments'`).
const attachments = mailBucketFromEnv();
// Only verification reminders and closures seal anything, so most runs never load the Encryption
// SDK. When they do, one run seals many messages: the data-key cache spares KMS calls.
const cipher = lazyContentCipher(async () => {
  const { keysFromEnv } = await import('../../adapters/crypto/keys-from-env.ts');
  return (await keysFromEnv({ cacheDataKeys: true })).cipher;
});

// Signs once a day: the KMS client (or the local key file) is loaded on the first signature only.
let signer: Promise<CheckpointSigner> | undefined;
const auditCheckpoints = {
  store: auditStoreFromEnv(),
  signer: {
    async sign(message: Uint8Array) {
      signer ??= import('../../adapters/crypto/checkpoint-signing.ts').then((m) =>
        m.checkpointSignerFromEnv(),
      );
      return (await signer).sign(message);
    },
  } satisfies CheckpointSigner,
};

/**
 * The schedule's input: EventBridge Scheduler fills `scheduledAt` from <aws.scheduler.scheduled-time>,
 * and the local scheduler and the operator command send the same shape. The sweep's clock is that
 * time, so a run can be replayed "as if at" any instant.
 */
export const ScheduledSweepEventSchema = z.object({ scheduledAt: z.iso.datetime({ offset: true }) });

// The wrapper flushes the metrics once the run is done.
export const handler = lambdaHandler(async (event: unknown) => {
  const { scheduledAt } = parseOrThrow(ScheduledSweepEventSchema, event);
  const report = await sweep({
    store,
    routeQueue,
    notificationQueue,
    cipher,
    settings,
    attachments,
    now: new Date(scheduledAt),
    auditCheckpoints,
    onEnqueueFailure: (step, error) =>
      logger.warn('enqueue failed; the outbox re-drive will retry', { step, error: String(error) }),
  });
  // The alarm "overdue cases above zero" reads this; a count, no dimension with case data.
  metrics.addMetric(METRICS.overdueCases, MetricUnit.Count, report.overdueCases);
  // Work re-driven too often and given up (recorded on each case): the operators' alarm reads it.
  metrics.addMetric(METRICS.redrivesGivenUp, MetricUnit.Count, report.redrivesGivenUp.length);
  for (const given of report.redrivesGivenUp) logger.error('re-drive given up', { ...given });
  // Counts and step keys only: references and ids, no content and no addresses.
  logger.info('sweep done', {
    at: report.at,
    redriven: report.redriven.length,
    notificationsRedriven: report.notificationsRedriven,
    redrivesGivenUp: report.redrivesGivenUp.length,
    escalations: report.escalations.length,
    escalationsSkipped: report.escalationsSkipped,
    casesRead: report.casesRead,
    overdueCases: report.overdueCases,
    verificationReminders: report.verificationReminders.length,
    closedUnverified: report.closedUnverified.length,
    startedWithoutVerification: report.startedWithoutVerification.length,
    digests: report.digests.filter((digest) => digest.sent).length,
    purged: report.purged.length,
    auditCheckpoints: report.auditCheckpoints?.length ?? 0,
  });
  await upgradePausedCases(new Date(scheduledAt));
  return report;
});

/**
 * An upgraded deployment's paused cases from before they kept their byTeam key get it, a few Scan
 * pages per sweep until done (then one read of the marker per run). Never fails the sweep.
 */
async function upgradePausedCases(now: Date): Promise<void> {
  try {
    const progress = await backfillPausedCases(documentClient(), getStringFromEnv(CASE_TABLE.envVar), now, {
      maxPages: 5,
      pageSize: 1000,
    });
    if (progress.updated > 0 || !progress.done) logger.info('paused cases backfill', { ...progress });
  } catch (error) {
    logger.warn('paused cases backfill failed; the next sweep goes on', { error: String(error) });
  }
}
