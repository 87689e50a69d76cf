export type { AttachmentPurger } from './attachment-purger.ts';
export { type CaseStatistics, caseStatistics } from './case-statistics.ts';
export { purgeAfter, retentionDays } from './purge-after.ts';
