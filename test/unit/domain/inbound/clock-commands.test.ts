import { describe, expect, it } from 'vitest';
import type { CaseRecord } from '../../../../domain/case-model.ts';
import { newCaseFixture } from '../../../helpers/factories.ts';
import { fixtureSettings } from '../../../helpers/fixture-config.ts';
import {
  ANNA_ASSIGNEE,
  applied,
  auditedActions,
  rejected,
  replyPlanner,
} from '../../../helpers/reply-plan.ts';

/* `#type`, `#pause` and `#resume` in a staff reply: the deadline recomputed from the original receipt. */

const NOW = new Date('2026-02-20T10:00:00.000Z');
const AT = NOW.toISOString();
const _ANNA = ANNA_ASSIGNEE;
const PAUSES_ON = { ...fixtureSettings.deadlinePolicy, pausesEnabled: true };

/** A question received Tuesday 10 February 2026 in NL: resolution due 12 March (30 calendar days). */
const question: CaseRecord = newCaseFixture({
  caseId: '6a1c0f0e-1f7d-4c55-9d1e-7d0b6b0e2f10',
  type: 'question',
  status: 'assigned',
  teamId: 'nl-privacy',
  assigneeId: 'anna-devries',
  receivedAt: '2026-02-10T10:00:00.000Z',
  emailHash: 'e'.repeat(64),
  deadline: {
    dueAt: '2026-03-12T22:59:59.999Z',
    dueDate: '2026-03-12',
    rolledForwardFrom: null,
    clockStartedAt: '2026-02-10T10:00:00.000Z',
    firstResponseDueAt: '2026-02-17T22:59:59.999Z',
    basis: 'calendar_days',
    originalDueAt: '2026-03-12T22:59:59.999Z',
    extendedMonths: 0,
    country: 'NL',
    timeZone: 'Europe/Amsterdam',
  },
}).record;
/** The same request read as an access request: one month, due Tuesday 10 March 2026. */
const accessDeadline = {
  dueAt: '2026-03-10T22:59:59.999Z',
  dueDate: '2026-03-10',
  rolledForwardFrom: null,
  targetAt: '2026-03-10T22:59:59.999Z',
  targetDate: '2026-03-10',
  clockStartedAt: '2026-02-10T10:00:00.000Z',
  basis: 'gdpr_month',
  originalDueAt: '2026-03-10T22:59:59.999Z',
  extendedMonths: 0,
  country: 'NL',
  timeZone: 'Europe/Amsterdam',
};
const access: CaseRecord = {
  ...question,
  type: 'access',
  deadline: accessDeadline as CaseRecord['deadline'],
};

const plan = replyPlanner({
  record: question,
  subject: 'Re: [PD-7K3M-Q9XA] Your question',
  text: '',
  now: NOW,
});

describe('#type', () => {
  it('a question read as an access request: one month from receipt, the requester told the new date', () => {
    const result = applied(
      plan({ text: '#type access\n\nDear Ms de Vries, we treat this as an access request.' }),
    );

    expect(result.change?.set).toEqual({
      status: 'waiting_for_requester',
      type: 'access',
      deadline: accessDeadline,
    });
    expect(result.change?.indexes).toEqual({
      open: { dueAt: '2026-03-10T22:59:59.999Z', clock: 'running' },
      byPendingStep: 'unchanged',
    });
    expect(result.notifications).toEqual([
      {
        template: 'type-changed',
        recipient: { role: 'requester' },
        replyAs: 'requester',
        params: { previousTargetAt: '2026-03-12T22:59:59.999Z' },
        secrets: { staffText: 'Dear Ms de Vries, we treat this as an access request.' },
      },
    ]);
    expect(result.audit).toContainEqual({
      action: 'case.type_changed',
      detail: { from: 'question', to: 'access', dueDate: '2026-03-10', previousDueDate: '2026-03-12' },
    });
  });

  it('an access request read as a question: 30 days, and the first-answer target comes back', () => {
    const result = applied(plan({ record: access, text: '#type question' }));

    expect(result.change?.set.deadline).toEqual({
      ...question.deadline,
      targetAt: question.deadline.dueAt,
      targetDate: question.deadline.dueDate,
    });
    expect(result.notifications.map((notification) => notification.template)).toEqual(['type-changed']);
  });

  it('no notice when the date stays: received 3 November, a month and 30 days end on the same day', () => {
    const november = {
      ...question,
      receivedAt: '2026-11-03T10:00:00.000Z',
      deadline: {
        ...question.deadline,
        dueAt: '2026-12-03T22:59:59.999Z',
        dueDate: '2026-12-03',
        clockStartedAt: '2026-11-03T10:00:00.000Z',
      },
    };
    const result = applied(
      plan({ record: november, now: new Date('2026-11-10T10:00:00Z'), text: '#type access' }),
    );

    expect(result.change?.set).toMatchObject({
      type: 'access',
      deadline: { dueDate: '2026-12-03', basis: 'gdpr_month' },
    });
    expect(result.notifications).toEqual([]);
    expect(auditedActions(result)).toEqual(['mail.filed', 'case.type_changed']);
  });

  it('to marketing_opt_out: suppressed, confirmed and closed as fulfilled, like a routed opt-out', () => {
    const objection = { ...access, type: 'objection' as const };
    const result = applied(plan({ record: objection, text: '#type marketing_opt_out' }));

    expect(result.suppress).toEqual({ emailHash: 'e'.repeat(64) });
    expect(result.change?.set).toMatchObject({
      status: 'closed',
      outcome: 'fulfilled',
      type: 'marketing_opt_out',
      closedAt: AT,
    });
    expect(result.change?.indexes.open).toBe('none');
    expect(result.notifications.map((notification) => notification.template)).toEqual(['opt-out-confirmed']);
    expect(result.loadMoves).toEqual([{ memberId: 'anna-devries', delta: -1 }]);
    expect(auditedActions(result)).toEqual([
      'mail.filed',
      'case.type_changed',
      'marketing.suppressed',
      'case.closed',
      'case.status_changed',
      'case.first_response',
    ]);
  });

  it.each([
    { name: 'the same type', text: '#type question', message: /already is of type question/ },
    {
      name: 'with #close',
      text: '#type access\n#close fulfilled',
      message: /cannot be combined with closing/,
    },
    { name: 'with #extend', text: '#type access\n#extend 1 Volume', message: /#extend cannot be combined/ },
    {
      name: 'an extended access request to a question',
      record: { ...access, deadline: { ...access.deadline, extendedMonths: 1 as const } },
      text: '#type question',
      message: /has no extendable deadline/,
    },
    {
      name: 'on a closed case',
      record: { ...question, status: 'closed' as const },
      text: '#type access',
      message: /closed/,
    },
  ])('refuses $name', ({ text, message, record }) => {
    const result = rejected(plan({ text, ...(record ? { record } : {}) }));

    expect(result.errors.some((error) => message.test(error.message))).toBe(true);
    expect(result.notifications.map((notification) => notification.template)).toEqual(['command-error']);
  });
});

describe('#pause and #resume', () => {
  it('refuses #pause where the clock policy does not allow pauses (the default)', () => {
    const result = rejected(plan({ record: access, text: '#pause Waiting for proof of identity' }));

    expect(result.errors).toEqual([
      {
        line: 1,
        command: '#pause',
        code: 'pauses_not_enabled',
        message: 'Pauses of the deadline clock are not enabled for this desk (deadlines.pausesEnabled).',
        kind: 'request',
      },
    ]);
  });

  it('#pause: out of byDue, still in its team queue, the reason an internal note, audited without it', () => {
    const result = applied(
      plan({ record: access, deadlinePolicy: PAUSES_ON, text: '#pause Waiting for proof of identity' }),
    );

    expect(result.change?.set).toEqual({ pausedAt: AT });
    expect(result.change?.indexes).toEqual({
      open: { dueAt: access.deadline.dueAt, clock: 'paused' },
      byPendingStep: 'unchanged',
    });
    expect(result.thread).toEqual([
      {
        direction: 'internal',
        participant: 'member:anna-devries',
        content: { subject: 'Deadline clock paused', text: 'Waiting for proof of identity' },
      },
    ]);
    expect(result.notifications).toEqual([]);
    expect(auditedActions(result)).toEqual(['mail.filed', 'case.paused']);
    expect(JSON.stringify(result.audit)).not.toMatch(/identity/);
  });

  it('#resume after seven days: due seven days later, back in byDue, the pause logged', () => {
    const paused = { ...access, pausedAt: '2026-02-20T10:00:00.000Z' };
    const result = applied(
      plan({
        record: paused,
        deadlinePolicy: PAUSES_ON,
        now: new Date('2026-02-27T10:00:00.000Z'),
        text: '#resume',
      }),
    );

    expect(result.change?.set).toEqual({
      deadline: {
        ...accessDeadline,
        dueAt: '2026-03-17T22:59:59.999Z',
        dueDate: '2026-03-17',
        targetAt: '2026-03-17T22:59:59.999Z',
        targetDate: '2026-03-17',
        originalDueAt: '2026-03-17T22:59:59.999Z',
      },
      clockPauses: [{ from: '2026-02-20T10:00:00.000Z', to: '2026-02-27T10:00:00.000Z' }],
    });
    expect(result.change?.remove).toEqual(['pausedAt']);
    expect(result.change?.indexes.open).toEqual({ dueAt: '2026-03-17T22:59:59.999Z', clock: 'running' });
    expect(result.change?.expect.paused).toBe(true);
    expect(result.audit).toContainEqual({
      action: 'case.resumed',
      detail: { pausedAt: '2026-02-20T10:00:00.000Z', dueDate: '2026-03-17' },
    });
  });

  it('#resume works for a case paused before pauses were switched off', () => {
    const paused = { ...access, pausedAt: '2026-02-20T10:00:00.000Z' };
    const result = applied(
      plan({ record: paused, now: new Date('2026-02-27T10:00:00.000Z'), text: '#resume' }),
    );

    expect(result.change?.set.deadline?.dueDate).toBe('2026-03-17');
  });

  it('#extend after a seven-day pause: two months from the start moved by the pause', () => {
    const resumed = {
      ...access,
      clockPauses: [{ from: '2026-02-20T10:00:00.000Z', to: '2026-02-27T10:00:00.000Z' }],
    };
    const result = applied(plan({ record: resumed, text: '#extend 1 Volume\n\nDear Ms de Vries' }));

    expect(result.change?.set.deadline?.dueDate).toBe('2026-04-17');
  });

  it('#type on a paused case keeps it out of byDue, in its team queue by the new deadline', () => {
    const paused = { ...question, pausedAt: '2026-02-19T10:00:00.000Z' };
    const result = applied(plan({ record: paused, deadlinePolicy: PAUSES_ON, text: '#type access' }));

    expect(result.change?.indexes.open).toEqual({
      dueAt: result.change?.set.deadline?.dueAt,
      clock: 'paused',
    });
    expect(result.change?.set.type).toBe('access');
  });

  it.each([
    {
      name: '#pause twice',
      record: { ...access, pausedAt: AT },
      text: '#pause Again',
      message: /already paused/,
    },
    { name: '#resume a running clock', record: access, text: '#resume', message: /is not paused/ },
    {
      name: '#resume where pauses are off and nothing is paused',
      record: access,
      text: '#resume',
      policy: fixtureSettings.deadlinePolicy,
      message: /not enabled/,
    },
    { name: '#pause with #resume', record: access, text: '#pause x\n#resume', message: /cannot be combined/ },
    {
      name: '#pause a breach report',
      record: { ...access, type: 'breach_report' as const },
      text: '#pause x',
      message: /breach report cannot be paused/,
    },
    {
      name: '#pause before verification',
      record: { ...access, status: 'awaiting_verification' as const },
      text: '#pause x',
      message: /not confirmed/,
    },
    {
      name: '#extend while paused',
      record: { ...access, pausedAt: AT },
      text: '#extend 1 Volume',
      message: /#resume it before extending/,
    },
  ])('refuses $name', ({ record, text, message, policy }) => {
    const result = rejected(plan({ record, text, deadlinePolicy: policy ?? PAUSES_ON }));

    expect(result.errors.some((error) => message.test(error.message))).toBe(true);
  });
});
