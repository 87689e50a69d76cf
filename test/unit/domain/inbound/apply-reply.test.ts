import { describe, expect, it } from 'vitest';
import type { CaseRecord, ThreadAttachment } from '../../../../domain/case-model.ts';
import {
  COMMANDS_NEED_TOKEN,
  MAX_COMMANDS_PER_REPLY,
  MAX_REPLY_TEXT_CHARS,
  type Participant,
} from '../../../../domain/inbound/index.ts';
import { fixtureSettings } from '../../../helpers/fixture-config.ts';
import {
  ANNA_ASSIGNEE,
  applied,
  auditedActions,
  NL_ACCESS_CASE,
  rejected,
  replyPlanner,
} from '../../../helpers/reply-plan.ts';

const _settings = fixtureSettings;
const CASE_ID = '0f8fad5b-d9cb-469f-a165-70867728950e';
const NOW = new Date('2026-11-20T10:45:00.000Z');
const AT = NOW.toISOString();

/** An access request received 3 November 2026 in NL: due Thursday 3 December 2026. */
const accessCase = NL_ACCESS_CASE;
const questionCase: CaseRecord = {
  ...accessCase,
  type: 'question',
  deadline: { ...accessCase.deadline, basis: 'calendar_days' },
};

const REQUESTER: Participant = { kind: 'requester' };
const _ANNA = ANNA_ASSIGNEE;
const MANAGER: Participant = { kind: 'staff', role: 'manager', teamId: 'nl-privacy' };
const DPO: Participant = { kind: 'staff', role: 'dpo' };
const PDF: ThreadAttachment = {
  filename: 'export.pdf',
  contentType: 'application/pdf',
  size: 142,
  key: 'k/0',
};

const plan = replyPlanner({
  record: accessCase,
  subject: 'Re: [PD-7K3M-Q9XA] New access request assigned to you',
  text: 'Dear Ms de Vries,\n\nHere is your answer.',
  now: NOW,
});

describe('planReply: the requester', () => {
  it('files the text and forwards it to the assigned representative, with her reply address', () => {
    const result = applied(plan({ participant: REQUESTER, text: 'Could you include the webshop?' }));

    expect(result.actor).toBe('requester');
    expect(result.thread).toEqual([
      {
        direction: 'from_requester',
        participant: 'requester',
        content: {
          subject: 'Re: [PD-7K3M-Q9XA] New access request assigned to you',
          text: 'Could you include the webshop?',
        },
      },
    ]);
    expect(result.notifications).toEqual([
      {
        template: 'requester-reply',
        recipient: { role: 'member', memberId: 'anna-devries' },
        replyAs: 'assignee',
        secrets: { requesterText: 'Could you include the webshop?' },
      },
    ]);
    expect(result.change).toBeUndefined();
    expect(result.audit[0]).toEqual({
      action: 'mail.filed',
      detail: {
        direction: 'from_requester',
        identifiedBy: 'token',
        attachments: 0,
        refusedAttachments: 0,
        copied: 0,
        forwardedTo: 'assignee',
      },
    });
  });

  it.each([
    { status: 'waiting_for_requester' as const, next: 'assigned' },
    { status: 'assigned' as const, next: undefined },
    { status: 'received' as const, next: undefined },
    { status: 'closed' as const, next: undefined },
  ])('a case $status becomes $next', ({ status, next }) => {
    const result = applied(plan({ participant: REQUESTER, record: { ...accessCase, status } }));

    expect(result.change?.set.status).toBe(next);
    if (next) {
      expect(result.change?.expect).toEqual({ status, assigneeId: 'anna-devries', paused: false });
      expect(auditedActions(result)).toContain('case.status_changed');
    }
  });

  it('goes to the team manager while nobody is assigned', () => {
    const result = applied(
      plan({ participant: REQUESTER, record: { ...accessCase, assigneeId: undefined } }),
    );

    expect(result.notifications[0]).toMatchObject({
      recipient: { role: 'manager', teamId: 'nl-privacy' },
      replyAs: 'manager',
    });
  });

  it('takes her lines starting with # as text', () => {
    const result = applied(plan({ participant: REQUESTER, text: '#close fulfilled\n#refuse no' }));

    expect(result.change).toBeUndefined();
    expect(result.thread[0]?.content.text).toBe('#close fulfilled\n#refuse no');
  });

  it('lists her attachments in the thread and the forward', () => {
    const refused: ThreadAttachment = {
      filename: 'big.zip',
      contentType: 'application/zip',
      size: 99,
      refused: 'too_large',
    };
    const result = applied(plan({ participant: REQUESTER, text: '', attachments: [PDF, refused] }));

    expect(result.thread[0]?.content.attachments).toEqual([PDF, refused]);
    expect(result.notifications[0]?.secrets?.attachmentList).toBe(
      'export.pdf (142 bytes), big.zip (99 bytes, not kept: over the size limit)',
    );
    expect(result.audit[0]?.detail).toMatchObject({ attachments: 1, refusedAttachments: 1 });
  });

  it('is empty without text or files', () => {
    expect(plan({ participant: REQUESTER, text: '' })).toEqual({ kind: 'empty' });
  });

  it('counts the attachments beyond the listed ones as refused', () => {
    const result = applied(plan({ participant: REQUESTER, attachments: [PDF], omittedAttachments: 7 }));

    expect(result.audit[0]?.detail).toMatchObject({ attachments: 1, refusedAttachments: 7 });
  });

  it('cuts a text beyond the limit', () => {
    const result = applied(plan({ participant: REQUESTER, text: 'x'.repeat(MAX_REPLY_TEXT_CHARS + 10) }));

    const text = result.thread[0]?.content.text ?? '';
    expect(text.startsWith('x'.repeat(MAX_REPLY_TEXT_CHARS))).toBe(true);
    expect(text).toMatch(/too long and has been cut\]$/);
  });
});

describe('planReply: a staff answer', () => {
  it('is filed, forwarded to the requester, and the case waits for her, with its first response', () => {
    const result = applied(plan({}));

    expect(result.actor).toBe('anna-devries');
    expect(result.thread).toEqual([
      {
        direction: 'from_staff',
        participant: 'member:anna-devries',
        content: {
          subject: 'Re: [PD-7K3M-Q9XA] New access request assigned to you',
          text: 'Dear Ms de Vries,\n\nHere is your answer.',
        },
      },
    ]);
    expect(result.notifications).toEqual([
      {
        template: 'staff-reply',
        recipient: { role: 'requester' },
        replyAs: 'requester',
        secrets: { staffText: 'Dear Ms de Vries,\n\nHere is your answer.' },
      },
    ]);
    expect(result.change).toEqual({
      caseId: CASE_ID,
      expect: { status: 'assigned', assigneeId: 'anna-devries', paused: false },
      set: { status: 'waiting_for_requester' },
      remove: [],
      indexes: { open: 'unchanged', byPendingStep: 'unchanged' },
      firstResponseAt: AT,
    });
    expect(auditedActions(result)).toEqual(['mail.filed', 'case.status_changed', 'case.first_response']);
  });

  it.each([
    {
      name: 'after a first response',
      record: { ...accessCase, firstResponseAt: '2026-11-10T09:00:00.000Z' },
      first: undefined,
      status: 'waiting_for_requester',
    },
    {
      name: 'on a closed case',
      record: { ...accessCase, status: 'closed' as const, firstResponseAt: '2026-11-10T09:00:00.000Z' },
      first: undefined,
      status: undefined,
    },
    {
      name: 'by the manager',
      participant: MANAGER,
      record: accessCase,
      first: AT,
      status: 'waiting_for_requester',
    },
    {
      name: 'by the DPO on an unassigned case',
      participant: DPO,
      record: { ...accessCase, assigneeId: undefined, status: 'received' as const },
      first: AT,
      status: 'waiting_for_requester',
    },
  ])('$name', ({ record, participant, first, status }) => {
    const result = applied(plan({ record, ...(participant ? { participant } : {}) }));

    expect(result.notifications.map((notification) => notification.template)).toEqual(['staff-reply']);
    expect(result.change?.firstResponseAt).toBe(first);
    expect(result.change?.set.status).toBe(status);
  });

  it('is empty without text, files or commands', () => {
    expect(plan({ text: '' })).toEqual({ kind: 'empty' });
  });
});

describe('planReply: staff commands', () => {
  it('#note stays internal: no email, no change', () => {
    const result = applied(plan({ participant: DPO, text: '#note Checked with legal' }));

    expect(result.thread).toEqual([
      { direction: 'internal', participant: 'dpo', content: { subject: 'Note', text: 'Checked with legal' } },
    ]);
    expect(result.notifications).toEqual([]);
    expect(result.change).toBeUndefined();
    expect(auditedActions(result)).toEqual(['mail.filed', 'case.note_added']);
  });

  it('#close: closed with its outcome, the notice carries the staff text, the load goes down', () => {
    const result = applied(plan({ text: '#close fulfilled\n\nWe could not find the 2019 tickets.' }));

    expect(result.change?.set).toEqual({ status: 'closed', outcome: 'fulfilled', closedAt: AT });
    expect(result.change?.firstResponseAt).toBe(AT);
    expect(result.notifications).toEqual([
      {
        template: 'case-closed',
        recipient: { role: 'requester' },
        replyAs: 'requester',
        params: { outcome: 'fulfilled' },
        secrets: { staffText: 'We could not find the 2019 tickets.' },
      },
    ]);
    expect(result.loadMoves).toEqual([{ memberId: 'anna-devries', delta: -1 }]);
    expect(auditedActions(result)).toEqual([
      'mail.filed',
      'case.closed',
      'case.status_changed',
      'case.first_response',
    ]);
  });

  it('#refuse: closed as refused with the Art. 12(4) notice and its reason', () => {
    const result = applied(
      plan({ text: '#refuse Manifestly unfounded: the fifth identical request this month' }),
    );

    expect(result.change?.set).toMatchObject({ status: 'closed', outcome: 'refused' });
    expect(result.notifications).toEqual([
      {
        template: 'refusal-notice',
        recipient: { role: 'requester' },
        replyAs: 'requester',
        params: { outcome: 'refused' },
        secrets: { reason: 'Manifestly unfounded: the fifth identical request this month' },
      },
    ]);
    expect(auditedActions(result)).toEqual(expect.arrayContaining(['case.refused', 'case.closed']));
  });

  it.each([
    {
      months: 1,
      dueAt: '2027-01-04T22:59:59.999Z',
      dueDate: '2027-01-04',
      rolledForwardFrom: '2027-01-03',
      // The stricter reading: the last working day on or before Sunday 3 January (1 January is a holiday).
      targetAt: '2026-12-31T22:59:59.999Z',
      targetDate: '2026-12-31',
    },
    {
      months: 2,
      dueAt: '2027-02-03T22:59:59.999Z',
      dueDate: '2027-02-03',
      rolledForwardFrom: null,
      targetAt: '2027-02-03T22:59:59.999Z',
      targetDate: '2027-02-03',
    },
  ])(
    '#extend $months: due $dueDate, the first deadline kept, the notice with the reason',
    ({ months, ...due }) => {
      const result = applied(
        plan({ text: `#extend ${months} Three systems to search\n\nDear Ms de Vries, ...` }),
      );

      expect(result.change?.set).toEqual({
        deadline: {
          ...accessCase.deadline,
          ...due,
          extendedMonths: months,
          originalDueAt: '2026-12-03T22:59:59.999Z',
        },
      });
      expect(result.notifications).toEqual([
        {
          template: 'extension-notice',
          recipient: { role: 'requester' },
          replyAs: 'requester',
          params: { months },
          secrets: { reason: 'Three systems to search', staffText: 'Dear Ms de Vries, ...' },
        },
      ]);
      expect(auditedActions(result)).toContain('case.extended');
      expect(auditedActions(result)).not.toContain('case.status_changed');
    },
  );

  it('#assign: to another active member, with the loads and a notice to her', () => {
    const result = applied(plan({ text: '#assign Pieter.Bakker@example.org' }));

    expect(result.change?.set).toEqual({ assigneeId: 'pieter-bakker', assignedAt: AT });
    expect(result.loadMoves).toEqual([
      { memberId: 'anna-devries', delta: -1 },
      { memberId: 'pieter-bakker', delta: 1 },
    ]);
    expect(result.notifications).toEqual([
      {
        template: 'case-reassigned',
        recipient: { role: 'member', memberId: 'pieter-bakker' },
        replyAs: 'assignee',
        params: { assignedBy: 'Anna de Vries' },
      },
    ]);
  });

  it('#assign: a received case with a member of another team becomes assigned in that team', () => {
    const result = applied(
      plan({
        participant: MANAGER,
        record: { ...accessCase, status: 'received', assigneeId: undefined },
        text: '#assign jan.dekker@example.org',
      }),
    );

    expect(result.change?.set).toEqual({
      assigneeId: 'jan-dekker',
      assignedAt: AT,
      teamId: 'dpo-office',
      status: 'assigned',
    });
    expect(result.loadMoves).toEqual([{ memberId: 'jan-dekker', delta: 1 }]);
    expect(result.notifications[0]?.params).toEqual({ assignedBy: 'Marieke Jansen' });
  });

  it.each([
    { name: 'an unknown command', text: '#frobnicate now', line: 1, message: /Unknown command #frobnicate/ },
    { name: 'a malformed #extend', text: '#extend 5', line: 1, message: /An extension is 1 or 2 months/ },
    {
      name: 'an extension of a question',
      record: questionCase,
      text: '#extend 1 Many systems',
      line: 1,
      message: /A question has no extendable deadline\.$/,
    },
    {
      name: 'a second extension',
      record: { ...accessCase, deadline: { ...accessCase.deadline, extendedMonths: 1 as const } },
      text: '#extend 1 Still more',
      line: 1,
      message: /already extended/,
    },
    {
      name: 'an extension after the first month',
      now: new Date('2026-12-10T10:00:00Z'),
      text: '#extend 2 Late',
      line: 1,
      message: /within the first month/,
    },
    {
      name: 'an unknown assignee',
      text: '#assign nobody@example.org',
      line: 1,
      message: /No active team member/,
    },
    {
      name: 'an inactive assignee',
      text: '#assign sanne.visser@example.org',
      line: 1,
      message: /No active team member/,
    },
    {
      name: 'the current assignee',
      text: '#assign anna.devries@example.org',
      line: 1,
      message: /already assigned/,
    },
    { name: '#close with #refuse', text: '#close fulfilled\n#refuse no', line: 2, message: /not both/ },
    {
      name: '#extend with #close',
      text: '#close fulfilled\n#extend 1 x',
      line: 2,
      message: /cannot be combined/,
    },
    {
      name: '#assign with #refuse',
      text: '#assign pieter.bakker@example.org\n#refuse no',
      line: 1,
      message: /cannot be combined/,
    },
    {
      // Assigning would take the case out of its verification wait: never reminded, never closed
      // unverified, and routed a second time once verified.
      name: '#assign on a case still awaiting verification',
      record: { ...accessCase, status: 'awaiting_verification' as const, verifiedAt: undefined },
      text: '#assign pieter.bakker@example.org',
      line: 1,
      message: /has not confirmed/,
    },
    {
      name: '#close on a closed case',
      record: { ...accessCase, status: 'closed' as const },
      text: '#close fulfilled',
      line: 1,
      message: /The case is closed/,
    },
  ])('rejects $name, mailing the error back to the sender', ({ text, line, message, record, now }) => {
    const result = rejected(plan({ text, ...(record ? { record } : {}), ...(now ? { now } : {}) }));

    const [error] = result.errors.filter((candidate) => message.test(candidate.message));
    expect(error?.line).toBe(line);
    expect(result.notifications).toHaveLength(1);
    expect(result.notifications[0]).toMatchObject({
      template: 'command-error',
      recipient: { role: 'member', memberId: 'anna-devries' },
      replyAs: 'assignee',
    });
    expect(result.notifications[0]?.secrets?.errorList).toMatch(new RegExp(`^Line ${line}, #`, 'm'));
    expect(auditedActions(result)).toEqual(['mail.command_rejected']);
  });

  it('rejects more than the commands one reply may carry', () => {
    const notes = Array.from({ length: MAX_COMMANDS_PER_REPLY + 1 }, (_, i) => `#note ${i}`).join('\n');
    const result = rejected(plan({ text: notes }));

    expect(result.errors).toEqual([
      {
        line: MAX_COMMANDS_PER_REPLY + 1,
        command: '#',
        code: 'too_many_commands',
        params: { max: MAX_COMMANDS_PER_REPLY },
        message: `At most ${MAX_COMMANDS_PER_REPLY} commands per reply.`,
      },
    ]);
  });

  it('rejects the whole reply, the good commands and the text with it', () => {
    const result = rejected(plan({ text: '#note fine\n#frobnicate\n\nDear Ms de Vries' }));

    expect(result.notifications.map((notification) => notification.template)).toEqual(['command-error']);
    expect('thread' in result).toBe(false);
  });

  it('sends the errors of the manager to the manager', () => {
    const result = rejected(plan({ participant: MANAGER, text: '#frobnicate' }));

    expect(result.notifications[0]).toMatchObject({
      recipient: { role: 'manager', teamId: 'nl-privacy' },
      replyAs: 'manager',
    });
    expect(result.actor).toBe('manager:nl-privacy');
  });

  it('never puts a command argument in the audit', () => {
    const result = rejected(plan({ text: '#assign secret.person@example.com\n#refuse Private reason' }));

    expect(JSON.stringify(result.audit)).not.toMatch(/secret|Private/);
  });
});

describe('planReply: a requester’s reply DMARC did not authenticate', () => {
  const unauthenticated = { participant: REQUESTER, authenticated: false, dmarcVerdict: 'GRAY' } as const;

  it('is filed marked unauthenticated, and forwarded with the warning flag', () => {
    const result = applied(plan({ ...unauthenticated, text: 'Send it to my new address please.' }));

    expect(result.thread).toEqual([
      {
        direction: 'from_requester',
        participant: 'requester',
        content: {
          subject: 'Re: [PD-7K3M-Q9XA] New access request assigned to you',
          text: 'Send it to my new address please.',
        },
        unauthenticated: true,
      },
    ]);
    expect(result.notifications).toEqual([
      {
        template: 'requester-reply',
        recipient: { role: 'member', memberId: 'anna-devries' },
        replyAs: 'assignee',
        params: { unauthenticated: true, dmarc: 'GRAY' },
        secrets: { requesterText: 'Send it to my new address please.' },
      },
    ]);
    expect(result.audit[0]?.detail).toMatchObject({ authenticated: false, dmarc: 'GRAY' });
  });

  it('takes # lines as text, as from any requester', () => {
    const result = applied(plan({ ...unauthenticated, text: '#close withdrawn' }));

    expect(result.change).toBeUndefined();
    expect(result.thread[0]?.content.text).toBe('#close withdrawn');
  });

  it('an authenticated reply carries no mark', () => {
    const result = applied(plan({ participant: REQUESTER }));

    expect(result.thread[0]).not.toHaveProperty('unauthenticated');
    expect(result.notifications[0]).not.toHaveProperty('params');
    expect(result.audit[0]?.detail).not.toHaveProperty('authenticated');
  });
});

describe('planReply: staff commands need the staff token', () => {
  it.each(['subject', 'thread'] as const)(
    'matched by %s: #close runs nothing, the text is filed but not forwarded, and the sender is told',
    (identifiedBy) => {
      const result = applied(
        plan({ identifiedBy, text: '#close fulfilled\n#note done\n\nAll done, Ms de Vries.' }),
      );

      expect(result.change).toBeUndefined();
      expect(result.loadMoves).toEqual([]);
      expect(result.thread).toEqual([
        {
          direction: 'from_staff',
          participant: 'member:anna-devries',
          content: {
            subject: 'Re: [PD-7K3M-Q9XA] New access request assigned to you',
            text: 'All done, Ms de Vries.',
          },
        },
      ]);
      expect(result.notifications).toEqual([
        {
          template: 'command-error',
          recipient: { role: 'member', memberId: 'anna-devries' },
          replyAs: 'assignee',
          params: { textFiled: true },
          secrets: {
            errorList: `Line 1, #close: ${COMMANDS_NEED_TOKEN}\nLine 2, #note: ${COMMANDS_NEED_TOKEN}`,
            commandErrors: JSON.stringify([
              { line: 1, command: '#close', code: 'needs_token' },
              { line: 2, command: '#note', code: 'needs_token' },
            ]),
          },
        },
      ]);
      expect(result.audit).toEqual([
        {
          action: 'mail.filed',
          detail: {
            direction: 'from_staff',
            identifiedBy,
            commands: 0,
            attachments: 0,
            refusedAttachments: 0,
            copied: 0,
            forwardedTo: 'none',
          },
        },
        {
          action: 'mail.command_rejected',
          detail: { identifiedBy, errors: 2, commands: '#close #note', reason: 'no_token' },
        },
      ]);
    },
  );

  it('matched by subject with commands only: rejected, nothing filed', () => {
    const result = rejected(plan({ identifiedBy: 'subject', text: '#refuse Manifestly unfounded' }));

    expect(result.errors).toEqual([
      { line: 1, command: '#refuse', code: 'needs_token', message: COMMANDS_NEED_TOKEN },
    ]);
    expect(result.notifications[0]).toMatchObject({ template: 'command-error' });
    expect(result.notifications[0]).not.toHaveProperty('params');
    expect(JSON.stringify(result)).not.toContain('Manifestly');
  });

  it('matched by subject with a malformed command: told the same, not the parse error', () => {
    const result = rejected(plan({ identifiedBy: 'thread', text: '#frobnicate' }));

    expect(result.errors).toEqual([
      { line: 1, command: '#frobnicate', code: 'needs_token', message: COMMANDS_NEED_TOKEN },
    ]);
  });

  it('matched by subject without commands: a plain answer, forwarded as ever', () => {
    const result = applied(plan({ identifiedBy: 'subject' }));

    expect(result.notifications.map((notification) => notification.template)).toEqual(['staff-reply']);
    expect(result.change?.set.status).toBe('waiting_for_requester');
  });

  it('with the staff token: #close closes', () => {
    const result = applied(plan({ identifiedBy: 'token', text: '#close fulfilled\n\nAll done.' }));

    expect(result.change?.set).toMatchObject({ status: 'closed', outcome: 'fulfilled' });
  });
});
