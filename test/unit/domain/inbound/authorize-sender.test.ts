import { describe, expect, it } from 'vitest';
import type { CaseRecord } from '../../../../domain/case-model.ts';
import {
  type AdmissionInput,
  admitInbound,
  authorOf,
  dropAlertFor,
  dropAlertWindow,
  type Identification,
  type InboundMail,
  type MailReceipt,
  type Participant,
  participantActor,
  participantBySender,
  participantForToken,
  participantLabel,
  participantRecipient,
  type SenderFacts,
} from '../../../../domain/inbound/index.ts';
import type { ReplyRole } from '../../../../domain/reply-token.ts';
import { newCaseFixture } from '../../../helpers/factories.ts';
import { fixtureConfig } from '../../../helpers/fixture-config.ts';

const config = fixtureConfig;
const CASE_ID = '0f8fad5b-d9cb-469f-a165-70867728950e';
const REQUESTER_HASH = 'e'.repeat(64);
const record: CaseRecord = newCaseFixture({
  caseId: CASE_ID,
  status: 'assigned',
  teamId: 'nl-privacy',
  assigneeId: 'anna-devries',
  emailHash: REQUESTER_HASH,
}).record;

const sender = (address: string, emailHash = 'f'.repeat(64)): SenderFacts => ({ address, emailHash });
const REQUESTER = sender('requester@example.com', REQUESTER_HASH);
const ANNA = sender('anna.devries@example.org');
const PIETER = sender('pieter.bakker@example.org');
const MANAGER = sender('marieke.jansen@example.org');
const OTHER_MANAGER = sender('ingrid.hansen@example.org');
const DPO = sender('dpo@example.org');
const STRANGER = sender('mallory@example.com');

describe('participantForToken: the sender must be whom the token was issued to, still in that role', () => {
  it.each<{ role: ReplyRole; sender: SenderFacts; expected: Participant | undefined }>([
    { role: 'requester', sender: REQUESTER, expected: { kind: 'requester' } },
    { role: 'requester', sender: STRANGER, expected: undefined },
    {
      role: 'assignee',
      sender: ANNA,
      expected: { kind: 'staff', role: 'assignee', memberId: 'anna-devries' },
    },
    {
      role: 'assignee',
      sender: sender('Anna.DeVries@Example.ORG'),
      expected: { kind: 'staff', role: 'assignee', memberId: 'anna-devries' },
    },
    { role: 'assignee', sender: PIETER, expected: undefined },
    { role: 'assignee', sender: REQUESTER, expected: undefined },
    { role: 'manager', sender: MANAGER, expected: { kind: 'staff', role: 'manager', teamId: 'nl-privacy' } },
    { role: 'manager', sender: OTHER_MANAGER, expected: undefined },
    { role: 'dpo', sender: DPO, expected: { kind: 'staff', role: 'dpo' } },
    { role: 'dpo', sender: MANAGER, expected: undefined },
  ])('$role from $sender.address', ({ role, sender: from, expected }) => {
    expect(participantForToken(role, from, record, config)).toEqual(expected);
  });

  it('refuses the assignee role once the case has no assignee', () => {
    const unassigned = { ...record, assigneeId: undefined };
    expect(participantForToken('assignee', ANNA, unassigned, config)).toBeUndefined();
  });
});

describe('participantBySender: a known sender of a case found without a token', () => {
  it.each<{ sender: SenderFacts; expected: Participant | undefined }>([
    { sender: REQUESTER, expected: { kind: 'requester' } },
    { sender: ANNA, expected: { kind: 'staff', role: 'assignee', memberId: 'anna-devries' } },
    { sender: MANAGER, expected: { kind: 'staff', role: 'manager', teamId: 'nl-privacy' } },
    { sender: DPO, expected: { kind: 'staff', role: 'dpo' } },
    { sender: PIETER, expected: undefined },
    { sender: STRANGER, expected: undefined },
    // A staff member's own request: the requester role wins, with no staff powers.
    { sender: sender('anna.devries@example.org', REQUESTER_HASH), expected: { kind: 'requester' } },
  ])('$sender.address', ({ sender: from, expected }) => {
    expect(participantBySender(from, record, config)).toEqual(expected);
  });
});

describe('participant names, never addresses', () => {
  it.each<{ participant: Participant; actor: string; label: string; recipient: unknown; replyAs: ReplyRole }>(
    [
      {
        participant: { kind: 'requester' },
        actor: 'requester',
        label: 'requester',
        recipient: { role: 'requester' },
        replyAs: 'requester',
      },
      {
        participant: { kind: 'staff', role: 'assignee', memberId: 'anna-devries' },
        actor: 'anna-devries',
        label: 'member:anna-devries',
        recipient: { role: 'member', memberId: 'anna-devries' },
        replyAs: 'assignee',
      },
      {
        participant: { kind: 'staff', role: 'manager', teamId: 'nl-privacy' },
        actor: 'manager:nl-privacy',
        label: 'manager:nl-privacy',
        recipient: { role: 'manager', teamId: 'nl-privacy' },
        replyAs: 'manager',
      },
      {
        participant: { kind: 'staff', role: 'dpo' },
        actor: 'dpo',
        label: 'dpo',
        recipient: { role: 'dpo' },
        replyAs: 'dpo',
      },
    ],
  )('$actor', ({ participant, actor, label, recipient, replyAs }) => {
    expect(participantActor(participant)).toBe(actor);
    expect(participantLabel(participant)).toBe(label);
    expect(participantRecipient(participant)).toEqual({ recipient, replyAs });
  });
});

describe('admitInbound', () => {
  const byToken = (role: ReplyRole): Identification => ({ by: 'token', caseId: CASE_ID, role });
  const PASS: MailReceipt['verdicts'] = {
    spf: 'PASS',
    dkim: 'PASS',
    dmarc: 'PASS',
    spam: 'PASS',
    virus: 'PASS',
  };
  const verdicts = (change: Partial<MailReceipt['verdicts']>) => ({ ...PASS, ...change });
  const admissible: AdmissionInput = {
    verdicts: PASS,
    sender: ANNA,
    sentByDesk: false,
    autoReply: false,
    identification: byToken('assignee'),
    record,
    config,
  };

  it.each<{ name: string; change: Partial<AdmissionInput>; reason: string }>([
    { name: 'spam', change: { verdicts: verdicts({ spam: 'FAIL' }) }, reason: 'verdict_failed' },
    { name: 'a virus', change: { verdicts: verdicts({ virus: 'FAIL' }) }, reason: 'verdict_failed' },
    {
      name: 'a message SES could not scan for viruses',
      change: { verdicts: verdicts({ virus: 'PROCESSING_FAILED' }) },
      reason: 'verdict_failed',
    },
    {
      name: 'spam, even from the requester on her own case address',
      change: {
        verdicts: verdicts({ spam: 'FAIL' }),
        sender: REQUESTER,
        identification: byToken('requester'),
      },
      reason: 'verdict_failed',
    },
    {
      name: 'staff mail DMARC did not authenticate (GRAY), even with a valid staff token',
      change: { verdicts: verdicts({ dmarc: 'GRAY' }) },
      reason: 'unauthenticated',
    },
    {
      name: 'staff mail that failed DMARC',
      change: { verdicts: verdicts({ dmarc: 'FAIL' }) },
      reason: 'unauthenticated',
    },
    {
      name: 'unauthenticated requester mail found by thread (no token)',
      change: {
        verdicts: verdicts({ dmarc: 'GRAY' }),
        sender: REQUESTER,
        identification: { by: 'thread', caseId: CASE_ID },
      },
      reason: 'unauthenticated',
    },
    {
      name: 'unauthenticated requester mail found by subject (no token)',
      change: {
        verdicts: verdicts({ dmarc: 'GRAY' }),
        sender: REQUESTER,
        identification: { by: 'subject', caseId: CASE_ID },
      },
      reason: 'unauthenticated',
    },
    {
      name: 'unauthenticated staff mail found by subject',
      change: { verdicts: verdicts({ dmarc: 'FAIL' }), identification: { by: 'subject', caseId: CASE_ID } },
      reason: 'unauthenticated',
    },
    { name: 'no From address', change: { sender: undefined }, reason: 'no_sender' },
    { name: 'the desk’s own Message-ID', change: { sentByDesk: true }, reason: 'loop' },
    {
      name: 'mail from the desk’s sender address',
      change: { sender: sender('privacy-desk@example.org') },
      reason: 'loop',
    },
    {
      name: 'mail from a case address',
      change: { sender: sender('case+abc@replies.example.org') },
      reason: 'loop',
    },
    { name: 'an auto-reply', change: { autoReply: true }, reason: 'auto_reply' },
    {
      name: 'no case found',
      change: { identification: { by: 'none' }, record: undefined },
      reason: 'no_case',
    },
    {
      name: 'a token naming a case that does not exist',
      change: { identification: byToken('assignee'), record: undefined },
      reason: 'no_case',
    },
    {
      name: 'a token that does not verify',
      change: { identification: { by: 'bad_token', caseId: CASE_ID } },
      reason: 'token_invalid',
    },
    { name: 'a valid token of a former assignee', change: { sender: PIETER }, reason: 'not_participant' },
    {
      name: 'a case found by thread, from a stranger',
      change: { identification: { by: 'thread', caseId: CASE_ID }, sender: STRANGER },
      reason: 'unknown_sender',
    },
    {
      name: 'a case found by subject, from a stranger',
      change: { identification: { by: 'subject', caseId: CASE_ID }, sender: STRANGER },
      reason: 'unknown_sender',
    },
  ])('drops $name ($reason)', ({ change, reason }) => {
    const admission = admitInbound({ ...admissible, ...change });
    expect(admission).toMatchObject({ admitted: false, reason });
  });

  it('puts the drop on the case when the case exists, and nowhere otherwise', () => {
    expect(admitInbound({ ...admissible, autoReply: true })).toEqual({
      admitted: false,
      reason: 'auto_reply',
      caseId: CASE_ID,
    });
    expect(admitInbound({ ...admissible, identification: { by: 'none' }, record: undefined })).toEqual({
      admitted: false,
      reason: 'no_case',
    });
  });

  it.each<{ name: string; change: Partial<AdmissionInput>; participant: Participant; by: string }>([
    {
      name: 'the assignee by token',
      change: {},
      participant: { kind: 'staff', role: 'assignee', memberId: 'anna-devries' },
      by: 'token',
    },
    {
      name: 'the requester by thread',
      change: { identification: { by: 'thread', caseId: CASE_ID }, sender: REQUESTER },
      participant: { kind: 'requester' },
      by: 'thread',
    },
    {
      name: 'the DPO by subject',
      change: { identification: { by: 'subject', caseId: CASE_ID }, sender: DPO },
      participant: { kind: 'staff', role: 'dpo' },
      by: 'subject',
    },
    {
      name: 'the assignee by token when DMARC passes although SPF failed',
      change: { verdicts: verdicts({ spf: 'FAIL', dkim: 'GRAY' }) },
      participant: { kind: 'staff', role: 'assignee', memberId: 'anna-devries' },
      by: 'token',
    },
    {
      name: 'the requester by thread when DMARC passes although DKIM failed',
      change: {
        verdicts: verdicts({ dkim: 'FAIL' }),
        identification: { by: 'thread', caseId: CASE_ID },
        sender: REQUESTER,
      },
      participant: { kind: 'requester' },
      by: 'thread',
    },
    {
      name: 'spam GRAY (not sure) from the assignee',
      change: { verdicts: verdicts({ spam: 'GRAY' }) },
      participant: { kind: 'staff', role: 'assignee', memberId: 'anna-devries' },
      by: 'token',
    },
  ])('admits $name, authenticated', ({ change, participant, by }) => {
    expect(admitInbound({ ...admissible, ...change })).toEqual({
      admitted: true,
      record,
      participant,
      identifiedBy: by,
      authenticated: true,
    });
  });

  it.each<{ dmarc: string }>([{ dmarc: 'GRAY' }, { dmarc: 'FAIL' }, { dmarc: 'PROCESSING_FAILED' }])(
    'admits the requester’s reply to her own case address with DMARC $dmarc, unauthenticated',
    ({ dmarc }) => {
      const admission = admitInbound({
        ...admissible,
        verdicts: verdicts({ dmarc, spf: 'FAIL', dkim: 'FAIL' }),
        sender: REQUESTER,
        identification: byToken('requester'),
      });

      expect(admission).toEqual({
        admitted: true,
        record,
        participant: { kind: 'requester' },
        identifiedBy: 'token',
        authenticated: false,
      });
    },
  );
});

describe('authorOf: the one mailbox a message claims as its author', () => {
  const ANNA_BOX = { address: 'anna@example.com', name: 'Anna' };
  const MALLORY_BOX = { address: 'mallory@example.com', name: 'Mallory' };
  const mail = (from: string[], sender: string[] = []): Pick<InboundMail, 'from' | 'sender' | 'headers'> => {
    const boxes = (values: string[]) =>
      values.flatMap((value) =>
        value.split(',').map((address) => (address.includes('mallory') ? MALLORY_BOX : ANNA_BOX)),
      );
    const headers = new Map<string, string[]>();
    if (from.length > 0) headers.set('from', from);
    if (sender.length > 0) headers.set('sender', sender);
    return { from: boxes(from), sender: boxes(sender), headers };
  };

  it.each([
    { name: 'one From mailbox', mail: mail(['anna@example.com']), expected: ANNA_BOX },
    {
      name: 'a Sender that is the From',
      mail: mail(['anna@example.com'], ['anna@example.com']),
      expected: ANNA_BOX,
    },
    {
      name: 'a Sender that is the From in another letter case',
      mail: {
        ...mail(['anna@example.com'], ['anna@example.com']),
        sender: [{ address: 'Anna@Example.COM', name: '' }],
      },
      expected: ANNA_BOX,
    },
    { name: 'no From', mail: mail([]), expected: undefined },
    {
      name: 'two mailboxes in one From field',
      mail: mail(['anna@example.com,mallory@example.com']),
      expected: undefined,
    },
    { name: 'two From fields', mail: mail(['anna@example.com', 'mallory@example.com']), expected: undefined },
    {
      name: 'two From fields naming the same mailbox',
      mail: mail(['anna@example.com', 'anna@example.com']),
      expected: undefined,
    },
    {
      name: 'a Sender that is not the From',
      mail: mail(['anna@example.com'], ['mallory@example.com']),
      expected: undefined,
    },
    {
      name: 'a Sender with two mailboxes',
      mail: mail(['anna@example.com'], ['anna@example.com,mallory@example.com']),
      expected: undefined,
    },
    {
      name: 'a Sender field without a mailbox',
      mail: { ...mail(['anna@example.com'], ['undisclosed']), sender: [] },
      expected: undefined,
    },
    {
      name: 'a From field without a mailbox beside one with',
      mail: { ...mail(['anna@example.com', 'undisclosed:;']), from: [ANNA_BOX] },
      expected: undefined,
    },
  ])('$name', ({ mail: message, expected }) => {
    expect(authorOf(message)).toEqual(expected);
  });
});

describe('dropAlertFor: who hears of a dropped email aimed at a case', () => {
  const unassigned = { ...record, assigneeId: undefined };

  it.each([
    'verdict_failed',
    'no_sender',
    'token_invalid',
    'not_participant',
    'unknown_sender',
    'unauthenticated',
    'empty',
  ] as const)('%s alerts the assignee, or the team manager while nobody is assigned', (reason) => {
    expect(dropAlertFor(reason, record)).toEqual({
      recipient: { role: 'member', memberId: 'anna-devries' },
      to: 'assignee',
    });
    expect(dropAlertFor(reason, unassigned)).toEqual({
      recipient: { role: 'manager', teamId: 'nl-privacy' },
      to: 'manager',
    });
  });

  it.each(['loop', 'auto_reply', 'no_case', 'malformed_mime'] as const)(
    '%s alerts nobody (an alert would invite a loop, or there is no case)',
    (reason) => {
      expect(dropAlertFor(reason, record)).toBeUndefined();
    },
  );

  it('alerts nobody without a case', () => {
    expect(dropAlertFor('unknown_sender', undefined)).toBeUndefined();
  });

  it.each([
    ['2026-11-20T10:00:00.000Z', '2026-11-20T10'],
    ['2026-11-20T10:59:59.999Z', '2026-11-20T10'],
    ['2026-11-20T11:00:00.000Z', '2026-11-20T11'],
  ])('puts an alert at %s in the window %s', (at, window) => {
    expect(dropAlertWindow(new Date(at))).toBe(window);
  });
});
