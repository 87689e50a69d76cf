import * as z from 'zod';
import {
  hasHolidayCalendar,
  holidayCalendarKey,
  holidayTableCountries,
  holidayTableRegions,
} from '../deadlines/holiday-table.ts';
import { DeadlinePolicySchema } from '../deadlines/policy.ts';
import { LanguageSchema, RequestTypeSchema } from '../request-types.ts';
import { CountrySchema, IdSchema, NameSchema, TimeZoneSchema } from './config-fields.ts';
import { NotificationsSchema } from './notifications.ts';
import { RelationshipSchema } from './relationships.ts';
import { IntakeLimitsSchema, RetentionSchema, ThrottlingSchema } from './retention-and-limits.ts';
import { DEFAULT_RULE_ID } from './rule-ids.ts';
import { ControllerSchema, SupervisoryAuthoritiesSchema } from './supervisory-authorities.ts';

export { isIanaTimeZone } from './config-fields.ts';
export { memberByEmail, memberById, sameAddress } from './member-lookups.ts';
export * from './retention-and-limits.ts';
export * from './supervisory-authorities.ts';

/**
 * The desk's configuration file (`config/desk.config.json`): teams, routing rules, processor services,
 * the accountable people and the addresses the desk mails from and receives on. One schema, one source
 * of truth; cross-field rules (references between teams, rules and members) are checked here too, each
 * issue with the exact path of the field to fix.
 */

// Functions import these from their own modules, so that their bundles do not build this schema.
export { RELATIONSHIPS, type Relationship, RelationshipSchema } from './relationships.ts';
export { DEFAULT_RULE_ID, PROCESSOR_RULE_PREFIX } from './rule-ids.ts';

/** A person to notify: a team manager, the DPO, the Compliance Council. */
export const ContactSchema = z.strictObject({
  name: NameSchema,
  email: z.email(),
  /** The language of the staff emails this contact gets (alerts, escalations, digests); else English. */
  language: LanguageSchema.optional(),
});
export type Contact = z.infer<typeof ContactSchema>;

export const MemberSchema = z.strictObject({
  id: IdSchema,
  name: NameSchema,
  email: z.email(),
  /** The languages the member answers requesters in; a case goes only to a member who speaks its language. */
  languages: z
    .array(LanguageSchema)
    .min(1, 'A member speaks at least one language')
    .refine((languages) => new Set(languages).size === languages.length, 'Languages must not repeat'),
  /** Inactive members (leave, left the team) keep their id for the audit trail but get no new cases. */
  active: z.boolean(),
});
export type Member = z.infer<typeof MemberSchema>;

export const TeamSchema = z
  .strictObject({
    id: IdSchema,
    name: NameSchema,
    /** Receives the team's escalations, and the cases no member can take. */
    manager: ContactSchema,
    members: z.array(MemberSchema),
    /** Country of the handling entity: its public holidays extend deadlines (one of the holiday table's). */
    country: CountrySchema,
    /** IANA zone of the handling entity: deadlines end at the end of a day there. */
    timeZone: TimeZoneSchema,
    /** Subdivision with its own holidays (e.g. BY in DE), one the holiday table has. */
    holidayRegion: z
      .string()
      .regex(/^[A-Za-z0-9]{1,10}$/, 'Expected a holiday region code, e.g. BY')
      .optional(),
  })
  .superRefine(checkHolidayCalendar);
export type Team = z.infer<typeof TeamSchema>;

/** A team's deadlines need a holiday calendar: say so at load (and synth) rather than at the first request. */
function checkHolidayCalendar(
  team: { country: string; holidayRegion?: string | undefined },
  ctx: z.RefinementCtx,
) {
  // Runs even when the fields failed their own checks, which then say what is wrong.
  if (typeof team.country !== 'string' || !/^[A-Z]{2}$/.test(team.country)) return;
  if (!hasHolidayCalendar(team.country)) {
    ctx.addIssue({
      code: 'custom',
      path: ['country'],
      message: `No holiday calendar for ${team.country}; the holiday table covers ${holidayTableCountries().join(', ')}`,
    });
    return;
  }
  if (typeof team.holidayRegion !== 'string' || !/^[A-Za-z0-9]{1,10}$/.test(team.holidayRegion)) return;
  const key = holidayCalendarKey(team.country, team.holidayRegion);
  if (!hasHolidayCalendar(key)) {
    const regions = holidayTableRegions(team.country);
    ctx.addIssue({
      code: 'custom',
      path: ['holidayRegion'],
      message: `No holiday calendar for ${key}; ${regions.length > 0 ? `the holiday table has ${team.country} regions ${regions.join(', ')}` : `the holiday table has no regions of ${team.country}`}`,
    });
  }
}

/**
 * The deadline policy is parsed by domain/deadlines (desk-settings.ts); it is checked here too, so that a
 * bad field (an unknown holiday, a date outside the holiday table) stops `npm start` and `cdk synth`
 * with its path, e.g. `deadlines.holidays.NL.remove.0`.
 */
function checkDeadlinePolicy(policy: unknown, ctx: z.RefinementCtx) {
  const result = DeadlinePolicySchema.safeParse(policy ?? {});
  if (result.success) return;
  for (const issue of result.error.issues) {
    ctx.addIssue({ code: 'custom', path: issue.path, message: issue.message });
  }
}

const nonEmptyList = <T extends z.ZodType>(item: T) =>
  z
    .array(item)
    .min(1, 'An empty list matches nothing; leave the criterion out to accept any value')
    .refine((values) => new Set(values).size === values.length, 'Values must not repeat');

/** Criteria of a rule: each is optional, a list of accepted values; all given criteria must hold. */
export const RuleMatchSchema = z.strictObject({
  types: nonEmptyList(RequestTypeSchema).optional(),
  /** Ids of the group's companies or services, as the web form sends them. */
  services: nonEmptyList(IdSchema).optional(),
  countries: nonEmptyList(CountrySchema).optional(),
  languages: nonEmptyList(LanguageSchema).optional(),
  relationships: nonEmptyList(RelationshipSchema).optional(),
});
export type RuleMatch = z.infer<typeof RuleMatchSchema>;

export const RoutingRuleSchema = z.strictObject({
  /** Named in the audit event of the routing decision. */
  id: IdSchema,
  /** Criteria; a rule without any matches every request. */
  match: RuleMatchSchema.prefault({}),
  teamId: IdSchema,
});
export type RoutingRule = z.infer<typeof RoutingRuleSchema>;

export const RoutingSchema = z.strictObject({
  /** Evaluated in order, the first match wins. */
  rules: z.array(RoutingRuleSchema),
  /** Takes every request no rule matches. */
  defaultTeamId: IdSchema,
});
export type Routing = z.infer<typeof RoutingSchema>;

/**
 * A service for which the group is a processor for its customers: the customer is the controller.
 * Its customers' employees are routed to the service's team, and told who the controller is.
 */
export const ProcessorServiceSchema = z.strictObject({
  id: IdSchema,
  name: NameSchema,
  teamId: IdSchema,
});
export type ProcessorService = z.infer<typeof ProcessorServiceSchema>;

const BaseUrlSchema = z
  .url({
    protocol: /^https?$/,
    error: (issue) =>
      issue.code === 'invalid_format'
        ? 'Expected an http(s) URL, e.g. https://privacy.example.org'
        : undefined,
  })
  .refine((url) => !/[?#]/.test(url), 'A base URL has no query or fragment')
  .transform((url) => url.replace(/\/+$/, ''));

/** A public web page: an https (or, locally, http) URL. */
const PageUrlSchema = z.url({
  protocol: /^https?$/,
  error: (issue) =>
    issue.code === 'invalid_format'
      ? 'Expected an http(s) URL, e.g. https://www.example.org/privacy'
      : undefined,
});

const DomainSchema = z
  .string()
  .regex(
    /^(?=.{1,253}$)(?:[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?\.)+[A-Za-z]{2,63}$/,
    'Expected a mail domain, e.g. replies.example.org',
  )
  .transform((domain) => domain.toLowerCase());

const DeskConfigShape = z.strictObject({
  /** Optional pointer to a JSON schema for editors; ignored by the desk. */
  $schema: z.string().optional(),
  teams: z.array(TeamSchema).min(1, 'At least one team is needed'),
  routing: RoutingSchema,
  processorServices: z.array(ProcessorServiceSchema).default([]),
  dpo: ContactSchema,
  controller: ControllerSchema,
  supervisoryAuthorities: SupervisoryAuthoritiesSchema,
  complianceCouncil: ContactSchema.optional(),
  /** The desk's sender address (an SES identity in AWS). */
  fromAddress: z.email(),
  /** Replies arrive at case+<token>@inboundDomain. */
  inboundDomain: DomainSchema,
  /** Base of the links in emails, without a trailing slash. */
  publicBaseUrl: BaseUrlSchema,
  /** The privacy statement the form links to (it informs; handling rests on a legal obligation). */
  privacyStatementUrl: PageUrlSchema.optional(),
  /** The Trust Centre with the overview of (sub)processors, named in answers to `processor_info`. */
  trustCentreUrl: PageUrlSchema.optional(),
  // validated by domain/escalation (another module)
  escalation: z.unknown().optional(),
  retention: RetentionSchema.prefault({}),
  intake: IntakeLimitsSchema.prefault({}),
  throttling: ThrottlingSchema.prefault({}),
  // parsed by domain/deadlines (another module), checked here
  deadlines: z.unknown().optional().superRefine(checkDeadlinePolicy),
  /** What staff emails carry: the request (`full`) or a link to the case in the console (`link`). */
  notifications: NotificationsSchema.prefault({}),
});

/**
 * Cross-field rules. They run even when other fields failed (`when`), so one run names every problem;
 * the value may then be partly invalid, so it is read defensively.
 */
function checkReferences(config: unknown, ctx: z.RefinementCtx): void {
  const issue = (path: PropertyKey[], message: string) => ctx.addIssue({ code: 'custom', path, message });
  const root = record(config);

  const teamIds = new Set<string>();
  const firstTeamAt = new Map<string, number>();
  const firstMemberAt = new Map<string, string>();
  const firstEmailAt = new Map<string, string>();
  let activeMembers = 0;
  let anyMemberUnreadable = false;

  list(root.teams).forEach((team, t) => {
    const id = text(team.id);
    if (id !== undefined) {
      const earlier = firstTeamAt.get(id);
      if (earlier !== undefined)
        issue(['teams', t, 'id'], `duplicate team id "${id}" (also teams.${earlier}.id)`);
      else firstTeamAt.set(id, t);
      teamIds.add(id);
    }
    const members = team.members;
    if (!Array.isArray(members)) anyMemberUnreadable = true;
    list(members).forEach((member, m) => {
      const at = `teams.${t}.members.${m}`;
      const memberId = text(member.id);
      if (memberId !== undefined) {
        const earlier = firstMemberAt.get(memberId);
        if (earlier !== undefined) {
          issue(['teams', t, 'members', m, 'id'], `duplicate member id "${memberId}" (also ${earlier}.id)`);
        } else firstMemberAt.set(memberId, at);
      }
      const email = text(member.email)?.toLowerCase();
      if (email !== undefined) {
        // Inbound replies are told apart by sender address: one person, one member entry.
        const earlier = firstEmailAt.get(email);
        if (earlier !== undefined) {
          issue(['teams', t, 'members', m, 'email'], `duplicate member email (also ${earlier}.email)`);
        } else firstEmailAt.set(email, at);
      }
      if (member.active === true) activeMembers += 1;
      else if (typeof member.active !== 'boolean') anyMemberUnreadable = true;
    });
  });

  // With no readable team list, "unknown team" would be said of every reference: the teams' own issue says it.
  const teams = list(root.teams);
  const teamsReadable = teams.length > 0 && teams.every((team) => text(team.id) !== undefined);
  const checkTeam = (value: unknown, path: PropertyKey[]) => {
    const id = text(value);
    if (teamsReadable && id !== undefined && !teamIds.has(id)) issue(path, `unknown team "${id}"`);
  };

  const routing = record(root.routing);
  checkTeam(routing.defaultTeamId, ['routing', 'defaultTeamId']);
  const firstRuleAt = new Map<string, number>();
  list(routing.rules).forEach((rule, r) => {
    const id = text(rule.id);
    if (id === DEFAULT_RULE_ID) {
      issue(['routing', 'rules', r, 'id'], `"${DEFAULT_RULE_ID}" is reserved for the default team`);
    } else if (id !== undefined) {
      const earlier = firstRuleAt.get(id);
      if (earlier !== undefined) {
        issue(['routing', 'rules', r, 'id'], `duplicate rule id "${id}" (also routing.rules.${earlier}.id)`);
      } else firstRuleAt.set(id, r);
    }
    checkTeam(rule.teamId, ['routing', 'rules', r, 'teamId']);
  });

  const firstServiceAt = new Map<string, number>();
  list(root.processorServices).forEach((service, s) => {
    const id = text(service.id);
    if (id !== undefined) {
      const earlier = firstServiceAt.get(id);
      if (earlier !== undefined) {
        issue(
          ['processorServices', s, 'id'],
          `duplicate processor service id "${id}" (also processorServices.${earlier}.id)`,
        );
      } else firstServiceAt.set(id, s);
    }
    checkTeam(service.teamId, ['processorServices', s, 'teamId']);
  });

  if (teams.length > 0 && !anyMemberUnreadable && activeMembers === 0) {
    issue(['teams'], 'At least one active member is needed across all teams');
  }
}

function record(value: unknown): Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
    ? (value as Record<string, unknown>)
    : {};
}

function list(value: unknown): Record<string, unknown>[] {
  return Array.isArray(value) ? value.map(record) : [];
}

function text(value: unknown): string | undefined {
  return typeof value === 'string' ? value : undefined;
}

export const DeskConfigSchema = DeskConfigShape.superRefine(checkReferences, { when: () => true });
export type DeskConfig = z.infer<typeof DeskConfigSchema>;
/** The file as written: defaults may be left out. */
export type DeskConfigInput = z.input<typeof DeskConfigSchema>;
