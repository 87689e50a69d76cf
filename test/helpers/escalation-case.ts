import type { EscalationCase, EscalationStep } from '../../domain/escalation/index.ts';

/**
 * The access request of the ladder tests: received Fri 27 Nov 2026 10:00Z by an NL entity and
 * verified five minutes later; one month ends Sun 27 Dec, rolled forward to Mon 28 Dec 2026, whose
 * last millisecond in Amsterdam (UTC+1) is this instant.
 */
export const ACCESS_DUE = '2026-12-28T22:59:59.999Z';

/** That access request, assigned to `rep-7`, nothing of the ladder sent yet; override what a test is about. */
export function accessEscalationCase(overrides: Partial<EscalationCase> = {}): EscalationCase {
  return {
    caseId: 'case-1',
    reference: 'PD-2026-0001',
    type: 'access',
    status: 'assigned',
    receivedAt: new Date('2026-11-27T10:00:00Z'),
    verifiedAt: new Date('2026-11-27T10:05:00Z'),
    dueAt: new Date(ACCESS_DUE),
    originalDueAt: new Date(ACCESS_DUE),
    extendedMonths: 0,
    assigneeId: 'rep-7',
    sentKeys: new Set(),
    ...overrides,
  };
}

/** `key -> recipients`, one per step, in the order returned. */
export function stepSummary(steps: readonly EscalationStep[]): string[] {
  return steps.map((step) => `${step.key} -> ${step.recipients.join('+')}`);
}
