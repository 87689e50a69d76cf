/* The staff API's shapes: the types inferred from the very schemas the handlers validate with. */
export type {
  CaseAction,
  CaseDetail,
  CaseListQuery,
  CaseSummary,
} from '../../../domain/staff/staff-api-schemas.ts';
export type { SummaryReport } from '../../../domain/staff/staff-report.ts';
