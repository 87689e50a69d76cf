import { describe, expect, it } from 'vitest';
import { type DeskConfigInput, isIanaTimeZone } from '../../../../domain/config/desk-config.ts';
import { ConfigError, parseDeskConfig } from '../../../../domain/config/load-desk-config.ts';
import type { FieldIssue } from '../../../../domain/errors.ts';
import { fixtureConfigData } from '../../../helpers/fixture-config.ts';

/** Tests break the configuration in ways its type forbids. */
// biome-ignore lint/suspicious/noExplicitAny: see above
type Editable = any;

/** A fresh, mutable copy of the fixture configuration; a test changes one thing in it. */
function exampleConfig(): Editable {
  return fixtureConfigData();
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

describe('the fixture configuration', () => {
  it('parses', () => {
    // Prepare
    const data = exampleConfig();

    // Act
    const config = parseDeskConfig(data);

    // Assess
    expect(config.teams.map((team) => team.id)).toEqual([
      'nl-privacy',
      'no-privacy',
      'nordic-privacy',
      'recruitment',
      'marketing',
      'dpo-office',
      'payroll-support',
      'hr-portal-support',
    ]);
  });

  it.each([
    {
      field: 'fromAddress',
      pick: (c: DeskConfigInput) => c.fromAddress,
      expected: 'privacy-desk@example.org',
    },
    {
      field: 'inboundDomain',
      pick: (c: DeskConfigInput) => c.inboundDomain,
      expected: 'replies.example.org',
    },
    {
      field: 'publicBaseUrl',
      pick: (c: DeskConfigInput) => c.publicBaseUrl,
      expected: 'http://localhost:3000',
    },
    {
      field: 'routing.defaultTeamId',
      pick: (c: DeskConfigInput) => c.routing.defaultTeamId,
      expected: 'nl-privacy',
    },
    { field: 'dpo.email', pick: (c: DeskConfigInput) => c.dpo.email, expected: 'dpo@example.org' },
    {
      field: 'processorServices',
      pick: (c: DeskConfigInput) => c.processorServices?.map((service) => `${service.id}->${service.teamId}`),
      expected: ['payroll-cloud->payroll-support', 'hr-portal->hr-portal-support'],
    },
    {
      field: 'teams.0 (NL)',
      pick: (c: DeskConfigInput) => `${c.teams[0]?.country} ${c.teams[0]?.timeZone}`,
      expected: 'NL Europe/Amsterdam',
    },
    {
      field: 'teams.1 (NO)',
      pick: (c: DeskConfigInput) => `${c.teams[1]?.country} ${c.teams[1]?.timeZone}`,
      expected: 'NO Europe/Oslo',
    },
    {
      field: 'inactive members',
      pick: (c: DeskConfigInput) =>
        c.teams.flatMap((team) => team.members.filter((member) => !member.active).map((member) => member.id)),
      expected: ['sanne-visser', 'ole-berg', 'freja-nielsen', 'eva-meijer', 'tove-moen'],
    },
  ])('has $field = $expected', ({ pick, expected }) => {
    // Act
    const config = parseDeskConfig(exampleConfig());

    // Assess
    expect(pick(config)).toEqual(expected);
  });
});

describe('parseDeskConfig accepts and normalizes', () => {
  it.each([
    {
      name: 'retention left out gets the defaults',
      change: (c: DeskConfigInput) => {
        delete c.retention;
      },
      pick: (c: DeskConfigInput) => c.retention,
      expected: {
        closedCaseMonths: 12,
        jobApplicationMonths: 6,
        marketingContactMonths: 24,
        accountabilityMonths: 60,
      },
    },
    {
      name: 'one retention period given keeps the other defaults',
      change: (c: DeskConfigInput) => {
        c.retention = { closedCaseMonths: 3 };
      },
      pick: (c: DeskConfigInput) => c.retention,
      expected: {
        closedCaseMonths: 3,
        jobApplicationMonths: 6,
        marketingContactMonths: 24,
        accountabilityMonths: 60,
      },
    },
    {
      name: 'intake limits left out get the defaults (5 acknowledgements per address per 24 hours)',
      change: (c: DeskConfigInput) => {
        delete c.intake;
      },
      pick: (c: DeskConfigInput) => c.intake,
      expected: { acknowledgementsPerRecipient: 5, acknowledgementWindowHours: 24 },
    },
    {
      name: 'an acknowledgement cap given keeps the default window',
      change: (c: DeskConfigInput) => {
        c.intake = { acknowledgementsPerRecipient: 2 };
      },
      pick: (c: DeskConfigInput) => c.intake,
      expected: { acknowledgementsPerRecipient: 2, acknowledgementWindowHours: 24 },
    },
    {
      name: 'processor services left out are none',
      change: (c: DeskConfigInput) => {
        delete c.processorServices;
      },
      pick: (c: DeskConfigInput) => c.processorServices,
      expected: [],
    },
    {
      name: 'a rule without criteria matches everything',
      change: (c: DeskConfigInput) => {
        c.routing.rules = [{ id: 'catch-all', teamId: 'no-privacy' }];
      },
      pick: (c: DeskConfigInput) => c.routing.rules,
      expected: [{ id: 'catch-all', match: {}, teamId: 'no-privacy' }],
    },
    {
      name: 'a trailing slash of the base URL is dropped',
      change: (c: DeskConfigInput) => {
        c.publicBaseUrl = 'https://privacy.example.org/desk/';
      },
      pick: (c: DeskConfigInput) => c.publicBaseUrl,
      expected: 'https://privacy.example.org/desk',
    },
    {
      name: 'the inbound domain is lower-cased',
      change: (c: DeskConfigInput) => {
        c.inboundDomain = 'Replies.Example.ORG';
      },
      pick: (c: DeskConfigInput) => c.inboundDomain,
      expected: 'replies.example.org',
    },
    {
      name: 'UTC is a time zone',
      change: (c: DeskConfigInput) => {
        c.teams[0]!.timeZone = 'UTC';
      },
      pick: (c: DeskConfigInput) => c.teams[0]?.timeZone,
      expected: 'UTC',
    },
    {
      // Bavaria is a German region: the team moves to Germany (regions are checked against the holiday table).
      name: 'a holiday region is kept',
      change: (c: DeskConfigInput) => {
        Object.assign(c.teams[0]!, { country: 'DE', timeZone: 'Europe/Berlin', holidayRegion: 'BY' });
      },
      pick: (c: DeskConfigInput) => c.teams[0]?.holidayRegion,
      expected: 'BY',
    },
    {
      name: 'escalation is left to domain/escalation',
      change: (c: DeskConfigInput) => {
        c.escalation = { levels: ['reminder'] };
      },
      pick: (c: DeskConfigInput) => c.escalation,
      expected: { levels: ['reminder'] },
    },
    {
      name: 'deadlines are left to domain/deadlines',
      change: (c: DeskConfigInput) => {
        c.deadlines = { clockStartsAt: 'receipt' };
      },
      pick: (c: DeskConfigInput) => c.deadlines,
      expected: { clockStartsAt: 'receipt' },
    },
    {
      name: 'the compliance council is optional',
      change: (c: DeskConfigInput) => {
        delete c.complianceCouncil;
      },
      pick: (c: DeskConfigInput) => c.complianceCouncil,
      expected: undefined,
    },
  ])('$name', ({ change, pick, expected }) => {
    // Prepare
    const data = exampleConfig();
    change(data);

    // Act
    const config = parseDeskConfig(data);

    // Assess
    expect(pick(config)).toEqual(expected);
  });
});

describe('parseDeskConfig refuses, naming the field', () => {
  it.each([
    {
      name: 'an unknown team in a rule',
      change: (c: Editable) => {
        c.routing.rules[2].teamId = 'nl-privcy';
      },
      issue: { field: 'routing.rules.2.teamId', message: 'unknown team "nl-privcy"' },
    },
    {
      name: 'an unknown default team',
      change: (c: Editable) => {
        c.routing.defaultTeamId = 'helpdesk';
      },
      issue: { field: 'routing.defaultTeamId', message: 'unknown team "helpdesk"' },
    },
    {
      name: 'an unknown team of a processor service',
      change: (c: Editable) => {
        c.processorServices[1].teamId = 'hr-support';
      },
      issue: { field: 'processorServices.1.teamId', message: 'unknown team "hr-support"' },
    },
    {
      name: 'a duplicate team id',
      change: (c: Editable) => {
        c.teams[4].id = 'recruitment';
      },
      issue: { field: 'teams.4.id', message: 'duplicate team id "recruitment" (also teams.3.id)' },
    },
    {
      name: 'a member id used in two teams',
      change: (c: Editable) => {
        c.teams[1].members[0].id = 'anna-devries';
      },
      issue: {
        field: 'teams.1.members.0.id',
        message: 'duplicate member id "anna-devries" (also teams.0.members.0.id)',
      },
    },
    {
      name: 'a member email used twice, in another letter case',
      change: (c: Editable) => {
        c.teams[3].members[1].email = 'Anna.DeVries@example.org';
      },
      issue: {
        field: 'teams.3.members.1.email',
        message: 'duplicate member email (also teams.0.members.0.email)',
      },
    },
    {
      name: 'a bad member email',
      change: (c: Editable) => {
        c.teams[0].members[0].email = 'anna.devries(at)example.org';
      },
      issue: { field: 'teams.0.members.0.email', message: 'Invalid email address' },
    },
    {
      name: 'a bad manager email',
      change: (c: Editable) => {
        c.teams[2].manager.email = 'erik.lindqvist';
      },
      issue: { field: 'teams.2.manager.email', message: 'Invalid email address' },
    },
    {
      name: 'a misspelt time zone',
      change: (c: Editable) => {
        c.teams[0].timeZone = 'Europe/Amsterdm';
      },
      issue: { field: 'teams.0.timeZone', message: 'Unknown IANA time zone, expected e.g. Europe/Amsterdam' },
    },
    {
      name: 'a time zone in the wrong letter case',
      change: (c: Editable) => {
        c.teams[1].timeZone = 'europe/oslo';
      },
      issue: { field: 'teams.1.timeZone', message: 'Time zone names are case-sensitive: write Europe/Oslo' },
    },
    {
      name: 'an offset instead of a time zone',
      change: (c: Editable) => {
        c.teams[1].timeZone = '+01:00';
      },
      issue: {
        field: 'teams.1.timeZone',
        message: 'Expected an IANA time zone name, e.g. Europe/Amsterdam, not an offset',
      },
    },
    {
      name: 'a country in lower case',
      change: (c: Editable) => {
        c.teams[0].country = 'nl';
      },
      issue: {
        field: 'teams.0.country',
        message: 'Expected an ISO 3166-1 alpha-2 country code in capitals, e.g. NL',
      },
    },
    {
      name: 'a misspelt key',
      change: (c: Editable) => {
        c.teams[0].timezone = c.teams[0].timeZone;
        delete c.teams[0].timeZone;
      },
      issue: { field: 'teams.0', message: 'Unrecognized key: "timezone"' },
    },
    {
      name: 'a missing required field',
      change: (c: Editable) => {
        delete c.dpo;
      },
      issue: { field: 'dpo', message: 'required' },
    },
    {
      name: 'no active member in any team',
      change: (c: Editable) => {
        for (const team of c.teams) for (const member of team.members) member.active = false;
      },
      issue: { field: 'teams', message: 'At least one active member is needed across all teams' },
    },
    {
      name: 'a member who speaks no language',
      change: (c: Editable) => {
        c.teams[0].members[1].languages = [];
      },
      issue: { field: 'teams.0.members.1.languages', message: 'A member speaks at least one language' },
    },
    {
      name: 'an empty criterion list',
      change: (c: Editable) => {
        c.routing.rules[4].match.countries = [];
      },
      issue: {
        field: 'routing.rules.4.match.countries',
        message: 'An empty list matches nothing; leave the criterion out to accept any value',
      },
    },
    {
      name: 'an unknown request type in a rule',
      change: (c: Editable) => {
        c.routing.rules[0].match.types = ['breach'];
      },
      issue: {
        field: 'routing.rules.0.match.types.0',
        message:
          'Invalid option: expected one of "access"|"rectification"|"erasure"|"restriction"|"portability"|"objection"|"marketing_opt_out"|"processor_info"|"question"|"complaint"|"breach_report"',
      },
    },
    {
      name: 'a duplicate rule id',
      change: (c: Editable) => {
        c.routing.rules[5].id = 'norway';
      },
      issue: { field: 'routing.rules.5.id', message: 'duplicate rule id "norway" (also routing.rules.4.id)' },
    },
    {
      name: 'the reserved rule id "default"',
      change: (c: Editable) => {
        c.routing.rules[8].id = 'default';
      },
      issue: { field: 'routing.rules.8.id', message: '"default" is reserved for the default team' },
    },
    {
      name: 'a duplicate processor service',
      change: (c: Editable) => {
        c.processorServices[1].id = 'payroll-cloud';
      },
      issue: {
        field: 'processorServices.1.id',
        message: 'duplicate processor service id "payroll-cloud" (also processorServices.0.id)',
      },
    },
    {
      name: 'an ftp base URL',
      change: (c: Editable) => {
        c.publicBaseUrl = 'ftp://files.example.org';
      },
      issue: { field: 'publicBaseUrl', message: 'Expected an http(s) URL, e.g. https://privacy.example.org' },
    },
    {
      name: 'an address as inbound domain',
      change: (c: Editable) => {
        c.inboundDomain = 'case@replies.example.org';
      },
      issue: { field: 'inboundDomain', message: 'Expected a mail domain, e.g. replies.example.org' },
    },
    {
      name: 'a bad sender address',
      change: (c: Editable) => {
        c.fromAddress = 'Privacy Desk';
      },
      issue: { field: 'fromAddress', message: 'Invalid email address' },
    },
    {
      name: 'an acknowledgement cap of zero',
      change: (c: Editable) => {
        c.intake = { acknowledgementsPerRecipient: 0 };
      },
      issue: {
        field: 'intake.acknowledgementsPerRecipient',
        message: 'Too small: expected number to be >0',
      },
    },
    {
      name: 'a retention period of zero months',
      change: (c: Editable) => {
        c.retention.jobApplicationMonths = 0;
      },
      issue: { field: 'retention.jobApplicationMonths', message: 'Too small: expected number to be >0' },
    },
    {
      name: 'a retention period in months that is not whole',
      change: (c: Editable) => {
        c.retention.closedCaseMonths = 6.5;
      },
      issue: { field: 'retention.closedCaseMonths', message: 'Invalid input: expected int, received number' },
    },
    {
      name: 'a retention period still given in days (closedCaseDays)',
      change: (c: Editable) => {
        c.retention = { closedCaseDays: 365 };
      },
      issue: {
        field: 'retention.closedCaseDays',
        message:
          'Retention periods are counted in calendar months: replace this key with closedCaseMonths (e.g. 12)',
      },
    },
    {
      name: 'a retention period still given in days (jobApplicationDays)',
      change: (c: Editable) => {
        c.retention.jobApplicationDays = 183;
      },
      issue: {
        field: 'retention.jobApplicationDays',
        message:
          'Retention periods are counted in calendar months: replace this key with jobApplicationMonths (e.g. 6)',
      },
    },
    {
      name: 'a retention period still given in days (marketingContactDays)',
      change: (c: Editable) => {
        c.retention.marketingContactDays = 730;
      },
      issue: {
        field: 'retention.marketingContactDays',
        message:
          'Retention periods are counted in calendar months: replace this key with marketingContactMonths (e.g. 24)',
      },
    },
  ])('$name', ({ change, issue }) => {
    // Prepare
    const data = exampleConfig();
    change(data);

    // Act
    const issues = issuesOf(data);

    // Assess
    expect(issues).toContainEqual(issue);
  });

  it('names every problem in one run, the cross-field ones included', () => {
    // Prepare
    const data = exampleConfig();
    data.teams[0].members[0].email = 'not-an-address';
    data.teams[1].timeZone = 'Europe/Olso';
    data.routing.rules[2].teamId = 'nl-privcy';

    // Act
    const issues = issuesOf(data);

    // Assess
    expect(issues).toEqual([
      { field: 'teams.0.members.0.email', message: 'Invalid email address' },
      { field: 'teams.1.timeZone', message: 'Unknown IANA time zone, expected e.g. Europe/Amsterdam' },
      { field: 'routing.rules.2.teamId', message: 'unknown team "nl-privcy"' },
    ]);
  });

  it.each([
    { data: 7, expected: [{ field: '(root)', message: 'Invalid input: expected object, received number' }] },
    { data: [], expected: [{ field: '(root)', message: 'Invalid input: expected object, received array' }] },
  ])('refuses $data as a whole', ({ data, expected }) => {
    // Act
    const issues = issuesOf(data);

    // Assess
    expect(issues).toEqual(expected);
  });
});

describe('isIanaTimeZone', () => {
  it.each([
    { zone: 'Europe/Amsterdam', expected: true },
    { zone: 'Europe/Oslo', expected: true },
    { zone: 'UTC', expected: true },
    { zone: 'Etc/UTC', expected: true },
    { zone: 'Europe/Kiev', expected: true },
    { zone: 'Europe/Amsterdm', expected: false },
    { zone: 'europe/amsterdam', expected: false },
    { zone: '+01:00', expected: false },
    { zone: '', expected: false },
  ])('$zone: $expected', ({ zone, expected }) => {
    // Act
    const valid = isIanaTimeZone(zone);

    // Assess
    expect(valid).toBe(expected);
  });
});
