import * as z from 'zod';
import { sweep } from '../../domain/sweep.ts';
import { parseOrThrow } from '../../domain/validation.ts';
import { logger } from '../shared/logger.ts';
import { caseStoreFromEnv, notificationQueueFromEnv, routeQueueFromEnv } from '../shared/wiring.ts';

const store = caseStoreFromEnv();
const routeQueue = routeQueueFromEnv();
const notificationQueue = notificationQueueFromEnv();

/**
 * The schedule's input: EventBridge Scheduler fills `scheduledAt` from <aws.scheduler.scheduled-time>,
 * and the local scheduler and the operator command send the same shape. The sweep's clock is that
 * time, so a run can be replayed "as if at" any instant.
 */
export const ScheduledSweepEventSchema = z.object({ scheduledAt: z.iso.datetime({ offset: true }) });

export const handler = async (event: unknown) => {
  const { scheduledAt } = parseOrThrow(ScheduledSweepEventSchema, event);
  const report = await sweep({ store, routeQueue, notificationQueue, now: new Date(scheduledAt) });
  logger.info('sweep done', {
    redriven: report.redriven.length,
    notificationsRedriven: report.notificationsRedriven,
  });
  return report;
};
