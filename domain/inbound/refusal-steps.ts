import type { CaseRecord, CloseOutcome } from '../case-model.ts';
import type { InboundSecrets, PlannedAudit, PlannedNotification } from './reply-plan.ts';

/**
 * What an outcome short of full fulfilment adds to a closing (Art. 12(4)): the notice with the
 * reasons and the rights of recourse to the requester and, when it comes after the first month,
 * the record that it was late and a word to the DPO naming who decided.
 */
export function refusalSteps(input: {
  readonly outcome: CloseOutcome;
  readonly reason: string;
  readonly refusedLate: boolean;
  readonly record: Pick<CaseRecord, 'deadline'>;
  readonly toRequester: Pick<PlannedNotification, 'recipient' | 'replyAs'>;
  readonly staffSecrets: InboundSecrets;
  readonly decidedBy: string;
}): { readonly audit: PlannedAudit[]; readonly notifications: PlannedNotification[] } {
  const { outcome, reason, refusedLate, record } = input;
  const audit: PlannedAudit[] = outcome === 'refused' ? [{ action: 'case.refused' }] : [];
  const notifications: PlannedNotification[] = [
    {
      template: 'refusal-notice',
      ...input.toRequester,
      params: { outcome },
      secrets: { reason, ...input.staffSecrets },
    },
  ];
  if (refusedLate) {
    audit.push({
      action: 'case.refused_late',
      detail: {
        outcome,
        firstMonthEndedAt: record.deadline.originalDueAt,
        extendedMonths: record.deadline.extendedMonths,
      },
    });
    notifications.push({
      template: 'late-refusal',
      recipient: { role: 'dpo' },
      replyAs: 'dpo',
      params: { outcome, decidedBy: input.decidedBy },
    });
  }
  return { audit, notifications };
}
