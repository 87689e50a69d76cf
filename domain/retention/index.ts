export type { AttachmentPurger } from './attachment-purger.ts';
export { type CaseStatistics, caseStatistics } from './case-statistics.ts';
export { purgeAfter, retentionMonths } from './purge-after.ts';
