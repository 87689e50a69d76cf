import { describe, expect, it } from 'vitest';
import { breachRegisterCsv, breachRegisterUpdate } from '../../../../domain/audit/breach-register.ts';
import { parseStaffCommands } from '../../../../domain/inbound/staff-commands.ts';

describe('#breach commands', () => {
  it.each([
    ['#breach notified 2026-11-02', { kind: 'breach', decision: 'notified', date: '2026-11-02' }],
    [
      '#breach not-notified Unlikely to result in a risk',
      { kind: 'breach', decision: 'not-notified', text: 'Unlikely to result in a risk' },
    ],
    ['#Breach: informed 2026-11-03', { kind: 'breach', decision: 'informed', date: '2026-11-03' }],
    [
      '#breach not_informed Data was encrypted',
      { kind: 'breach', decision: 'not-informed', text: 'Data was encrypted' },
    ],
    ['#breach remedy Keys rotated', { kind: 'breach', decision: 'remedy', text: 'Keys rotated' }],
  ])('%s', (line, command) => {
    expect(parseStaffCommands(`${line}\n\nBody`)).toEqual({ commands: [command], body: 'Body', errors: [] });
  });

  it.each([
    ['#breach', 'Say what is recorded.'],
    ['#breach notified', '#breach notified takes the date, as YYYY-MM-DD.'],
    ['#breach notified 2 November', '#breach notified takes the date, as YYYY-MM-DD.'],
    ['#breach informed 2026-02-30', '#breach informed takes the date, as YYYY-MM-DD.'],
    ['#breach not-notified', '#breach not-notified needs the reason.'],
    ['#breach remedy', '#breach remedy needs the action taken.'],
  ])('refuses %s', (line, problem) => {
    const { errors } = parseStaffCommands(line);
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatchObject({ line: 1, command: '#breach' });
    expect(errors[0]!.message.startsWith(problem)).toBe(true);
  });

  it('may repeat in one reply, one decision a line', () => {
    const { commands, errors } = parseStaffCommands(
      '#breach notified 2026-11-02\n#breach remedy Keys rotated',
    );
    expect(errors).toEqual([]);
    expect(commands).toHaveLength(2);
  });
});

describe('breachRegisterUpdate', () => {
  it('records dates in the audit and keeps reasons and actions for the register only', () => {
    expect(
      breachRegisterUpdate([
        { decision: 'notified', date: '2026-11-02' },
        { decision: 'not-informed', text: 'Encrypted' },
        { decision: 'remedy', text: 'Keys rotated' },
      ]),
    ).toEqual({
      update: {
        authorityNotified: { on: '2026-11-02' },
        subjectsInformed: { reason: 'Encrypted' },
        remedialAction: 'Keys rotated',
      },
      audit: [
        { action: 'breach.authority_notified', detail: { on: '2026-11-02' } },
        { action: 'breach.subjects_not_informed' },
        { action: 'breach.remedial_action_recorded' },
      ],
    });
  });
});

describe('breachRegisterCsv', () => {
  it('quotes fields with commas, quotes and line breaks', () => {
    const csv = breachRegisterCsv([
      {
        caseId: 'c1',
        reference: 'PD-AAAA-BBBB',
        teamId: 'nl-privacy',
        receivedAt: '2026-11-01T10:00:00.000Z',
        remedialAction: 'Rule fixed, "all" mail\nchecked',
      },
    ]);
    expect(csv.split('\r\n')[1]).toBe(
      'PD-AAAA-BBBB,c1,nl-privacy,2026-11-01T10:00:00.000Z,,,,,,,,"Rule fixed, ""all"" mail\nchecked",,',
    );
  });
});
