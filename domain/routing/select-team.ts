import type { DeskConfig, Relationship, RuleMatch, Team } from '../config/desk-config.ts';
import { DEFAULT_RULE_ID, PROCESSOR_RULE_PREFIX } from '../config/rule-ids.ts';
import type { Language, RequestType } from '../request-types.ts';

/** What routing looks at: never the requester's name, address or message. */
export interface RoutingRequest {
  readonly type: RequestType;
  /** Id of the company or service of the group the request concerns, when the requester named one. */
  readonly service?: string | undefined;
  /** ISO 3166-1 alpha-2. */
  readonly country: string;
  readonly language: Language;
  readonly relationship: Relationship;
}

export interface TeamSelection {
  readonly teamId: string;
  /** For the audit event: `processor:<serviceId>`, the id of the matching rule, or `default`. */
  readonly ruleId: string;
  /** The request concerns a service the group runs as a processor: the customer is the controller. */
  readonly controllerIsCustomer: boolean;
}

/**
 * The team that handles a request. A request that names a service the group runs as a processor goes
 * to that service's team first, whatever the requester's relationship (a customer's employee, a user
 * of the service, an applicant): the customer is the controller and decides. Not a marketing opt-out:
 * stopping the group's own marketing is the group's decision. Otherwise the rules are tried in order
 * and the first match wins; otherwise the default team. Service ids and countries are compared
 * case-insensitively.
 */
export function selectTeam(config: DeskConfig, request: RoutingRequest): TeamSelection {
  const service = request.service?.trim().toLowerCase() || undefined;
  if (service !== undefined && request.type !== 'marketing_opt_out') {
    const processorService = config.processorServices.find((candidate) => candidate.id === service);
    if (processorService) {
      return {
        teamId: processorService.teamId,
        ruleId: `${PROCESSOR_RULE_PREFIX}${processorService.id}`,
        controllerIsCustomer: true,
      };
    }
  }
  const normalized = { ...request, service, country: request.country.toUpperCase() };
  const rule = config.routing.rules.find((candidate) => matches(candidate.match, normalized));
  if (rule) return { teamId: rule.teamId, ruleId: rule.id, controllerIsCustomer: false };
  return { teamId: config.routing.defaultTeamId, ruleId: DEFAULT_RULE_ID, controllerIsCustomer: false };
}

/** The team with `teamId`, which the configuration's own checks guarantee for every routing outcome. */
export function teamById(config: DeskConfig, teamId: string): Team | undefined {
  return config.teams.find((team) => team.id === teamId);
}

function matches(match: RuleMatch, request: RoutingRequest): boolean {
  return (
    accepts(match.types, request.type) &&
    accepts(match.services, request.service) &&
    accepts(match.countries, request.country) &&
    accepts(match.languages, request.language) &&
    accepts(match.relationships, request.relationship)
  );
}

/** An absent criterion accepts anything; a present one needs the request to carry an accepted value. */
function accepts<T extends string>(accepted: readonly T[] | undefined, value: string | undefined): boolean {
  if (accepted === undefined) return true;
  return value !== undefined && (accepted as readonly string[]).includes(value);
}
