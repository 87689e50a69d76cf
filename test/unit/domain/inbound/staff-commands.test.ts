import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import {
  extractReplyText,
  parseInboundMail,
  parseStaffCommands,
  type StaffCommandParse,
} from '../../../../domain/inbound/index.ts';
import { REQUEST_TYPES } from '../../../../domain/request-types.ts';

async function fixtureReply(name: string): Promise<string> {
  const mail = await parseInboundMail(
    await readFile(new URL(`../../../fixtures/mail/${name}`, import.meta.url)),
  );
  return extractReplyText(mail.text);
}

const BODY = 'Dear Ms de Vries,\n\nYour answer.';
const OUTCOMES = 'fulfilled|partially_fulfilled|refused|redirected|withdrawn|unverified';
const COMMANDS = [
  `#close <${OUTCOMES}> [<reason>]`,
  '#extend <1|2> <reason>',
  '#assign <email>',
  '#note <text>',
  '#refuse <reason>',
  `#type <${REQUEST_TYPES.join('|')}>`,
  '#pause <reason>',
  '#resume',
  '#breach notified <YYYY-MM-DD> | not-notified <reason> | informed <YYYY-MM-DD> | not-informed <reason> | remedy <text>',
];
const UNKNOWN = `Commands: ${COMMANDS.join(', ')}.`;

describe('parseStaffCommands: valid commands', () => {
  it.each([
    { line: '#close fulfilled', expected: [{ kind: 'close', outcome: 'fulfilled' }] },
    {
      line: '#close partially_fulfilled The invoices are kept by your employer',
      expected: [
        { kind: 'close', outcome: 'partially_fulfilled', reason: 'The invoices are kept by your employer' },
      ],
    },
    {
      line: '#close Partially-Fulfilled  Part of it is exempt',
      expected: [{ kind: 'close', outcome: 'partially_fulfilled', reason: 'Part of it is exempt' }],
    },
    {
      line: '#close refused Manifestly unfounded',
      expected: [{ kind: 'close', outcome: 'refused', reason: 'Manifestly unfounded' }],
    },
    { line: '#close redirected', expected: [{ kind: 'close', outcome: 'redirected' }] },
    { line: '#close withdrawn', expected: [{ kind: 'close', outcome: 'withdrawn' }] },
    { line: '#CLOSE unverified', expected: [{ kind: 'close', outcome: 'unverified' }] },
    {
      line: '#extend 2 Large volume of records across three systems',
      expected: [{ kind: 'extend', months: 2, reason: 'Large volume of records across three systems' }],
    },
    {
      line: '#Extend 1   Waiting   for the archive',
      expected: [{ kind: 'extend', months: 1, reason: 'Waiting   for the archive' }],
    },
    { line: '#assign Lars.Berg@Example.org', expected: [{ kind: 'assign', email: 'lars.berg@example.org' }] },
    {
      line: '#assign <lars.berg@example.org>',
      expected: [{ kind: 'assign', email: 'lars.berg@example.org' }],
    },
    { line: '#note Called the requester', expected: [{ kind: 'note', text: 'Called the requester' }] },
    { line: '#note: Called the requester', expected: [{ kind: 'note', text: 'Called the requester' }] },
    { line: '# note Called the requester', expected: [{ kind: 'note', text: 'Called the requester' }] },
    {
      line: '#refuse The request is manifestly unfounded (Art. 12(5))',
      expected: [{ kind: 'refuse', reason: 'The request is manifestly unfounded (Art. 12(5))' }],
    },
    { line: '   #note indented   ', expected: [{ kind: 'note', text: 'indented' }] },
    { line: '#type access', expected: [{ kind: 'type', type: 'access' }] },
    { line: '#Type Marketing-Opt-Out', expected: [{ kind: 'type', type: 'marketing_opt_out' }] },
    { line: '#type: breach_report', expected: [{ kind: 'type', type: 'breach_report' }] },
    {
      line: '#pause Waiting for a copy of the passport',
      expected: [{ kind: 'pause', reason: 'Waiting for a copy of the passport' }],
    },
    { line: '#resume', expected: [{ kind: 'resume' }] },
    { line: '#RESUME:', expected: [{ kind: 'resume' }] },
  ])('reads "$line"', ({ line, expected }) => {
    // Prepare
    const reply = `${line}\n\n${BODY}`;

    // Act
    const parsed = parseStaffCommands(reply);

    // Assess
    expect(parsed).toEqual({ commands: expected, body: BODY, errors: [] });
  });
});

describe('parseStaffCommands: errors', () => {
  it.each([
    {
      line: '#extend 5',
      message: 'An extension is 1 or 2 months. Usage: #extend <1|2> <reason>',
      reason: { code: 'extend_months' },
      command: '#extend',
    },
    {
      line: '#extend 2',
      message: '#extend needs a reason, which the requester is told. Usage: #extend <1|2> <reason>',
      reason: { code: 'extend_needs_reason' },
      command: '#extend',
    },
    {
      line: '#extend',
      message: '#extend needs the number of months and a reason. Usage: #extend <1|2> <reason>',
      reason: { code: 'extend_needs_months_and_reason' },
      command: '#extend',
    },
    {
      line: '#extend two Large volume',
      message: 'An extension is 1 or 2 months. Usage: #extend <1|2> <reason>',
      reason: { code: 'extend_months' },
      command: '#extend',
    },
    {
      line: '#extend 1.5 Large volume',
      message: 'An extension is 1 or 2 months. Usage: #extend <1|2> <reason>',
      reason: { code: 'extend_months' },
      command: '#extend',
    },
    {
      line: '#close',
      message: `#close takes exactly one outcome. Usage: #close <${OUTCOMES}> [<reason>]`,
      reason: { code: 'close_takes_one_outcome' },
      command: '#close',
    },
    {
      line: '#close refused',
      message: `#close refused needs the reason, which the requester is told (GDPR Art. 12(4)). Usage: #close <${OUTCOMES}> [<reason>]`,
      reason: { code: 'close_needs_reason', params: { outcome: 'refused' } },
      command: '#close',
    },
    {
      line: '#close partially_fulfilled   ',
      message: `#close partially_fulfilled needs the reason, which the requester is told (GDPR Art. 12(4)). Usage: #close <${OUTCOMES}> [<reason>]`,
      reason: { code: 'close_needs_reason', params: { outcome: 'partially_fulfilled' } },
      command: '#close',
    },
    {
      line: '#close done',
      message: `Unknown outcome. Usage: #close <${OUTCOMES}> [<reason>]`,
      reason: { code: 'close_unknown_outcome' },
      command: '#close',
    },
    {
      line: '#close fulfilled thanks all',
      message: `#close takes exactly one outcome. Usage: #close <${OUTCOMES}> [<reason>]`,
      reason: { code: 'close_takes_one_outcome' },
      command: '#close',
    },
    {
      line: '#assign',
      message: '#assign takes exactly one email address. Usage: #assign <email>',
      reason: { code: 'assign_takes_one_address' },
      command: '#assign',
    },
    {
      line: '#assign Lars Berg',
      message: '#assign takes exactly one email address. Usage: #assign <email>',
      reason: { code: 'assign_takes_one_address' },
      command: '#assign',
    },
    {
      line: '#assign lars.berg',
      message: 'That is not an email address. Usage: #assign <email>',
      reason: { code: 'assign_not_an_address' },
      command: '#assign',
    },
    {
      line: '#note',
      message: '#note needs the text of the note. Usage: #note <text>',
      reason: { code: 'note_needs_text' },
      command: '#note',
    },
    {
      line: '#note:   ',
      message: '#note needs the text of the note. Usage: #note <text>',
      reason: { code: 'note_needs_text' },
      command: '#note',
    },
    {
      line: '#refuse',
      message: '#refuse needs the reason, which the requester is told. Usage: #refuse <reason>',
      reason: { code: 'refuse_needs_reason' },
      command: '#refuse',
    },
    {
      line: '#type',
      message: `#type takes exactly one request type. Usage: #type <${REQUEST_TYPES.join('|')}>`,
      reason: { code: 'type_takes_one_type' },
      command: '#type',
    },
    {
      line: '#type access request',
      message: `#type takes exactly one request type. Usage: #type <${REQUEST_TYPES.join('|')}>`,
      reason: { code: 'type_takes_one_type' },
      command: '#type',
    },
    {
      line: '#type inzage',
      message: `Unknown request type. Usage: #type <${REQUEST_TYPES.join('|')}>`,
      reason: { code: 'type_unknown' },
      command: '#type',
    },
    {
      line: '#pause',
      message: '#pause needs the reason the clock stops (kept internal). Usage: #pause <reason>',
      reason: { code: 'pause_needs_reason' },
      command: '#pause',
    },
    {
      line: '#resume now please',
      message: '#resume takes no arguments. Usage: #resume',
      reason: { code: 'resume_takes_no_arguments' },
      command: '#resume',
    },
    {
      line: '#frobnicate',
      message: `Unknown command #frobnicate. ${UNKNOWN}`,
      reason: { code: 'unknown_command' },
      command: '#frobnicate',
    },
    {
      line: '#nte Called the requester',
      message: `Unknown command #nte. ${UNKNOWN}`,
      reason: { code: 'unknown_command' },
      command: '#nte',
    },
    {
      line: '#1 priority',
      message: `Unknown command #1. ${UNKNOWN}`,
      reason: { code: 'unknown_command' },
      command: '#1',
    },
    {
      line: '#',
      message: 'Write the command name right after #, for example #note.',
      reason: { code: 'no_command_name' },
      command: '#',
    },
  ] as const)('reports "$line"', ({ line, message, command, reason }) => {
    // Prepare
    const reply = `${line}\n\n${BODY}`;

    // Act
    const parsed = parseStaffCommands(reply);

    // Assess
    expect(parsed).toEqual({ commands: [], body: BODY, errors: [{ line: 1, command, ...reason, message }] });
  });
});

describe('parseStaffCommands: the command block', () => {
  it.each<{ name: string; reply: string; expected: StaffCommandParse }>([
    {
      name: 'no commands: everything is body',
      reply: 'Dear Ms de Vries,\n\n#1 is our priority.',
      expected: { commands: [], body: 'Dear Ms de Vries,\n\n#1 is our priority.', errors: [] },
    },
    {
      name: 'leading blank lines are skipped and line numbers count them',
      reply: '\n\n#note First\n#frobnicate\n\nBody',
      expected: {
        commands: [{ kind: 'note', text: 'First' }],
        body: 'Body',
        errors: [
          {
            line: 4,
            command: '#frobnicate',
            code: 'unknown_command',
            message: `Unknown command #frobnicate. ${UNKNOWN}`,
          },
        ],
      },
    },
    {
      name: 'the block ends at the first blank line',
      reply: '#note First\n\n#close fulfilled\nBody',
      expected: { commands: [{ kind: 'note', text: 'First' }], body: '#close fulfilled\nBody', errors: [] },
    },
    {
      name: 'the block ends at the first line of text, which starts the body',
      reply: '#note First\nDear Ms de Vries,\n#close fulfilled',
      expected: {
        commands: [{ kind: 'note', text: 'First' }],
        body: 'Dear Ms de Vries,\n#close fulfilled',
        errors: [],
      },
    },
    {
      name: 'commands only: an empty body',
      reply: '#close withdrawn\n#note Requester withdrew by phone\n',
      expected: {
        commands: [
          { kind: 'close', outcome: 'withdrawn' },
          { kind: 'note', text: 'Requester withdrew by phone' },
        ],
        body: '',
        errors: [],
      },
    },
    {
      name: 'CRLF line ends',
      reply: '#note First\r\n#note Second\r\n\r\nBody\r\n',
      expected: {
        commands: [
          { kind: 'note', text: 'First' },
          { kind: 'note', text: 'Second' },
        ],
        body: 'Body',
        errors: [],
      },
    },
    {
      name: 'a second #extend is an error; notes may repeat',
      reply: '#extend 1 Archive\n#note a\n#extend 2 More\n#note b\n\nBody',
      expected: {
        commands: [
          { kind: 'extend', months: 1, reason: 'Archive' },
          { kind: 'note', text: 'a' },
          { kind: 'note', text: 'b' },
        ],
        body: 'Body',
        errors: [
          {
            line: 3,
            command: '#extend',
            code: 'only_one_per_reply',
            params: { command: '#extend' },
            message: 'Only one #extend per reply.',
          },
        ],
      },
    },
    {
      name: 'an empty reply',
      reply: '',
      expected: { commands: [], body: '', errors: [] },
    },
  ])('$name', ({ reply, expected }) => {
    // Act
    const parsed = parseStaffCommands(reply);

    // Assess
    expect(parsed).toEqual(expected);
  });
});

describe('parseStaffCommands: the fixtures, after extractReplyText', () => {
  it.each<{ fixture: string; expected: StaffCommandParse }>([
    {
      fixture: 'staff-commands.eml',
      expected: {
        commands: [
          { kind: 'extend', months: 2, reason: 'Large volume of records across three systems' },
          { kind: 'note', text: 'Billing export requested from the finance team on 19 November' },
        ],
        body:
          'Dear Ms de Vries,\n\n' +
          'Your request covers records in three separate systems. We need more time\n' +
          'to collect them, and will answer by 3 February 2027 at the latest.\n\n' +
          'Kind regards,\n' +
          'Ingrid Hansen',
        errors: [],
      },
    },
    {
      fixture: 'staff-commands-malformed.eml',
      expected: {
        commands: [],
        body: 'Dear Ms de Vries,\n\nWe need more time to answer your request.\n\nIngrid Hansen',
        errors: [
          {
            line: 1,
            command: '#extend',
            code: 'extend_months',
            message: 'An extension is 1 or 2 months. Usage: #extend <1|2> <reason>',
          },
          {
            line: 2,
            command: '#frobnicate',
            code: 'unknown_command',
            message: `Unknown command #frobnicate. ${UNKNOWN}`,
          },
        ],
      },
    },
    {
      // The parser reads; refusing commands from anyone but the assignee is the handler's job.
      fixture: 'forged-sender.eml',
      expected: {
        commands: [{ kind: 'close', outcome: 'fulfilled' }],
        body: 'All done, the requester has received everything.',
        errors: [],
      },
    },
    {
      fixture: 'representative-plain-reply.eml',
      expected: {
        commands: [],
        body:
          'Dear Ms de Vries,\n\n' +
          'We have checked the customer portal, the billing system and the support\n' +
          'system. Attached to our next message you will find a copy of the personal\n' +
          'data we hold about you.\n\n' +
          'Kind regards,\n' +
          'Ingrid Hansen',
        errors: [],
      },
    },
  ])('$fixture', async ({ fixture, expected }) => {
    // Prepare
    const reply = await fixtureReply(fixture);

    // Act
    const parsed = parseStaffCommands(reply);

    // Assess
    expect(parsed).toEqual(expected);
  });
});
