import * as z from 'zod';
import type { CaseStore } from '../case-store.ts';
import { NotFoundError } from '../errors.ts';

/** A route queue message: the case id only. */
export const RouteMessageSchema = z.strictObject({ caseId: z.uuid() });
export type RouteMessage = z.infer<typeof RouteMessageSchema>;

export type RouteOutcome = 'routed' | 'already_routed';

/**
 * The foundation slice of routing: records that the case reached the router. Redeliveries find the
 * case already routed and change nothing.
 */
export async function routeCase(
  message: RouteMessage,
  deps: { store: CaseStore; now: Date },
): Promise<RouteOutcome> {
  const existing = await deps.store.getCase(message.caseId);
  if (!existing) {
    // Retried, then dead-lettered: a case id that never resolves needs a person.
    throw new NotFoundError(`Case ${message.caseId} not found`);
  }
  if (existing.status !== 'received') return 'already_routed';
  const at = deps.now.toISOString();
  const changed = await deps.store.markRouted(message.caseId, deps.now, {
    caseId: message.caseId,
    at,
    action: 'case.routed',
    actor: 'system:router',
  });
  return changed ? 'routed' : 'already_routed';
}
