import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ConfigError, loadDeskConfig } from '../../../../domain/config/load-desk-config.ts';
import { FIXTURE_CONFIG_TEXT } from '../../../helpers/fixture-config.ts';

const EXAMPLE_TEXT = FIXTURE_CONFIG_TEXT;
const dir = mkdtempSync(join(tmpdir(), 'desk-config-'));

function writeConfig(name: string, text: string): string {
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
}

function errorOf(load: () => unknown): ConfigError {
  try {
    load();
  } catch (error) {
    if (error instanceof ConfigError) return error;
    throw error;
  }
  throw new Error('expected a ConfigError');
}

describe('loadDeskConfig', () => {
  it.each([
    { name: 'the fixture configuration', text: EXAMPLE_TEXT },
    { name: 'the example with a byte-order mark', text: `\uFEFF${EXAMPLE_TEXT}` },
  ])('loads $name', ({ name, text }) => {
    // Prepare
    const path = writeConfig(`${name.replaceAll(' ', '-')}.json`, text);

    // Act
    const config = loadDeskConfig(path);

    // Assess
    expect(config.routing.defaultTeamId).toBe('nl-privacy');
  });

  it.each([
    {
      name: 'a rule naming an unknown team',
      text: EXAMPLE_TEXT.replace('"teamId": "recruitment"', '"teamId": "nl-privcy"'),
      expected: (path: string) => `${path}: routing.rules.2.teamId: unknown team "nl-privcy"`,
    },
    {
      name: 'two problems, one per line',
      text: EXAMPLE_TEXT.replace('"teamId": "recruitment"', '"teamId": "nl-privcy"').replace(
        '"timeZone": "Europe/Oslo"',
        '"timeZone": "Europe/Olso"',
      ),
      expected: (path: string) =>
        `${path}: teams.1.timeZone: Unknown IANA time zone, expected e.g. Europe/Amsterdam\n` +
        `${path}: routing.rules.2.teamId: unknown team "nl-privcy"`,
    },
    {
      name: 'a trailing comma',
      text: '{\n  "teams": [],\n}\n',
      expected: (path: string) =>
        `${path}: invalid JSON at line 3, column 1: Expected double-quoted property name`,
    },
    {
      name: 'a missing comma',
      text: '{\n  "teams": []\n  "routing": {}\n}\n',
      expected: (path: string) =>
        `${path}: invalid JSON at line 3, column 3: Expected ',' or '}' after property value`,
    },
    {
      name: 'a truncated file',
      text: '{\n  "teams": [',
      expected: (path: string) => `${path}: invalid JSON: Unexpected end of JSON input`,
    },
    {
      name: 'an empty file',
      text: '',
      expected: (path: string) => `${path}: invalid JSON: Unexpected end of JSON input`,
    },
  ])('refuses $name with a message naming the file and the place', ({ name, text, expected }) => {
    // Prepare
    const path = writeConfig(`${name.replaceAll(' ', '-')}.json`, text);

    // Act
    const error = errorOf(() => loadDeskConfig(path));

    // Assess
    expect(error.message).toBe(expected(path));
  });

  it('refuses a missing file, naming it', () => {
    // Prepare
    const path = join(dir, 'missing.json');

    // Act
    const error = errorOf(() => loadDeskConfig(path));

    // Assess
    expect(error.message).toBe(`${path}: cannot read the file (ENOENT)`);
  });

  it('keeps the issues for programs', () => {
    // Prepare
    const path = writeConfig(
      'issues.json',
      EXAMPLE_TEXT.replace('"privacy-desk@example.org"', '"privacy-desk"'),
    );

    // Act
    const error = errorOf(() => loadDeskConfig(path));

    // Assess
    expect({ source: error.source, issues: error.issues }).toEqual({
      source: path,
      issues: [{ field: 'fromAddress', message: 'Invalid email address' }],
    });
  });
});
