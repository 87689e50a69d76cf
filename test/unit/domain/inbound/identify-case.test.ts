import { describe, expect, it } from 'vitest';
import {
  type CaseLookups,
  caseIdOfToken,
  caseReferencesIn,
  deskMessageIdCandidates,
  identifyCase,
  localPartOf,
  replyTokensIn,
} from '../../../../domain/inbound/index.ts';
import { signReplyToken } from '../../../../domain/reply-token.ts';

const SECRET = 'test-secret-of-at-least-16-bytes';
const DOMAIN = 'replies.example.org';
const CASE_A = '0f8fad5b-d9cb-469f-a165-70867728950e';
const CASE_B = '7c9e6679-7425-40de-944b-e07fc1f90ae7';
const CASE_C = '16fd2706-8baf-433b-82eb-8c7fada847da';
const ANNA = 'anna.devries@example.com';
const INGRID = 'ingrid.hansen@example.org';
const token = (caseId: string, role: 'requester' | 'assignee', address: string) =>
  signReplyToken(SECRET, { caseId, role, address });
const address = (value: string) => `case+${value}@${DOMAIN}`;
const ses = (id: string) => `<${id}@email.amazonses.com>`;

/** The table's lookups, in memory: SES id to case, reference to case. */
function lookups(sent: Record<string, string> = {}, references: Record<string, string> = {}): CaseLookups {
  return {
    findSentEmail: async (id) => (sent[id] ? { caseId: sent[id] } : undefined),
    findCaseIdByReference: async (reference) => references[reference],
  };
}

const baseInput = {
  recipients: [] as string[],
  inboundDomain: DOMAIN,
  sender: ANNA as string | undefined,
  inReplyTo: undefined as string | undefined,
  references: [] as string[],
  subject: '',
  secret: SECRET,
};

describe('identifyCase', () => {
  it.each([
    {
      name: 'a token that verifies for the sender',
      input: { recipients: [address(token(CASE_A, 'requester', ANNA))] },
      expected: { by: 'token', caseId: CASE_A, role: 'requester' },
    },
    {
      name: 'the token wins over In-Reply-To and subject',
      input: {
        recipients: [address(token(CASE_A, 'requester', ANNA))],
        inReplyTo: ses('sent-b'),
        subject: 'Re: [PD-7K3M-Q9XA]',
      },
      expected: { by: 'token', caseId: CASE_A, role: 'requester' },
    },
    {
      name: 'the first token that verifies, among several case addresses',
      input: {
        recipients: [address(token(CASE_B, 'assignee', INGRID)), address(token(CASE_A, 'requester', ANNA))],
      },
      expected: { by: 'token', caseId: CASE_A, role: 'requester' },
    },
    {
      name: 'a token issued to someone else: bad, naming its case, and no fallback to the thread',
      input: { recipients: [address(token(CASE_A, 'assignee', INGRID))], inReplyTo: ses('sent-b') },
      expected: { by: 'bad_token', caseId: CASE_A },
    },
    {
      name: 'a token without a sender address',
      input: { recipients: [address(token(CASE_A, 'requester', ANNA))], sender: undefined },
      expected: { by: 'bad_token', caseId: CASE_A },
    },
    {
      name: 'In-Reply-To of an email the desk sent',
      input: { recipients: [`privacy@${DOMAIN}`], inReplyTo: ses('sent-b') },
      expected: { by: 'thread', caseId: CASE_B },
    },
    {
      name: 'the newest known id of References',
      input: { references: [ses('sent-b'), ses('unknown'), ses('sent-c')] },
      expected: { by: 'thread', caseId: CASE_C },
    },
    {
      name: 'a reference in the subject when no id is known',
      input: { inReplyTo: ses('unknown'), subject: 'Re: [pd-7k3m-q9xa] We received your request' },
      expected: { by: 'subject', caseId: CASE_A },
    },
    {
      name: 'an unknown reference',
      input: { subject: 'Re: [PD-AAAA-BBBB]' },
      expected: { by: 'none' },
    },
    { name: 'nothing at all', input: {}, expected: { by: 'none' } },
  ])('$name', async ({ input, expected }) => {
    const found = await identifyCase(
      { ...baseInput, ...input },
      lookups({ 'sent-b': CASE_B, 'sent-c': CASE_C }, { 'PD-7K3M-Q9XA': CASE_A }),
    );

    expect(found).toEqual(expected);
  });
});

describe('replyTokensIn', () => {
  const valid = token(CASE_A, 'requester', ANNA);
  it.each([
    { recipients: [address(valid)], expected: [valid] },
    { recipients: [address(valid).toUpperCase()], expected: [valid] },
    { recipients: [address(valid), address(valid)], expected: [valid] },
    { recipients: [`case+${valid}@other.example.org`], expected: [] },
    { recipients: [`privacy@${DOMAIN}`], expected: [] },
    { recipients: ['case+abcdefghijklmnop@replies.example.org'], expected: [] },
  ])('$recipients', ({ recipients, expected }) => {
    expect(replyTokensIn(recipients, DOMAIN)).toEqual(expected);
  });
});

describe('caseIdOfToken', () => {
  it.each([
    { token: token(CASE_A, 'requester', ANNA), expected: CASE_A },
    { token: token(CASE_B, 'assignee', INGRID).toUpperCase(), expected: CASE_B },
    { token: 'abcdefghijklmnop', expected: undefined },
    { token: '', expected: undefined },
    { token: '0000000000000000000000000000000000000000000', expected: undefined },
  ])('$token', ({ token: value, expected }) => {
    expect(caseIdOfToken(value)).toBe(expected);
  });
});

describe('deskMessageIdCandidates', () => {
  it.each([
    { inReplyTo: ses('a'), references: [], expected: ['a'] },
    { inReplyTo: ses('c'), references: [ses('a'), ses('b'), ses('c')], expected: ['c', 'b', 'a'] },
    { inReplyTo: undefined, references: [ses('a'), ses('b')], expected: ['b', 'a'] },
    {
      inReplyTo: undefined,
      references: Array.from({ length: 15 }, (_, i) => ses(`id${i}`)),
      expected: Array.from({ length: 10 }, (_, i) => `id${14 - i}`),
    },
    { inReplyTo: undefined, references: [], expected: [] },
  ])('In-Reply-To $inReplyTo, References $references', ({ inReplyTo, references, expected }) => {
    expect(deskMessageIdCandidates({ inReplyTo, references })).toEqual(expected);
  });
});

describe('localPartOf', () => {
  it.each([
    [
      '<0100018c-aaaa-bbbb-cccc-000000000001-000000@email.amazonses.com>',
      '0100018c-aaaa-bbbb-cccc-000000000001-000000',
    ],
    ['<ses-123456789@us-east-1.amazonses.com>', 'ses-123456789'],
    ['<000001db4e7a$3c2f9a10$b48ece30$@example.org>', '000001db4e7a$3c2f9a10$b48ece30$'],
    ['<no-at-sign>', 'no-at-sign'],
  ])('%s', (messageId, expected) => {
    expect(localPartOf(messageId)).toBe(expected);
  });
});

describe('caseReferencesIn', () => {
  it.each([
    ['Re: [PD-7K3M-Q9XA] We received your access request', ['PD-7K3M-Q9XA']],
    ['RE: pd-7k3m-q9xa', ['PD-7K3M-Q9XA']],
    ['Fwd: PD-7K3M-Q9XA and PD-AAAA-BBBB, again PD-7K3M-Q9XA', ['PD-7K3M-Q9XA', 'PD-AAAA-BBBB']],
    ['PD-7K3M-Q9XAB (too long)', []],
    ['PD-7K3M-Q9XI (I is not in the alphabet)', []],
    ['No reference at all', []],
  ])('%s', (subject, expected) => {
    expect(caseReferencesIn(subject)).toEqual(expected);
  });
});
