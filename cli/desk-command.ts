import { parseArgs } from 'node:util';

/** The contract between the `desk` dispatcher and one of its commands (cli/commands/<name>.ts). */

/** Where a command writes; the real process streams in production, buffers in tests. */
export interface DeskIo {
  stdout(text: string): void;
  stderr(text: string): void;
}

export interface DeskCommand {
  /** What the operator types after `desk`, e.g. `due-date`. */
  readonly name: string;
  /** One line for the command list. */
  readonly summary: string;
  /** The full usage text, shown with `--help` and after a usage error. */
  readonly usage: string;
  /** Runs with the arguments after the command name; resolves to the process exit code. */
  run(args: readonly string[], io: DeskIo): number | Promise<number>;
}

export const EXIT_OK = 0;
export const EXIT_FAILURE = 1;
export const EXIT_USAGE = 2;

/** Bad arguments: the dispatcher prints the message and the command's usage on stderr and exits 2. */
export class UsageError extends Error {
  override readonly name = 'UsageError';
}

/** For commands that use the AWS SDK: its Node 20 notice would end up in the operator's output. */
export function silenceSdkVersionNotice(): void {
  process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED ??= 'true';
}

type OptionsConfig = NonNullable<Parameters<typeof parseArgs>[0]>['options'] & {};

/**
 * The command's `--flag value` options, strictly (unknown flags, stray positionals are usage
 * errors), with `--help`/`-h` added for every command.
 */
export function parseCommandOptions<const T extends OptionsConfig>(args: readonly string[], options: T) {
  try {
    return parseArgs({
      args: [...args],
      strict: true,
      allowPositionals: false,
      options: { ...options, help: { type: 'boolean', short: 'h' } } as const,
    }).values;
  } catch (error) {
    throw new UsageError(error instanceof Error ? error.message : String(error));
  }
}

/** A command's options by name: `--flag value` (string) or a bare `--flag` (boolean). */
export type CommandOptions = Readonly<
  Record<string, { readonly type: 'string' | 'boolean'; readonly short?: string }>
>;

/** The parsed options: a string for each given `--flag value`, true for each given bare `--flag`. */
export type CommandOptionValues<T extends CommandOptions> = {
  readonly [K in keyof T]?: T[K]['type'] extends 'boolean' ? boolean : string;
};

/**
 * A command from its options and its work: the preamble every command shares (the SDK notice
 * silenced for commands that use the SDK, the one action word some commands take first, strict
 * options, `--help` printing the usage) is here once.
 */
export function deskCommand<const T extends CommandOptions>(spec: {
  readonly name: string;
  readonly summary: string;
  readonly usage: string;
  /** The word that must come first (`desk audit verify ...`); `--help` may stand in its place. */
  readonly action?: string;
  readonly options: T;
  readonly usesAwsSdk?: boolean;
  run(options: CommandOptionValues<T>, io: DeskIo): number | Promise<number>;
}): DeskCommand {
  return {
    name: spec.name,
    summary: spec.summary,
    usage: spec.usage,
    run(args, io) {
      if (spec.usesAwsSdk) silenceSdkVersionNotice();
      let rest = args;
      if (spec.action !== undefined) {
        const [action, ...after] = args;
        if (action === '--help' || action === '-h') {
          io.stdout(`${spec.usage}\n`);
          return EXIT_OK;
        }
        if (action !== spec.action) {
          throw new UsageError(`unknown action '${action ?? ''}': the action is ${spec.action}`);
        }
        rest = after;
      }
      const { help, ...options } = parseCommandOptions(rest, spec.options) as Record<string, unknown>;
      if (help === true) {
        io.stdout(`${spec.usage}\n`);
        return EXIT_OK;
      }
      return spec.run(options as CommandOptionValues<T>, io);
    },
  };
}

/** A flag the command cannot run without, trimmed; a usage error when missing or blank. */
export function requiredOption(value: string | undefined, flag: string): string {
  if (value === undefined || value.trim() === '') throw new UsageError(`${flag} is required`);
  return value.trim();
}
