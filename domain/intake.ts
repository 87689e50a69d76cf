import { randomUUID } from 'node:crypto';
import * as z from 'zod';
import type { AuditEvent, CaseRecord } from './case-record.ts';
import type { CaseStore, RouteQueue } from './case-store.ts';
import { LanguageSchema, RequestTypeSchema } from './request-types.ts';
import { parseOrThrow } from './validation.ts';

/** The foundation slice's request body: only what routing needs, nothing personal yet. */
export const SubmitRequestSchema = z.strictObject({
  type: RequestTypeSchema,
  language: LanguageSchema,
  country: z.string().regex(/^[A-Z]{2}$/, 'Expected an ISO 3166-1 alpha-2 country code, e.g. NL'),
});
export type SubmitRequest = z.infer<typeof SubmitRequestSchema>;

export interface SubmittedCase {
  readonly caseId: string;
  readonly status: CaseRecord['status'];
  readonly receivedAt: string;
}

/**
 * Stores the case, then enqueues its id. If the process dies between the two, the sweep finds
 * the case still awaiting routing and enqueues it again; routing is idempotent.
 */
export async function submitRequest(
  body: unknown,
  deps: { store: CaseStore; routeQueue: RouteQueue; now: Date; newId?: () => string },
): Promise<SubmittedCase> {
  const request = parseOrThrow(SubmitRequestSchema, body);
  const caseId = (deps.newId ?? randomUUID)();
  const receivedAt = deps.now.toISOString();
  const record: CaseRecord = { caseId, status: 'received', receivedAt, ...request };
  const audit: AuditEvent = { caseId, at: receivedAt, action: 'case.received', actor: 'requester' };
  await deps.store.createCase(record, audit);
  await deps.routeQueue.enqueue(caseId);
  return { caseId, status: record.status, receivedAt };
}
