import { describe, expect, it } from 'vitest';
import {
  DEFAULT_ESCALATION_LADDER,
  dueEscalationSteps,
  type EscalationCase,
} from '../../../../domain/escalation/index.ts';

/*
 * The extension decision is about the answer, not the first contact: a holding reply ("we have
 * your request and are working on it") sets the first response, but the request is still to be
 * answered, so whether to extend must still be decided before the first month ends.
 * Access request received Fri 27 Nov 2026 (NL): the first month ends Mon 28 Dec 2026, 22:59:59.999Z.
 */
const FIRST_MONTH_END = '2026-12-28T22:59:59.999Z';

function accessCase(overrides: Partial<EscalationCase> = {}): EscalationCase {
  return {
    caseId: 'case-1',
    reference: 'PD-2026-0001',
    type: 'access',
    status: 'assigned',
    receivedAt: new Date('2026-11-27T10:00:00Z'),
    verifiedAt: new Date('2026-11-27T10:05:00Z'),
    dueAt: new Date(FIRST_MONTH_END),
    originalDueAt: new Date(FIRST_MONTH_END),
    extendedMonths: 0,
    assigneeId: 'rep-7',
    sentKeys: new Set(),
    ...overrides,
  };
}

const keys = (c: EscalationCase, now: string) =>
  dueEscalationSteps(c, new Date(now), DEFAULT_ESCALATION_LADDER).map((step) => step.key);

describe('the extension-decision reminder', () => {
  it.each([
    { name: 'waiting for the requester after a holding reply', status: 'waiting_for_requester' as const },
    { name: 'assigned again after a holding reply and the requester’s answer', status: 'assigned' as const },
  ])('is not switched off by a holding reply: $name', ({ status }) => {
    const c = accessCase({ status, firstResponseAt: new Date('2026-11-30T09:00:00Z') });

    expect(keys(c, '2026-12-21T22:59:59.999Z')).toContain('extension-decision');
  });

  it('goes once: recorded, it is not sent again', () => {
    const c = accessCase({
      firstResponseAt: new Date('2026-11-30T09:00:00Z'),
      sentKeys: new Set(['assignee-reminder:7d', 'extension-decision']),
    });

    expect(keys(c, '2026-12-23T09:00:00Z')).toEqual([]);
  });

  it('is not sent once the case is extended', () => {
    const c = accessCase({
      firstResponseAt: new Date('2026-11-30T09:00:00Z'),
      extendedMonths: 2,
      dueAt: new Date('2027-02-28T22:59:59.999Z'),
    });

    expect(keys(c, '2026-12-21T22:59:59.999Z')).not.toContain('extension-decision');
  });
});
