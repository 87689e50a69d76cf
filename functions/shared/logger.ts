import { Logger } from '@aws-lambda-powertools/logger';

/** One logger per execution environment. Log ids and outcomes only, never case content. */
export const logger = new Logger({ serviceName: 'privacy-desk' });
