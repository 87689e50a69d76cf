import * as fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  base32Decode,
  base32Encode,
  REPLY_ROLES,
  replyAddress,
  signReplyToken,
  tokenFromRecipient,
  verifyReplyToken,
} from '../../../domain/reply-token.ts';

const SECRET = 'test-secret-of-at-least-16-bytes';
const OTHER_SECRET = 'another-secret-of-16-bytes-or-more';
const CASE_ID = '0f8fad5b-d9cb-469f-a165-70867728950e';
const ANNA = 'anna.devries@example.org';

describe('signReplyToken', () => {
  // Expected tokens computed independently (Python: base64.b32encode, hmac.new(..., hashlib.sha256)).
  it.each([
    { role: 'requester' as const, expected: 'b6h22w6zzndj7ilfocdhokevbyra3gkdn37hqi573jk' },
    { role: 'assignee' as const, expected: 'b6h22w6zzndj7ilfocdhokevbya7tz7ytqoy3b2ya7f' },
    { role: 'manager' as const, expected: 'b6h22w6zzndj7ilfocdhokevbymyfgk6joomzoyxwsf' },
    { role: 'dpo' as const, expected: 'b6h22w6zzndj7ilfocdhokevbydtj46c3ivattadagk' },
  ])('signs the case for the $role as $expected', ({ role, expected }) => {
    // Act
    const token = signReplyToken(SECRET, { caseId: CASE_ID, role, address: ANNA });

    // Assess
    expect(token).toBe(expected);
  });

  it.each([
    { name: 'upper-case case id', caseId: CASE_ID.toUpperCase(), address: ANNA },
    { name: 'upper-case address', caseId: CASE_ID, address: 'Anna.DeVries@Example.ORG' },
    { name: 'address with spaces around it', caseId: CASE_ID, address: `  ${ANNA} ` },
  ])('gives the same token for an $name', ({ caseId, address }) => {
    // Prepare
    const reference = signReplyToken(SECRET, { caseId: CASE_ID, role: 'requester', address: ANNA });

    // Act
    const token = signReplyToken(SECRET, { caseId, role: 'requester', address });

    // Assess
    expect(token).toBe(reference);
  });

  it.each([
    {
      name: 'a case id that is not a UUID',
      secret: SECRET,
      caseId: 'case-1',
      expected: 'caseId must be a UUID',
    },
    {
      name: 'a secret shorter than 16 bytes',
      secret: 'short',
      caseId: CASE_ID,
      expected: 'The reply token secret needs 16+ bytes',
    },
  ])('refuses $name', ({ secret, caseId, expected }) => {
    // Act
    const sign = () => signReplyToken(secret, { caseId, role: 'assignee', address: ANNA });

    // Assess
    expect(sign).toThrow(expected);
  });
});

describe('verifyReplyToken', () => {
  const token = signReplyToken(SECRET, { caseId: CASE_ID, role: 'assignee', address: ANNA });
  const flip = (text: string, at: number) =>
    `${text.slice(0, at)}${text.charAt(at) === 'a' ? 'b' : 'a'}${text.slice(at + 1)}`;

  it.each([
    { name: 'the token as issued', token, sender: ANNA, expected: { caseId: CASE_ID, role: 'assignee' } },
    {
      name: 'the token upper-cased by a mail system',
      token: token.toUpperCase(),
      sender: ANNA,
      expected: { caseId: CASE_ID, role: 'assignee' },
    },
    {
      name: 'the sender in another letter case',
      token,
      sender: 'ANNA.DEVRIES@EXAMPLE.ORG',
      expected: { caseId: CASE_ID, role: 'assignee' },
    },
    { name: 'another sender', token, sender: 'pieter.bakker@example.org', expected: undefined },
    { name: 'a changed case id', token: flip(token, 3), sender: ANNA, expected: undefined },
    {
      name: 'a changed role',
      token: `${token.slice(0, 26)}d${token.slice(27)}`,
      sender: ANNA,
      expected: undefined,
    },
    { name: 'a changed MAC', token: flip(token, 40), sender: ANNA, expected: undefined },
    { name: 'a truncated token', token: token.slice(0, 42), sender: ANNA, expected: undefined },
    { name: 'a longer token', token: `${token}a`, sender: ANNA, expected: undefined },
    {
      name: 'an unknown role character',
      token: `${token.slice(0, 26)}x${token.slice(27)}`,
      sender: ANNA,
      expected: undefined,
    },
    { name: 'characters outside base32', token: `${token.slice(0, 42)}1`, sender: ANNA, expected: undefined },
    {
      // The 26th character carries 3 bits of the id and 2 padding bits, which must be zero.
      name: 'a non-canonical case id encoding',
      // (the id ends in ...y = 11000; ...z = 11001 decodes to the same bytes with a padding bit set).
      token: `b6h22w6zzndj7ilfocdhokevbz${token.slice(26)}`,
      sender: ANNA,
      expected: undefined,
    },
    { name: 'an empty token', token: '', sender: ANNA, expected: undefined },
  ])('$name: $expected', ({ token, sender, expected }) => {
    // Act
    const verified = verifyReplyToken(SECRET, token, sender);

    // Assess
    expect(verified).toEqual(expected);
  });

  it.each([
    { name: 'signed with another secret', secrets: OTHER_SECRET, expected: undefined },
    {
      name: 'the old secret during a rotation',
      secrets: [OTHER_SECRET, SECRET],
      expected: { caseId: CASE_ID, role: 'assignee' },
    },
    { name: 'no secrets', secrets: [], expected: undefined },
    {
      name: 'the secret as bytes',
      secrets: new TextEncoder().encode(SECRET),
      expected: { caseId: CASE_ID, role: 'assignee' },
    },
  ])('$name: $expected', ({ secrets, expected }) => {
    // Act
    const verified = verifyReplyToken(secrets, token, ANNA);

    // Assess
    expect(verified).toEqual(expected);
  });

  it('round-trips random case ids, roles and addresses, and binds the token to the address (property)', () => {
    fc.assert(
      fc.property(
        fc.uuid(),
        fc.constantFrom(...REPLY_ROLES),
        fc.emailAddress(),
        fc.emailAddress(),
        (caseId, role, address, otherAddress) => {
          // Act
          const issued = signReplyToken(SECRET, { caseId, role, address });
          const local = replyAddress(issued, 'replies.example.org').toLowerCase();

          // Assess
          const recovered = tokenFromRecipient(local.toUpperCase(), 'replies.example.org');
          expect(local.split('@')[0]!.length).toBeLessThanOrEqual(64);
          expect(verifyReplyToken(SECRET, recovered ?? '', address.toUpperCase())).toEqual({
            caseId: caseId.toLowerCase(),
            role,
          });
          if (otherAddress.toLowerCase() !== address.toLowerCase()) {
            expect(verifyReplyToken(SECRET, issued, otherAddress)).toBeUndefined();
          }
        },
      ),
      { seed: 42, numRuns: 300 },
    );
  });
});

describe('replyAddress and tokenFromRecipient', () => {
  const token = signReplyToken(SECRET, { caseId: CASE_ID, role: 'requester', address: ANNA });

  it.each([
    { domain: 'replies.example.org', expected: `case+${token}@replies.example.org` },
    { domain: 'Replies.Example.org', expected: `case+${token}@replies.example.org` },
  ])('addresses replies to $expected', ({ domain, expected }) => {
    // Act
    const address = replyAddress(token, domain);

    // Assess
    expect(address).toBe(expected);
  });

  it.each([
    { name: 'the reply address', recipient: `case+${token}@replies.example.org`, expected: token },
    {
      name: 'the address upper-cased',
      recipient: `CASE+${token.toUpperCase()}@REPLIES.EXAMPLE.ORG`,
      expected: token,
    },
    {
      name: 'with a display name',
      recipient: `"Privacy Desk" <case+${token}@replies.example.org>`,
      expected: token,
    },
    { name: 'with spaces around it', recipient: `  case+${token}@replies.example.org `, expected: token },
    { name: 'another domain', recipient: `case+${token}@example.org`, expected: undefined },
    {
      name: 'a subdomain of the inbound domain',
      recipient: `case+${token}@x.replies.example.org`,
      expected: undefined,
    },
    { name: 'no plus part', recipient: 'case@replies.example.org', expected: undefined },
    { name: 'another prefix', recipient: `reply+${token}@replies.example.org`, expected: undefined },
    { name: 'a malformed token', recipient: 'case+hello@replies.example.org', expected: undefined },
    { name: 'no @ at all', recipient: `case+${token}`, expected: undefined },
  ])('$name: $expected', ({ recipient, expected }) => {
    // Act
    const found = tokenFromRecipient(recipient, 'replies.example.org');

    // Assess
    expect(found).toBe(expected);
  });
});

describe('base32', () => {
  it.each([
    { bytes: '', expected: '' },
    { bytes: 'f', expected: 'my' },
    { bytes: 'fo', expected: 'mzxq' },
    { bytes: 'foo', expected: 'mzxw6' },
    { bytes: 'foob', expected: 'mzxw6yq' },
    { bytes: 'fooba', expected: 'mzxw6ytb' },
    { bytes: 'foobar', expected: 'mzxw6ytboi' },
  ])(
    'encodes "$bytes" as "$expected" (RFC 4648 test vectors, lower case, unpadded)',
    ({ bytes, expected }) => {
      // Act
      const encoded = base32Encode(Buffer.from(bytes));

      // Assess
      expect({ encoded, decoded: base32Decode(encoded)?.toString() }).toEqual({
        encoded: expected,
        decoded: bytes,
      });
    },
  );

  it.each([
    { text: 'mz', expected: undefined },
    { text: 'm1', expected: undefined },
    { text: 'MY', expected: undefined },
    { text: 'm', expected: undefined },
  ])('refuses non-canonical "$text"', ({ text, expected }) => {
    // Act
    const decoded = base32Decode(text);

    // Assess
    expect(decoded).toBe(expected);
  });
});
