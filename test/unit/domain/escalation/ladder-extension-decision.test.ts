import { describe, expect, it } from 'vitest';
import {
  DEFAULT_ESCALATION_LADDER,
  dueEscalationSteps,
  type EscalationCase,
} from '../../../../domain/escalation/index.ts';
import { accessEscalationCase } from '../../../helpers/escalation-case.ts';

/*
 * The extension decision is about the answer, not the first contact: a holding reply ("we have
 * your request and are working on it") sets the first response, but the request is still to be
 * answered, so whether to extend must still be decided before the first month ends.
 * Access request received Fri 27 Nov 2026 (NL): the first month ends Mon 28 Dec 2026, 22:59:59.999Z.
 */
const _FIRST_MONTH_END = '2026-12-28T22:59:59.999Z';

const keys = (c: EscalationCase, now: string) =>
  dueEscalationSteps(c, new Date(now), DEFAULT_ESCALATION_LADDER).map((step) => step.key);

describe('the extension-decision reminder', () => {
  it.each([
    { name: 'waiting for the requester after a holding reply', status: 'waiting_for_requester' as const },
    { name: 'assigned again after a holding reply and the requester’s answer', status: 'assigned' as const },
  ])('is not switched off by a holding reply: $name', ({ status }) => {
    const c = accessEscalationCase({ status, firstResponseAt: new Date('2026-11-30T09:00:00Z') });

    expect(keys(c, '2026-12-21T22:59:59.999Z')).toContain('extension-decision');
  });

  it('goes once: recorded, it is not sent again', () => {
    const c = accessEscalationCase({
      firstResponseAt: new Date('2026-11-30T09:00:00Z'),
      sentKeys: new Set(['assignee-reminder:7d', 'extension-decision']),
    });

    expect(keys(c, '2026-12-23T09:00:00Z')).toEqual([]);
  });

  it('is not sent once the case is extended', () => {
    const c = accessEscalationCase({
      firstResponseAt: new Date('2026-11-30T09:00:00Z'),
      extendedMonths: 2,
      dueAt: new Date('2027-02-28T22:59:59.999Z'),
    });

    expect(keys(c, '2026-12-21T22:59:59.999Z')).not.toContain('extension-decision');
  });
});
