import type { CaseContent, CaseRecord } from '../case-model.ts';
import { OPT_OUT_SCOPES } from '../queue-messages/opt-out-scopes.ts';
import type { SuppressionMessage } from '../queue-messages/suppression-message.ts';

/**
 * Where opt-outs leave the desk for the marketing systems (SuppressionMessageSchema). Publishing is
 * at least once and deduplicated per case: the same opt-out always has the same message.
 */
export interface SuppressionQueue {
  publish(message: SuppressionMessage): Promise<void>;
}

/**
 * The message for a marketing opt-out: the address as the requester typed it (trimmed; marketing
 * systems compare addresses their own way), both scopes (the form's opt-out stops marketing email
 * and profiling alike), and the time of the request, not of this step, so a retry sends the same.
 */
export function suppressionMessageOf(
  record: Pick<CaseRecord, 'caseId' | 'receivedAt'>,
  content: Pick<CaseContent, 'email'>,
): SuppressionMessage {
  return {
    optOutId: record.caseId,
    email: content.email.trim(),
    scopes: [...OPT_OUT_SCOPES],
    optedOutAt: new Date(record.receivedAt).toISOString(),
  };
}
