import { readFileSync } from 'node:fs';
import type * as z from 'zod';
import type { FieldIssue } from '../errors.ts';
import { type DeskConfig, DeskConfigSchema } from './desk-config.ts';

/**
 * The configuration cannot be used. The message names the source and every bad field with its reason,
 * one per line, e.g. `config/desk.config.json: routing.rules.2.teamId: unknown team "nl-privcy"`.
 * File-level problems (unreadable file, JSON syntax) have an empty `field`.
 */
export class ConfigError extends Error {
  override readonly name = 'ConfigError';
  readonly source: string;
  readonly issues: readonly FieldIssue[];

  constructor(source: string, issues: readonly FieldIssue[]) {
    super(
      issues
        .map((issue) =>
          issue.field === '' ? `${source}: ${issue.message}` : `${source}: ${issue.field}: ${issue.message}`,
        )
        .join('\n'),
    );
    this.source = source;
    this.issues = issues;
  }
}

/** Says "required" for a missing field rather than "expected string, received undefined". */
const requiredMessage: z.core.$ZodErrorMap = (issue) =>
  issue.code === 'invalid_type' && issue.input === undefined ? 'required' : undefined;

/** Validates an already parsed configuration; `source` names it in the error message. */
export function parseDeskConfig(data: unknown, source = 'desk config'): DeskConfig {
  const result = DeskConfigSchema.safeParse(data, { error: requiredMessage });
  if (!result.success) {
    throw new ConfigError(
      source,
      result.error.issues.map((issue) => ({
        field: issue.path.length > 0 ? issue.path.map(String).join('.') : '(root)',
        message: issue.message,
      })),
    );
  }
  return result.data;
}

/** Reads, parses and validates the JSON configuration file at `path`; throws a ConfigError. */
export function loadDeskConfig(path: string): DeskConfig {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? 'unknown error';
    throw new ConfigError(path, [{ field: '', message: `cannot read the file (${code})` }]);
  }
  let data: unknown;
  try {
    // Editors on some systems save a byte-order mark, which JSON.parse refuses.
    data = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (error) {
    throw new ConfigError(path, [{ field: '', message: describeJsonError(error, text) }]);
  }
  return parseDeskConfig(data, path);
}

/** V8 gives a character offset ("at position 340"); a person needs a line and a column. */
function describeJsonError(error: unknown, text: string): string {
  const reason = error instanceof Error ? error.message : String(error);
  const position = /at position (\d+)/.exec(reason)?.[1];
  if (position === undefined) return `invalid JSON: ${reason}`;
  const before = text.replace(/^\uFEFF/, '').slice(0, Number(position));
  const line = before.split('\n').length;
  const column = before.length - before.lastIndexOf('\n');
  const cleaned = reason.replace(/\s*in JSON at position \d+.*$/, '');
  return `invalid JSON at line ${line}, column ${column}: ${cleaned}`;
}
