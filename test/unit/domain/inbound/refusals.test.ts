import { describe, expect, it } from 'vitest';
import type { CaseRecord } from '../../../../domain/case-model.ts';
import { fixtureSettings } from '../../../helpers/fixture-config.ts';
import {
  ANNA_ASSIGNEE,
  applied,
  auditedActions,
  NL_ACCESS_CASE,
  replyPlanner,
} from '../../../helpers/reply-plan.ts';

/*
 * Art. 12(4): every outcome short of full fulfilment tells the requester why, and where to turn;
 * staff must give the reason, and a refusal after the first month is recorded and reported.
 */

const _settings = fixtureSettings;
const _ANNA = ANNA_ASSIGNEE;

/** An access request received 3 November 2026 in NL: due Thursday 3 December 2026. */
const accessCase = NL_ACCESS_CASE;

/** The same case extended by two months: due 3 February 2027. */
const extendedCase: CaseRecord = {
  ...accessCase,
  deadline: {
    ...accessCase.deadline,
    dueAt: '2027-02-03T22:59:59.999Z',
    dueDate: '2027-02-03',
    extendedMonths: 2,
  },
};

const plan = replyPlanner({
  record: accessCase,
  subject: 'Re: [PD-7K3M-Q9XA] New access request assigned to you',
  text: '',
  now: new Date('2026-11-20T10:45:00.000Z'),
});

describe('closing short of full fulfilment', () => {
  it.each([
    {
      text: '#close refused The request is manifestly unfounded',
      outcome: 'refused',
      reason: 'The request is manifestly unfounded',
    },
    {
      text: '#close partially_fulfilled The payroll data is kept by your employer',
      outcome: 'partially_fulfilled',
      reason: 'The payroll data is kept by your employer',
    },
  ])('#close $outcome sends the Art. 12(4) notice with the reason', ({ text, outcome, reason }) => {
    const result = applied(plan({ text }));

    expect(result.change?.set).toMatchObject({ status: 'closed', outcome });
    expect(result.notifications).toEqual([
      {
        template: 'refusal-notice',
        recipient: { role: 'requester' },
        replyAs: 'requester',
        params: { outcome },
        secrets: { reason },
      },
    ]);
  });

  it.each(['refused', 'partially_fulfilled'])(
    '#close %s without a reason is refused with an error mail naming the missing reason',
    (outcome) => {
      const result = plan({ text: `#close ${outcome}\n\nDear Ms de Vries, we cannot help.` });

      expect(result.kind).toBe('rejected');
      if (result.kind !== 'rejected') return;
      expect(result.notifications).toEqual([
        {
          template: 'command-error',
          recipient: { role: 'member', memberId: 'anna-devries' },
          replyAs: 'assignee',
          secrets: {
            errorList: expect.stringContaining(
              `Line 1, #close: #close ${outcome} needs the reason, which the requester is told (GDPR Art. 12(4)).`,
            ),
            commandErrors: JSON.stringify([
              { line: 1, command: '#close', code: 'close_needs_reason', params: { outcome } },
            ]),
          },
        },
      ]);
      expect(auditedActions(result)).toEqual(['mail.command_rejected']);
    },
  );
});

describe('a refusal after the first month', () => {
  it.each([
    { text: '#refuse Exempt under Art. 23', outcome: 'refused' },
    { text: '#close refused Exempt under Art. 23', outcome: 'refused' },
    { text: '#close partially_fulfilled Part is exempt under Art. 23', outcome: 'partially_fulfilled' },
  ])('$text in an extended case is recorded as late and the DPO is told', ({ text, outcome }) => {
    const result = applied(plan({ record: extendedCase, text, now: new Date('2027-01-10T09:00:00.000Z') }));

    expect(result.change?.set).toMatchObject({ status: 'closed', outcome, refusedLate: true });
    expect(result.audit).toContainEqual({
      action: 'case.refused_late',
      detail: { outcome, firstMonthEndedAt: '2026-12-03T22:59:59.999Z', extendedMonths: 2 },
    });
    expect(result.notifications.map((n) => [n.template, n.recipient])).toEqual([
      ['refusal-notice', { role: 'requester' }],
      ['late-refusal', { role: 'dpo' }],
    ]);
    expect(result.notifications[1]).toMatchObject({ params: { outcome, decidedBy: 'Anna de Vries' } });
  });

  it('within the first month of an extended case is on time: no flag, no DPO mail', () => {
    const result = applied(
      plan({
        record: extendedCase,
        text: '#refuse Exempt under Art. 23',
        now: new Date('2026-12-03T22:00:00.000Z'),
      }),
    );

    expect(result.change?.set).not.toHaveProperty('refusedLate');
    expect(auditedActions(result)).not.toContain('case.refused_late');
    expect(result.notifications.map((n) => n.template)).toEqual(['refusal-notice']);
  });

  it('a fulfilled case closed after the first month is not a late refusal', () => {
    const result = applied(
      plan({ record: extendedCase, text: '#close fulfilled', now: new Date('2027-01-10T09:00:00.000Z') }),
    );

    expect(result.change?.set).not.toHaveProperty('refusedLate');
    expect(result.notifications.map((n) => n.template)).toEqual(['case-closed']);
  });
});
