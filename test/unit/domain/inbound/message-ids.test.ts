import { describe, expect, it } from 'vitest';
import { firstMessageId, messageIdsIn } from '../../../../domain/inbound/index.ts';

const SES_1 = '<0100018c-aaaa-bbbb-cccc-000000000001-000000@email.amazonses.com>';
const SES_2 = '<0100018c-aaaa-bbbb-cccc-000000000002-000000@email.amazonses.com>';

describe('messageIdsIn', () => {
  it.each([
    { name: 'one bracketed id', value: SES_1, expected: [SES_1] },
    { name: 'ids separated by folding whitespace', value: `${SES_1}\r\n ${SES_2}`, expected: [SES_1, SES_2] },
    { name: 'ids separated by commas', value: `${SES_1},${SES_2}`, expected: [SES_1, SES_2] },
    { name: 'a duplicate id', value: `${SES_1} ${SES_2} ${SES_1}`, expected: [SES_1, SES_2] },
    { name: 'a bare id', value: 'abc@example.com', expected: ['<abc@example.com>'] },
    {
      name: 'bare ids with commas',
      value: 'a@example.com, b@example.com',
      expected: ['<a@example.com>', '<b@example.com>'],
    },
    { name: 'a comment', value: `${SES_1} (Privacy Desk's message)`, expected: [SES_1] },
    { name: 'bracketed ids win over bare words', value: `see ${SES_1} from x@y`, expected: [SES_1] },
    { name: 'case is kept', value: '<CAF7x2kQ@mail.gmail.com>', expected: ['<CAF7x2kQ@mail.gmail.com>'] },
    { name: 'nothing', value: '', expected: [] },
    { name: 'words only', value: 'no ids here', expected: [] },
  ])('reads $name', ({ value, expected }) => {
    // Act
    const ids = messageIdsIn(value);

    // Assess
    expect(ids).toEqual(expected);
  });
});

describe('firstMessageId', () => {
  it.each([
    { name: 'the first of several', value: `${SES_2} ${SES_1}`, expected: SES_2 },
    { name: 'a bare id, bracketed', value: 'abc@example.com', expected: '<abc@example.com>' },
    { name: 'no header', value: undefined, expected: undefined },
    { name: 'an empty header', value: '', expected: undefined },
  ])('reads $name', ({ value, expected }) => {
    // Act
    const id = firstMessageId(value);

    // Assess
    expect(id).toBe(expected);
  });
});
