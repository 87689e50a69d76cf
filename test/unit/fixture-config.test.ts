import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { FIXTURE_CONFIG_FILE, fixtureConfig } from '../helpers/fixture-config.ts';

const UNIT_TESTS = fileURLToPath(new URL('.', import.meta.url));

/** Ways a test could reach the shipped config/desk.config.json. */
const SHIPPED_CONFIG = [/config\/desk\.config\.json', import\.meta\.url/, /'config', 'desk\.config\.json'/];

function testFiles(folder: string): string[] {
  return readdirSync(folder, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory()
      ? testFiles(path.join(folder, entry.name))
      : entry.name.endsWith('.ts')
        ? [path.join(folder, entry.name)]
        : [],
  );
}

describe('the unit tests configuration', () => {
  it('is the fixture under test/fixtures, not the file an operator edits', () => {
    expect(path.relative(fileURLToPath(new URL('../..', import.meta.url)), FIXTURE_CONFIG_FILE)).toBe(
      path.join('test', 'fixtures', 'desk.config.json'),
    );
    expect(fixtureConfig.routing.defaultTeamId).toBe('nl-privacy');
  });

  it('is the only configuration a unit test reads', () => {
    const readers = testFiles(UNIT_TESTS)
      .filter((file) => SHIPPED_CONFIG.some((pattern) => pattern.test(readFileSync(file, 'utf8'))))
      .map((file) => path.relative(UNIT_TESTS, file));

    expect(readers).toEqual([]);
  });
});
