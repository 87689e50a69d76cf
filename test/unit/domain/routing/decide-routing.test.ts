import { describe, expect, it } from 'vitest';
import type { DeskConfig } from '../../../../domain/config/desk-config.ts';
import {
  decideRouting,
  type PlannedNotification,
  type RoutingCase,
  type RoutingDecision,
  type TeamLoad,
} from '../../../../domain/routing/decide-routing.ts';
import { fixtureConfig } from '../../../helpers/fixture-config.ts';

const example = fixtureConfig;

/** The example, with a DPO office manager who is not the DPO. */
const separateManager: DeskConfig = {
  ...example,
  teams: example.teams.map((team) =>
    team.id === 'dpo-office'
      ? { ...team, manager: { name: 'Office Manager', email: 'office.manager@example.org' } }
      : team,
  ),
};

const routingCase = (overrides: Partial<RoutingCase> = {}): RoutingCase => ({
  type: 'question',
  country: 'NL',
  language: 'en',
  relationship: 'customer_user',
  teamId: 'nl-privacy',
  ...overrides,
});

const noLoad: TeamLoad = { openCases: new Map() };
const load = (open: Record<string, number>, lastAssignedMemberId?: string): TeamLoad => ({
  openCases: new Map(Object.entries(open)),
  ...(lastAssignedMemberId ? { lastAssignedMemberId } : {}),
});

const assignedTo = (memberId: string): PlannedNotification => ({
  template: 'case-assigned',
  recipient: { role: 'member', memberId },
  replyAs: 'assignee',
});

describe('decideRouting', () => {
  it.each<{
    name: string;
    record: RoutingCase;
    load: TeamLoad;
    config?: DeskConfig;
    expected: RoutingDecision;
  }>([
    {
      name: 'a question from the Netherlands, nobody busy: the first eligible member',
      record: routingCase(),
      load: noLoad,
      expected: {
        teamId: 'nl-privacy',
        ruleId: 'netherlands',
        controllerIsCustomer: false,
        representative: { kind: 'member', memberId: 'anna-devries' },
        handling: 'assign',
        countsTowardsLoadOf: 'anna-devries',
        notifications: [assignedTo('anna-devries')],
      },
    },
    {
      name: 'the member with fewer open cases',
      record: routingCase({ language: 'nl' }),
      load: load({ 'anna-devries': 3, 'pieter-bakker': 2 }),
      expected: {
        teamId: 'nl-privacy',
        ruleId: 'netherlands',
        controllerIsCustomer: false,
        representative: { kind: 'member', memberId: 'pieter-bakker' },
        handling: 'assign',
        countsTowardsLoadOf: 'pieter-bakker',
        notifications: [assignedTo('pieter-bakker')],
      },
    },
    {
      name: 'equal loads: the next member after the last assigned',
      record: routingCase(),
      load: load({ 'anna-devries': 1, 'pieter-bakker': 1 }, 'anna-devries'),
      expected: {
        teamId: 'nl-privacy',
        ruleId: 'netherlands',
        controllerIsCustomer: false,
        representative: { kind: 'member', memberId: 'pieter-bakker' },
        handling: 'assign',
        countsTowardsLoadOf: 'pieter-bakker',
        notifications: [assignedTo('pieter-bakker')],
      },
    },
    {
      name: 'an inactive member with no cases is skipped, round robin wraps around',
      record: routingCase({ language: 'nl' }),
      load: load({ 'anna-devries': 4, 'pieter-bakker': 4 }, 'pieter-bakker'),
      expected: {
        teamId: 'nl-privacy',
        ruleId: 'netherlands',
        controllerIsCustomer: false,
        representative: { kind: 'member', memberId: 'anna-devries' },
        handling: 'assign',
        countsTowardsLoadOf: 'anna-devries',
        notifications: [assignedTo('anna-devries')],
      },
    },
    {
      name: 'nobody in the team speaks Finnish: the manager owns it and it needs attention',
      record: routingCase({ language: 'fi' }),
      load: noLoad,
      expected: {
        teamId: 'nl-privacy',
        ruleId: 'netherlands',
        controllerIsCustomer: false,
        representative: { kind: 'manager', reason: 'no_eligible_member' },
        handling: 'assign',
        needsAttention: 'no_eligible_member',
        notifications: [
          {
            template: 'case-assigned',
            recipient: { role: 'manager', teamId: 'nl-privacy' },
            replyAs: 'manager',
          },
        ],
      },
    },
    {
      name: 'the configuration changed since intake: the new team, and the old one named',
      record: routingCase({ teamId: 'no-privacy' }),
      load: noLoad,
      expected: {
        teamId: 'nl-privacy',
        ruleId: 'netherlands',
        controllerIsCustomer: false,
        previousTeamId: 'no-privacy',
        representative: { kind: 'member', memberId: 'anna-devries' },
        handling: 'assign',
        countsTowardsLoadOf: 'anna-devries',
        notifications: [assignedTo('anna-devries')],
      },
    },
    {
      name: 'a processor service: its team, and the customer is the controller',
      record: routingCase({
        type: 'access',
        service: 'payroll-cloud',
        relationship: 'customer_employee',
        country: 'NO',
        teamId: 'payroll-support',
      }),
      load: load({ 'daan-peters': 1 }),
      expected: {
        teamId: 'payroll-support',
        ruleId: 'processor:payroll-cloud',
        controllerIsCustomer: true,
        representative: { kind: 'member', memberId: 'ida-lund' },
        handling: 'assign',
        countsTowardsLoadOf: 'ida-lund',
        notifications: [assignedTo('ida-lund')],
      },
    },
    {
      name: 'no rule matches: the default team',
      record: routingCase({ country: 'DE', relationship: 'website_visitor' }),
      load: noLoad,
      expected: {
        teamId: 'nl-privacy',
        ruleId: 'default',
        controllerIsCustomer: false,
        representative: { kind: 'member', memberId: 'anna-devries' },
        handling: 'assign',
        countsTowardsLoadOf: 'anna-devries',
        notifications: [assignedTo('anna-devries')],
      },
    },
    {
      name: 'a breach report whose team manager is the DPO: one alert, to the DPO',
      record: routingCase({ type: 'breach_report', teamId: 'dpo-office' }),
      load: noLoad,
      expected: {
        teamId: 'dpo-office',
        ruleId: 'breach-reports',
        controllerIsCustomer: false,
        representative: { kind: 'member', memberId: 'jan-dekker' },
        handling: 'assign',
        countsTowardsLoadOf: 'jan-dekker',
        notifications: [
          assignedTo('jan-dekker'),
          { template: 'breach-alert', recipient: { role: 'dpo' }, replyAs: 'dpo' },
        ],
      },
    },
    {
      name: 'a breach report: alerts to the DPO and to the team manager',
      record: routingCase({ type: 'breach_report', teamId: 'dpo-office' }),
      load: load({ 'jan-dekker': 1 }),
      config: separateManager,
      expected: {
        teamId: 'dpo-office',
        ruleId: 'breach-reports',
        controllerIsCustomer: false,
        representative: { kind: 'member', memberId: 'siri-aas' },
        handling: 'assign',
        countsTowardsLoadOf: 'siri-aas',
        notifications: [
          assignedTo('siri-aas'),
          { template: 'breach-alert', recipient: { role: 'dpo' }, replyAs: 'dpo' },
          {
            template: 'breach-alert',
            recipient: { role: 'manager', teamId: 'dpo-office' },
            replyAs: 'manager',
          },
        ],
      },
    },
    {
      name: 'a marketing opt-out: closed without a person, confirmation and FYI, no load counted',
      record: routingCase({ type: 'marketing_opt_out', teamId: 'marketing' }),
      load: noLoad,
      expected: {
        teamId: 'marketing',
        ruleId: 'marketing-opt-outs',
        controllerIsCustomer: false,
        representative: { kind: 'member', memberId: 'lotte-smit' },
        handling: 'close_opt_out',
        notifications: [
          { template: 'opt-out-confirmed', recipient: { role: 'requester' }, replyAs: 'requester' },
          {
            template: 'opt-out-fyi',
            recipient: { role: 'member', memberId: 'lotte-smit' },
            replyAs: 'assignee',
          },
        ],
      },
    },
    {
      name: 'a marketing opt-out nobody in marketing can read: the FYI goes to the manager',
      record: routingCase({ type: 'marketing_opt_out', language: 'fi', teamId: 'marketing' }),
      load: noLoad,
      expected: {
        teamId: 'marketing',
        ruleId: 'marketing-opt-outs',
        controllerIsCustomer: false,
        representative: { kind: 'manager', reason: 'no_eligible_member' },
        handling: 'close_opt_out',
        notifications: [
          { template: 'opt-out-confirmed', recipient: { role: 'requester' }, replyAs: 'requester' },
          {
            template: 'opt-out-fyi',
            recipient: { role: 'manager', teamId: 'marketing' },
            replyAs: 'manager',
          },
        ],
      },
    },
  ])('$name', ({ record, load: teamLoad, config, expected }) => {
    expect(decideRouting(record, config ?? example, teamLoad)).toEqual(expected);
  });
});
