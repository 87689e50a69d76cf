import { describe, expect, it } from 'vitest';
import { ConfigError, parseDeskConfig } from '../../../../domain/config/load-desk-config.ts';
import { computeDueDate, DeadlinePolicySchema } from '../../../../domain/deadlines/index.ts';
import { deskSettings } from '../../../../domain/desk-settings.ts';
import type { FieldIssue } from '../../../../domain/errors.ts';
import { fixtureConfigData } from '../../../helpers/fixture-config.ts';

/** The fixture configuration with a `deadlines` section of the test's choosing. */
function configWithDeadlines(deadlines: unknown): unknown {
  return { ...fixtureConfigData(), deadlines };
}

function issuesOf(data: unknown): readonly FieldIssue[] {
  try {
    parseDeskConfig(data);
  } catch (error) {
    if (error instanceof ConfigError) return error.issues;
    throw error;
  }
  return [];
}

describe('holiday additions and removals from the configuration', () => {
  it.each([
    {
      name: 'NL adds Thu 24 Dec 2026: the period rolls over it and Christmas to Mon 28 Dec',
      holidays: { NL: { add: ['2026-12-24'] } },
      country: 'NL',
      receivedAt: '2026-11-24T10:00:00Z',
      expected: { dueAt: '2026-12-28T22:59:59.999Z', dueDate: '2026-12-28', rolledForwardFrom: '2026-12-24' },
    },
    {
      name: 'without the addition the same request is due Thu 24 Dec',
      holidays: {},
      country: 'NL',
      receivedAt: '2026-11-24T10:00:00Z',
      expected: { dueAt: '2026-12-24T22:59:59.999Z', dueDate: '2026-12-24', rolledForwardFrom: null },
    },
    {
      name: 'NL removes 5 May 2026: the period ends on it',
      holidays: { NL: { add: [], remove: ['2026-05-05'] } },
      country: 'NL',
      receivedAt: '2026-04-05T10:00:00Z',
      expected: { dueAt: '2026-05-05T21:59:59.999Z', dueDate: '2026-05-05', rolledForwardFrom: null },
    },
    {
      name: 'a DE-BY addition (Fri 14 Aug 2026) moves a Bavarian deadline to Mon 17 Aug',
      holidays: { 'DE-BY': { add: ['2026-08-14'] } },
      country: 'DE',
      region: 'BY',
      receivedAt: '2026-07-14T10:00:00Z',
      expected: { dueAt: '2026-08-17T21:59:59.999Z', dueDate: '2026-08-17', rolledForwardFrom: '2026-08-14' },
    },
    {
      name: 'a DE-BY addition leaves the rest of Germany alone',
      holidays: { 'DE-BY': { add: ['2026-08-14'] } },
      country: 'DE',
      receivedAt: '2026-07-14T10:00:00Z',
      expected: { dueAt: '2026-08-14T21:59:59.999Z', dueDate: '2026-08-14', rolledForwardFrom: null },
    },
    {
      name: 'a DE addition reaches a Bavarian team too',
      holidays: { DE: { add: ['2026-08-14'] } },
      country: 'DE',
      region: 'BY',
      receivedAt: '2026-07-14T10:00:00Z',
      expected: { dueAt: '2026-08-17T21:59:59.999Z', dueDate: '2026-08-17', rolledForwardFrom: '2026-08-14' },
    },
  ])('$name', ({ holidays, country, region, receivedAt, expected }) => {
    // Prepare
    const { deadlinePolicy } = deskSettings(parseDeskConfig(configWithDeadlines({ holidays })));

    // Act
    const result = computeDueDate({
      type: 'access',
      receivedAt: new Date(receivedAt),
      country,
      region,
      policy: deadlinePolicy,
    });

    // Assess
    expect({
      dueAt: result.dueAt.toISOString(),
      dueDate: result.dueDate,
      rolledForwardFrom: result.rolledForwardFrom,
    }).toEqual(expected);
  });

  it('fills in an empty list for the side left out', () => {
    // Act
    const policy = DeadlinePolicySchema.parse({ holidays: { NL: { add: ['2026-12-24'] } } });

    // Assess
    expect(policy.holidays).toEqual({ NL: { add: ['2026-12-24'], remove: [] } });
  });
});

describe('the configuration refuses a holiday change, naming the field', () => {
  it.each([
    {
      name: 'a country the holiday table does not have',
      holidays: { JP: { add: ['2026-01-02'] } },
      issue: {
        field: 'deadlines.holidays.JP',
        message: expect.stringMatching(
          /^No holiday calendar for JP; the holiday table covers AT, BE, .*, US$/,
        ),
      },
    },
    {
      name: 'a region the holiday table does not have',
      holidays: { 'ES-MD': { add: ['2026-01-02'] } },
      issue: { field: 'deadlines.holidays.ES-MD', message: 'No holiday calendar for region ES-MD' },
    },
    {
      name: 'a country in lower case',
      holidays: { nl: { add: ['2026-12-24'] } },
      issue: {
        field: 'deadlines.holidays.nl',
        message: 'Expected a country code in capitals (NL) or a country and region (DE-BY)',
      },
    },
    {
      name: 'a date that does not exist',
      holidays: { NL: { add: ['2026-02-30'] } },
      issue: {
        field: 'deadlines.holidays.NL.add.0',
        message: 'Expected a calendar date written YYYY-MM-DD, e.g. 2026-12-24',
      },
    },
    {
      name: 'a date written another way',
      holidays: { NL: { add: ['24-12-2026'] } },
      issue: {
        field: 'deadlines.holidays.NL.add.0',
        message: 'Expected a calendar date written YYYY-MM-DD, e.g. 2026-12-24',
      },
    },
    {
      name: 'a date outside the table',
      holidays: { NL: { add: ['2050-12-23'] } },
      issue: {
        field: 'deadlines.holidays.NL.add.0',
        message: 'Outside the years of the holiday table (2020 to 2040)',
      },
    },
    {
      name: 'removing a day that is no holiday',
      holidays: { NL: { remove: ['2026-05-06'] } },
      issue: {
        field: 'deadlines.holidays.NL.remove.0',
        message: '2026-05-06 is not a holiday of NL; there is nothing to remove',
      },
    },
    {
      name: 'adding a day that already is a holiday',
      holidays: { NL: { add: ['2026-12-24', '2026-05-05'] } },
      issue: {
        field: 'deadlines.holidays.NL.add.1',
        message: '2026-05-05 is already a day off in NL (holiday)',
      },
    },
    {
      name: 'adding a Sunday',
      holidays: { SE: { add: ['2026-12-27'] } },
      issue: {
        field: 'deadlines.holidays.SE.add.0',
        message: '2026-12-27 is already a day off in SE (weekend)',
      },
    },
    {
      name: 'adding and removing the same day',
      holidays: { FI: { add: ['2026-12-23'], remove: ['2026-12-23'] } },
      issue: {
        field: 'deadlines.holidays.FI.remove.0',
        message: '2026-12-23 is listed twice (also FI.add.0)',
      },
    },
    {
      name: 'a single date instead of a list',
      holidays: { NL: { add: '2026-12-24' } },
      issue: {
        field: 'deadlines.holidays.NL.add',
        message: 'Invalid input: expected array, received string',
      },
    },
    {
      name: 'a misspelt list',
      holidays: { NL: { added: ['2026-12-24'] } },
      issue: { field: 'deadlines.holidays.NL', message: 'Unrecognized key: "added"' },
    },
  ])('$name', ({ holidays, issue }) => {
    // Act
    const issues = issuesOf(configWithDeadlines({ holidays }));

    // Assess
    expect(issues).toContainEqual(issue);
  });

  it('says every problem on its own line, with the file', () => {
    // Prepare
    const data = configWithDeadlines({
      holidays: { NL: { add: ['2026-02-30'], remove: ['2026-05-06'] }, XX: { add: [] } },
    });

    // Act
    let message = '';
    try {
      parseDeskConfig(data, 'config/desk.config.json');
    } catch (error) {
      if (error instanceof ConfigError) message = error.message;
    }

    // Assess
    expect(message.split('\n').sort()).toEqual([
      'config/desk.config.json: deadlines.holidays.NL.add.0: Expected a calendar date written YYYY-MM-DD, e.g. 2026-12-24',
      'config/desk.config.json: deadlines.holidays.NL.remove.0: 2026-05-06 is not a holiday of NL; there is nothing to remove',
      expect.stringMatching(
        /^config\/desk\.config\.json: deadlines\.holidays\.XX: No holiday calendar for XX; /,
      ),
    ]);
  });
});

describe('the configuration checks each team against the holiday table', () => {
  it.each([
    {
      name: 'a country without a holiday calendar',
      change: (team: Record<string, unknown>) =>
        Object.assign(team, { country: 'JP', timeZone: 'Asia/Tokyo' }),
      issue: {
        field: 'teams.0.country',
        message: expect.stringMatching(/^No holiday calendar for JP; the holiday table covers AT, BE, /),
      },
    },
    {
      name: 'a region of another country',
      change: (team: Record<string, unknown>) => Object.assign(team, { holidayRegion: 'BY' }),
      issue: {
        field: 'teams.0.holidayRegion',
        message: 'No holiday calendar for NL-BY; the holiday table has NL regions GR, NH, ZH',
      },
    },
    {
      name: 'a region of a country whose regions the table leaves out',
      change: (team: Record<string, unknown>) =>
        Object.assign(team, { country: 'ES', timeZone: 'Europe/Madrid', holidayRegion: 'MD' }),
      issue: {
        field: 'teams.0.holidayRegion',
        message: 'No holiday calendar for ES-MD; the holiday table has no regions of ES',
      },
    },
  ])('$name', ({ change, issue }) => {
    // Prepare
    const data = configWithDeadlines(undefined) as { teams: Record<string, unknown>[] };
    change(data.teams[0]!);

    // Act
    const issues = issuesOf(data);

    // Assess
    expect(issues).toContainEqual(issue);
  });

  it('says nothing of holidays when the country itself is malformed', () => {
    // Prepare
    const data = configWithDeadlines(undefined) as { teams: Record<string, unknown>[] };
    data.teams[0]!.country = 'nl';

    // Act
    const issues = issuesOf(data);

    // Assess
    expect(issues).toEqual([
      {
        field: 'teams.0.country',
        message: 'Expected an ISO 3166-1 alpha-2 country code in capitals, e.g. NL',
      },
    ]);
  });
});
