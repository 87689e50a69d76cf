import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const TSX = fileURLToPath(new URL('../../node_modules/.bin/tsx', import.meta.url));
const SPAWN_TIMEOUT_MS = 30_000;

/**
 * The real CLI in a child process, as `npm run --silent desk -- <args>` runs it: exit codes and the
 * split between stdout and stderr. A process per case is slow, so these few live here and the
 * command's behaviour is tested in process by the unit tests.
 */
function desk(...args: string[]) {
  const child = spawnSync(TSX, ['cli/desk.ts', ...args], { cwd: ROOT, encoding: 'utf8' });
  return { status: child.status, stdout: child.stdout, stderr: child.stderr };
}

describe('desk due-date (spawned with tsx)', () => {
  it(
    'prints the due date as one JSON object and exits 0',
    () => {
      // Act
      const result = desk(
        'due-date',
        '--received',
        '2025-01-31T10:00:00Z',
        '--type',
        'access',
        '--country',
        'NL',
      );

      // Assess
      expect({ status: result.status, stdout: result.stdout, stderr: result.stderr }).toEqual({
        status: 0,
        stdout:
          '{"dueAt":"2025-02-28T22:59:59.999Z","dueDate":"2025-02-28","targetDate":"2025-02-28","targetAt":"2025-02-28T22:59:59.999Z","rolledForwardFrom":null}\n',
        stderr: '',
      });
    },
    SPAWN_TIMEOUT_MS,
  );

  it(
    'exits 2 with a message on stderr and nothing on stdout for a bad argument',
    () => {
      // Act
      const result = desk(
        'due-date',
        '--received',
        '2025-01-31T10:00:00Z',
        '--type',
        'wish',
        '--country',
        'NL',
      );

      // Assess
      expect({ status: result.status, stdout: result.stdout }).toEqual({ status: 2, stdout: '' });
      expect(result.stderr).toContain('--type must be one of');
    },
    SPAWN_TIMEOUT_MS,
  );

  it(
    'exits 2 with the usage for an unknown command',
    () => {
      // Act
      const result = desk('escalate-everything');

      // Assess
      expect({ status: result.status, stdout: result.stdout }).toEqual({ status: 2, stdout: '' });
      expect(result.stderr).toContain('Usage: desk <command>');
    },
    SPAWN_TIMEOUT_MS,
  );
});
