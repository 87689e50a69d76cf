import * as fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type DeskConfig, RELATIONSHIPS, type Relationship } from '../../../../domain/config/desk-config.ts';
import { LANGUAGES, REQUEST_TYPES, type RequestType } from '../../../../domain/request-types.ts';
import { type RoutingRequest, selectTeam, teamById } from '../../../../domain/routing/select-team.ts';
import { fixtureConfig } from '../../../helpers/fixture-config.ts';

const example = fixtureConfig;

const request = (overrides: Partial<RoutingRequest> = {}): RoutingRequest => ({
  type: 'access',
  country: 'DE',
  language: 'en',
  relationship: 'website_visitor',
  ...overrides,
});

describe('selectTeam on the example configuration', () => {
  it.each([
    {
      name: 'a payroll-cloud question from a customer employee',
      request: request({
        type: 'access',
        service: 'payroll-cloud',
        relationship: 'customer_employee',
        country: 'NL',
      }),
      expected: { teamId: 'payroll-support', ruleId: 'processor:payroll-cloud', controllerIsCustomer: true },
    },
    {
      name: 'a breach report from a customer employee about hr-portal (processor services come first)',
      request: request({ type: 'breach_report', service: 'hr-portal', relationship: 'customer_employee' }),
      expected: { teamId: 'hr-portal-support', ruleId: 'processor:hr-portal', controllerIsCustomer: true },
    },
    {
      name: 'a processor service id in another letter case',
      request: request({ service: ' Payroll-Cloud ', relationship: 'customer_employee' }),
      expected: { teamId: 'payroll-support', ruleId: 'processor:payroll-cloud', controllerIsCustomer: true },
    },
    {
      name: 'a customer user of payroll-cloud (any relationship naming a processor service)',
      request: request({ service: 'payroll-cloud', relationship: 'customer_user', country: 'NO' }),
      expected: { teamId: 'payroll-support', ruleId: 'processor:payroll-cloud', controllerIsCustomer: true },
    },
    {
      name: 'a job applicant naming hr-portal (before the job-applicants rule)',
      request: request({ type: 'access', service: 'hr-portal', relationship: 'job_applicant' }),
      expected: { teamId: 'hr-portal-support', ruleId: 'processor:hr-portal', controllerIsCustomer: true },
    },
    {
      name: "a marketing opt-out naming payroll-cloud (the group's own marketing)",
      request: request({
        type: 'marketing_opt_out',
        service: 'payroll-cloud',
        relationship: 'customer_user',
      }),
      expected: { teamId: 'marketing', ruleId: 'marketing-opt-outs', controllerIsCustomer: false },
    },
    {
      name: 'a customer user of a service the group runs as controller',
      request: request({ service: 'webshop', relationship: 'customer_user', country: 'NO' }),
      expected: { teamId: 'no-privacy', ruleId: 'norway', controllerIsCustomer: false },
    },
    {
      name: 'a customer employee naming no service',
      request: request({ relationship: 'customer_employee', country: 'NL' }),
      expected: { teamId: 'nl-privacy', ruleId: 'netherlands', controllerIsCustomer: false },
    },
    {
      name: 'a breach report',
      request: request({ type: 'breach_report', country: 'NL', language: 'nl' }),
      expected: { teamId: 'dpo-office', ruleId: 'breach-reports', controllerIsCustomer: false },
    },
    {
      name: 'a marketing opt-out from a job applicant (first match wins)',
      request: request({ type: 'marketing_opt_out', relationship: 'job_applicant' }),
      expected: { teamId: 'marketing', ruleId: 'marketing-opt-outs', controllerIsCustomer: false },
    },
    {
      name: 'an erasure request from a job applicant in Norway',
      request: request({ type: 'erasure', relationship: 'job_applicant', country: 'NO' }),
      expected: { teamId: 'recruitment', ruleId: 'job-applicants', controllerIsCustomer: false },
    },
    {
      name: 'a website visitor of hr-portal (processor services come before the rules)',
      request: request({ service: 'hr-portal', relationship: 'website_visitor', country: 'NL' }),
      expected: { teamId: 'hr-portal-support', ruleId: 'processor:hr-portal', controllerIsCustomer: true },
    },
    {
      name: 'a Belgian writing in English',
      request: request({ country: 'BE', language: 'en' }),
      expected: { teamId: 'nl-privacy', ruleId: 'netherlands', controllerIsCustomer: false },
    },
    {
      name: 'a country in lower case',
      request: request({ country: 'se' }),
      expected: { teamId: 'nordic-privacy', ruleId: 'nordics', controllerIsCustomer: false },
    },
    {
      name: 'a Dutch speaker in Germany',
      request: request({ country: 'DE', language: 'nl' }),
      expected: { teamId: 'nl-privacy', ruleId: 'dutch-speakers', controllerIsCustomer: false },
    },
    {
      name: 'a Norwegian speaker in the UK',
      request: request({ country: 'GB', language: 'nb' }),
      expected: { teamId: 'no-privacy', ruleId: 'norwegian-speakers', controllerIsCustomer: false },
    },
    {
      name: 'a Finnish speaker in Estonia',
      request: request({ country: 'EE', language: 'fi' }),
      expected: { teamId: 'nordic-privacy', ruleId: 'nordic-speakers', controllerIsCustomer: false },
    },
    {
      name: 'an English speaker in the US',
      request: request({ country: 'US', language: 'en' }),
      expected: { teamId: 'nl-privacy', ruleId: 'default', controllerIsCustomer: false },
    },
  ])('routes $name', ({ request, expected }) => {
    // Act
    const selection = selectTeam(example, request);

    // Assess
    expect(selection).toEqual(expected);
  });
});

describe('selectTeam on 50 generated requests over every rule of the example', () => {
  const PROCESSOR_SERVICES = ['payroll-cloud', 'hr-portal'];
  const OTHER_COUNTRIES = ['DE', 'GB', 'FR', 'US', 'EE', 'PL'];
  const NORDIC_COUNTRIES = ['SE', 'DK', 'FI', 'IS'];
  const ORDINARY_TYPES = REQUEST_TYPES.filter(
    (type) => type !== 'breach_report' && type !== 'marketing_opt_out',
  );

  /** Any request: the generators below narrow it to what reaches one rule and none before it. */
  const anyRequest = (
    narrow: Partial<{ [K in keyof RoutingRequest]: fc.Arbitrary<RoutingRequest[K]> }>,
  ): fc.Arbitrary<RoutingRequest> =>
    fc.record({
      type: fc.constantFrom<RequestType>(...REQUEST_TYPES),
      service: fc.constantFrom(undefined, 'webshop', ...PROCESSOR_SERVICES),
      country: fc.constantFrom('NL', 'BE', 'NO', ...NORDIC_COUNTRIES, ...OTHER_COUNTRIES),
      language: fc.constantFrom(...LANGUAGES),
      relationship: fc.constantFrom<Relationship>(...RELATIONSHIPS),
      ...narrow,
    });
  const notProcessorCase = (r: RoutingRequest) =>
    !(r.type !== 'marketing_opt_out' && PROCESSOR_SERVICES.includes(r.service?.toLowerCase() ?? ''));
  const ordinary = (r: RoutingRequest) => notProcessorCase(r) && r.relationship !== 'job_applicant';
  const ordinaryType = fc.constantFrom(...ORDINARY_TYPES);
  const otherCountry = fc.constantFrom(...OTHER_COUNTRIES);

  const targets: { ruleId: string; teamId: string; runs: number; requests: fc.Arbitrary<RoutingRequest> }[] =
    [
      {
        ruleId: 'processor:payroll-cloud',
        teamId: 'payroll-support',
        runs: 3,
        requests: anyRequest({ service: fc.constant('payroll-cloud') }).filter(
          (r) => r.type !== 'marketing_opt_out',
        ),
      },
      {
        ruleId: 'processor:hr-portal',
        teamId: 'hr-portal-support',
        runs: 3,
        requests: anyRequest({ service: fc.constant('HR-Portal') }).filter(
          (r) => r.type !== 'marketing_opt_out',
        ),
      },
      {
        ruleId: 'breach-reports',
        teamId: 'dpo-office',
        runs: 4,
        requests: anyRequest({ type: fc.constant('breach_report') }).filter(notProcessorCase),
      },
      {
        ruleId: 'marketing-opt-outs',
        teamId: 'marketing',
        runs: 4,
        requests: anyRequest({ type: fc.constant('marketing_opt_out') }).filter(notProcessorCase),
      },
      {
        ruleId: 'job-applicants',
        teamId: 'recruitment',
        runs: 4,
        requests: anyRequest({ type: ordinaryType, relationship: fc.constant('job_applicant') }).filter(
          notProcessorCase,
        ),
      },
      {
        ruleId: 'netherlands',
        teamId: 'nl-privacy',
        runs: 4,
        requests: anyRequest({ type: ordinaryType, country: fc.constantFrom('NL', 'BE', 'nl') }).filter(
          ordinary,
        ),
      },
      {
        ruleId: 'norway',
        teamId: 'no-privacy',
        runs: 4,
        requests: anyRequest({ type: ordinaryType, country: fc.constantFrom('NO', 'no') }).filter(ordinary),
      },
      {
        ruleId: 'nordics',
        teamId: 'nordic-privacy',
        runs: 4,
        requests: anyRequest({ type: ordinaryType, country: fc.constantFrom(...NORDIC_COUNTRIES) }).filter(
          ordinary,
        ),
      },
      {
        ruleId: 'dutch-speakers',
        teamId: 'nl-privacy',
        runs: 4,
        requests: anyRequest({
          type: ordinaryType,
          country: otherCountry,
          language: fc.constant('nl'),
        }).filter(ordinary),
      },
      {
        ruleId: 'norwegian-speakers',
        teamId: 'no-privacy',
        runs: 4,
        requests: anyRequest({
          type: ordinaryType,
          country: otherCountry,
          language: fc.constant('nb'),
        }).filter(ordinary),
      },
      {
        ruleId: 'nordic-speakers',
        teamId: 'nordic-privacy',
        runs: 4,
        requests: anyRequest({
          type: ordinaryType,
          country: otherCountry,
          language: fc.constantFrom('sv', 'da', 'fi'),
        }).filter(ordinary),
      },
      {
        ruleId: 'default',
        teamId: 'nl-privacy',
        runs: 4,
        requests: anyRequest({
          type: ordinaryType,
          country: otherCountry,
          language: fc.constant('en'),
        }).filter(ordinary),
      },
    ];
  const cases = targets.flatMap(({ ruleId, teamId, runs, requests }, index) =>
    fc.sample(requests, { numRuns: runs, seed: 5_000 + index }).map((generated) => ({
      ruleId,
      generated,
      expected: { teamId, ruleId, controllerIsCustomer: ruleId.startsWith('processor:') },
    })),
  );

  it('covers every rule, both processor services and the default with 50 requests', () => {
    // Assess
    expect({
      requests: cases.length,
      covered: new Set(cases.map(({ ruleId }) => ruleId)).size,
      rules: example.routing.rules.length + example.processorServices.length + 1,
    }).toEqual({ requests: 46, covered: 12, rules: 12 });
  });

  it.each(cases)('$ruleId: $generated', ({ generated, expected }) => {
    // Act
    const selection = selectTeam(example, generated);

    // Assess
    expect(selection).toEqual(expected);
  });
});

describe('selectTeam rule semantics', () => {
  const team = (id: string) => ({
    id,
    name: id,
    manager: { name: 'Manager', email: `${id}-manager@example.org` },
    members: [],
    country: 'NL',
    timeZone: 'Europe/Amsterdam',
  });
  const config = (rules: DeskConfig['routing']['rules']): DeskConfig => ({
    ...example,
    teams: [team('first'), team('second'), team('fallback')],
    routing: { rules, defaultTeamId: 'fallback' },
    processorServices: [],
  });

  it.each([
    {
      name: 'a rule with no criteria matches everything',
      rules: [{ id: 'all', match: {}, teamId: 'first' }],
      request: request({ type: 'complaint', relationship: 'other' }),
      expected: 'all',
    },
    {
      name: 'the first matching rule wins',
      rules: [
        { id: 'a', match: { languages: ['en' as const] }, teamId: 'first' },
        { id: 'b', match: {}, teamId: 'second' },
      ],
      request: request({ language: 'en' }),
      expected: 'a',
    },
    {
      name: 'a later rule matches when an earlier one does not',
      rules: [
        { id: 'a', match: { languages: ['nl' as const] }, teamId: 'first' },
        { id: 'b', match: {}, teamId: 'second' },
      ],
      request: request({ language: 'en' }),
      expected: 'b',
    },
    {
      name: 'all criteria must hold',
      rules: [{ id: 'a', match: { types: ['access' as const], countries: ['NL'] }, teamId: 'first' }],
      request: request({ type: 'access', country: 'DE' }),
      expected: 'default',
    },
    {
      name: 'a services criterion does not match a request without a service',
      rules: [{ id: 'a', match: { services: ['webshop'] }, teamId: 'first' }],
      request: request({ service: undefined }),
      expected: 'default',
    },
    {
      name: 'a services criterion does not match an empty service',
      rules: [{ id: 'a', match: { services: ['webshop'] }, teamId: 'first' }],
      request: request({ service: '  ' }),
      expected: 'default',
    },
    {
      name: 'a services criterion matches in any letter case',
      rules: [{ id: 'a', match: { services: ['webshop'] }, teamId: 'first' }],
      request: request({ service: 'WebShop' }),
      expected: 'a',
    },
    {
      name: 'no rules: the default team',
      rules: [],
      request: request(),
      expected: 'default',
    },
  ])('$name', ({ rules, request, expected }) => {
    // Prepare
    const subject = config(rules);

    // Act
    const selection = selectTeam(subject, request);

    // Assess
    expect(selection.ruleId).toBe(expected);
  });
});

describe('teamById', () => {
  it.each([
    { teamId: 'no-privacy', expected: 'Privacy team Norway' },
    { teamId: 'dpo-office', expected: 'Office of the Data Protection Officer' },
    { teamId: 'nobody', expected: undefined },
  ])('$teamId is $expected', ({ teamId, expected }) => {
    // Act
    const team = teamById(example, teamId);

    // Assess
    expect(team?.name).toBe(expected);
  });
});
