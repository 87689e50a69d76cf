import type { DeskConfig } from '../config/desk-config.ts';
import type { Language } from '../request-types.ts';
import { type StaffIdentity, visibleTeamIds } from './staff-identity.ts';

/*
 * What the staff console needs to know about the person signed in and the people around them: names
 * for member ids, who is available (the configuration's `active`), and the language of the console.
 * Ids, names and availability only: no addresses but the person's own.
 */

/** The languages the console is written in; anyone else reads it in English. */
export const CONSOLE_LANGUAGES = ['en', 'nl'] as const;
export type ConsoleLanguage = (typeof CONSOLE_LANGUAGES)[number];

export interface StaffProfileMember {
  readonly id: string;
  readonly name: string;
  readonly active: boolean;
  readonly languages: readonly Language[];
}

export interface StaffProfileTeam {
  readonly id: string;
  readonly name: string;
  readonly country: string;
  readonly managerName: string;
  /** Whether the person manages this team (or is the DPO): they may act on all its cases. */
  readonly managed: boolean;
  readonly members: readonly StaffProfileMember[];
}

export interface StaffProfile {
  readonly email: string;
  readonly name: string;
  readonly role: StaffIdentity['role'];
  readonly memberId?: string;
  readonly language: ConsoleLanguage;
  readonly teams: readonly StaffProfileTeam[];
}

const asConsoleLanguage = (language: string | undefined): ConsoleLanguage | undefined =>
  CONSOLE_LANGUAGES.find((candidate) => candidate === language);

/**
 * The console's language for a person: the language the configuration gives them (a manager's or
 * the DPO's `language`), else the first of a member's languages the console has, else English.
 */
export function consoleLanguage(identity: StaffIdentity, config: DeskConfig): ConsoleLanguage {
  if (identity.dpo) return asConsoleLanguage(config.dpo.language) ?? 'en';
  const managed = config.teams.find((team) => identity.managedTeamIds.includes(team.id));
  const fromContact = asConsoleLanguage(managed?.manager.language);
  if (fromContact) return fromContact;
  const member = config.teams.flatMap((team) => team.members).find((m) => m.id === identity.memberId);
  const explicit = asConsoleLanguage((member as { language?: string } | undefined)?.language);
  if (explicit) return explicit;
  for (const language of member?.languages ?? []) {
    const known = asConsoleLanguage(language);
    if (known) return known;
  }
  return 'en';
}

export function staffProfile(identity: StaffIdentity, config: DeskConfig): StaffProfile {
  const visible = new Set(visibleTeamIds(identity, config));
  return {
    email: identity.email,
    name: identity.name,
    role: identity.role,
    ...(identity.memberId ? { memberId: identity.memberId } : {}),
    language: consoleLanguage(identity, config),
    teams: config.teams
      .filter((team) => visible.has(team.id))
      .map((team) => ({
        id: team.id,
        name: team.name,
        country: team.country,
        managerName: team.manager.name,
        managed: identity.dpo || identity.managedTeamIds.includes(team.id),
        members: team.members.map((member) => ({
          id: member.id,
          name: member.name,
          active: member.active,
          languages: member.languages,
        })),
      })),
  };
}
