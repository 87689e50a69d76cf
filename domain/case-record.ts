import type { Language, RequestType } from './request-types.ts';

export const CASE_STATUSES = ['received', 'routed'] as const;
export type CaseStatus = (typeof CASE_STATUSES)[number];

/** What the table keeps in clear about a case: nothing personal, only what indexing needs. */
export interface CaseRecord {
  readonly caseId: string;
  readonly type: RequestType;
  readonly status: CaseStatus;
  readonly language: Language;
  readonly country: string;
  readonly receivedAt: string;
  readonly routedAt?: string;
}

export interface AuditEvent {
  readonly caseId: string;
  readonly at: string;
  /** What happened, e.g. `case.received`; never the content. */
  readonly action: string;
  /** Who: `requester`, `system:<component>`, or a staff id. */
  readonly actor: string;
  readonly detail?: Readonly<Record<string, string | number | boolean>>;
}
