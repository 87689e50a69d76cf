import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { DeskConfig } from '../../domain/config/desk-config.ts';
import { loadDeskConfig } from '../../domain/config/load-desk-config.ts';
import { type DeskSettings, deskSettings } from '../../domain/desk-settings.ts';

/**
 * The configuration every unit test runs with: a fixture of its own, never the shipped
 * config/desk.config.json, which an operator edits (teams, members, addresses) for a real desk.
 * Only the tests that check the shipped file itself read that one.
 */
export const FIXTURE_CONFIG_FILE = fileURLToPath(new URL('../fixtures/desk.config.json', import.meta.url));

/** The fixture file's text, for tests that write a variant of it to disk. */
export const FIXTURE_CONFIG_TEXT = readFileSync(FIXTURE_CONFIG_FILE, 'utf8');

/** A fresh, mutable copy of the fixture's JSON; a test may change anything in it. */
// biome-ignore lint/suspicious/noExplicitAny: tests break the configuration in ways its type forbids
export function fixtureConfigData(): any {
  return JSON.parse(FIXTURE_CONFIG_TEXT);
}

export const fixtureConfig: DeskConfig = loadDeskConfig(FIXTURE_CONFIG_FILE);

export const fixtureSettings: DeskSettings = deskSettings(fixtureConfig, FIXTURE_CONFIG_FILE);

/** Members of the fixture's nl-privacy team, for tests that act as them (both read Dutch first). */
export const ANNA = { id: 'anna-devries', email: 'anna.devries@example.org' } as const;
export const PIETER = { id: 'pieter-bakker', email: 'pieter.bakker@example.org' } as const;
