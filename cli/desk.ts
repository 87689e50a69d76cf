import { realpathSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { auditCommand } from './commands/audit.ts';
import { bounceCommand } from './commands/bounce.ts';
import { breachRegisterCommand } from './commands/breach-register.ts';
import { dueDateCommand } from './commands/due-date.ts';
import { escalateCommand } from './commands/escalate.ts';
import { evidenceCommand } from './commands/evidence.ts';
import { seedCommand } from './commands/seed.ts';
import { staffTokenCommand } from './commands/staff-token.ts';
import { suppressionCommand } from './commands/suppression.ts';
import {
  type DeskCommand,
  type DeskIo,
  EXIT_FAILURE,
  EXIT_OK,
  EXIT_USAGE,
  UsageError,
} from './desk-command.ts';

/**
 * The operator CLI: `desk <command> [args]`, run as `npm run --silent desk -- <command> [args]`.
 * A new command is a file in cli/commands/ exporting a DeskCommand, and one entry in this table.
 */
const COMMANDS: readonly DeskCommand[] = [
  dueDateCommand,
  escalateCommand,
  bounceCommand,
  suppressionCommand,
  auditCommand,
  breachRegisterCommand,
  evidenceCommand,
  staffTokenCommand,
  seedCommand,
];

function usage(): string {
  const width = Math.max(...COMMANDS.map((command) => command.name.length));
  const list = COMMANDS.map((command) => `  ${command.name.padEnd(width)}  ${command.summary}`).join('\n');
  return `Usage: desk <command> [args]\n\nCommands:\n${list}\n\nRun desk <command> --help for its arguments.\n`;
}

/** Dispatches `argv` (the arguments after `desk`) and resolves to the exit code. */
export async function runDesk(argv: readonly string[], io: DeskIo): Promise<number> {
  const [name, ...args] = argv;
  if (name === undefined) {
    io.stderr(usage());
    return EXIT_USAGE;
  }
  if (name === 'help' || name === '--help' || name === '-h') {
    io.stdout(usage());
    return EXIT_OK;
  }
  const command = COMMANDS.find((candidate) => candidate.name === name);
  if (!command) {
    io.stderr(`desk: unknown command '${name}'\n\n${usage()}`);
    return EXIT_USAGE;
  }
  try {
    return await command.run(args, io);
  } catch (error) {
    if (error instanceof UsageError) {
      io.stderr(`desk ${command.name}: ${error.message}\n\n${command.usage}\n`);
      return EXIT_USAGE;
    }
    io.stderr(`desk ${command.name}: ${error instanceof Error ? error.message : String(error)}\n`);
    return EXIT_FAILURE;
  }
}

const processIo: DeskIo = {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
};

function isEntryPoint(): boolean {
  const script = process.argv[1];
  if (script === undefined) return false;
  try {
    return realpathSync(script) === realpathSync(fileURLToPath(import.meta.url));
  } catch {
    return false;
  }
}

if (isEntryPoint()) {
  process.exitCode = await runDesk(process.argv.slice(2), processIo);
}
