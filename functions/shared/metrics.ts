import { Metrics } from '@aws-lambda-powertools/metrics';
import { logger } from './logger.ts';

const text = (content: unknown[]) => content.map(String).join(' ');
/**
 * Flushing with nothing stored is the normal case for most invocations (only the sweep records
 * metrics); Powertools warns about it on every flush, so that one notice goes to debug.
 */
const metricsDiagnostics = {
  debug: (...content: unknown[]) => logger.debug(text(content)),
  info: (...content: unknown[]) => logger.info(text(content)),
  warn: (...content: unknown[]) =>
    text(content).startsWith('No application metrics to publish')
      ? logger.debug(text(content))
      : logger.warn(text(content)),
  error: (...content: unknown[]) => logger.error(text(content)),
};

/**
 * One metrics buffer per execution environment, flushed after every invocation by the handler
 * wrappers. Namespace and service come from POWERTOOLS_METRICS_NAMESPACE / POWERTOOLS_SERVICE_NAME
 * (the stack); POWERTOOLS_METRICS_DISABLED keeps tests from printing EMF lines.
 */
export const metrics = new Metrics({ logger: metricsDiagnostics });
