import { injectLambdaContext } from '@aws-lambda-powertools/logger/middleware';
import { logMetrics } from '@aws-lambda-powertools/metrics/middleware';
import middy from '@middy/core';
import type { Context } from 'aws-lambda';
import { logger } from './logger.ts';
import { metrics } from './metrics.ts';

/**
 * The wrapper every non-HTTP handler (queue consumers, the schedule, the mail receipt) runs in:
 * each log line carries the invocation's context (function name, request id, cold start), and the
 * metrics recorded during the invocation are flushed once at its end, also when it fails.
 * The HTTP handlers get the same two middlewares first in their own chain (http-handler.ts).
 */
export function lambdaHandler<E, R>(fn: (event: E, context: Context) => Promise<R>) {
  return middy<E, R>(fn).use(injectLambdaContext(logger)).use(logMetrics(metrics));
}
