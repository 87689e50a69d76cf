import * as z from 'zod';
import { COMMAND_ERROR_CODES, type CommandErrorCode, DATE_PARAMS } from '../inbound/command-error-codes.ts';
import type { Language } from '../request-types.ts';
import { formatDate } from '../templates/type-labels.ts';
import { da } from './command-error-lines/da.ts';
import { en } from './command-error-lines/en.ts';
import { fi } from './command-error-lines/fi.ts';
import { nb } from './command-error-lines/nb.ts';
import { nl } from './command-error-lines/nl.ts';
import { sv } from './command-error-lines/sv.ts';

/*
 * The lines of the command-error email, in the staff member's language: each refused command as
 * its code (inbound/command-error-codes.ts) with its parameters, sealed into the notification, and
 * worded here when the email is sent. `{name}` in a text is a parameter; `{date}` is written as a
 * date of the recipient's language in the case's time zone.
 */

export interface CommandErrorLines {
  /** One error as a line of the email, from `{line}`, `{command}` (as written) and `{text}`. */
  readonly line: string;
  /** Every code's text: a language without one does not compile. */
  readonly texts: Readonly<Record<CommandErrorCode, string>>;
}

export const COMMAND_ERROR_LINES: Readonly<Record<Language, CommandErrorLines>> = { en, nl, nb, sv, da, fi };

const SentCommandErrorsSchema = z.array(
  z.object({
    line: z.number().int().positive(),
    command: z.string(),
    code: z.enum(COMMAND_ERROR_CODES as [CommandErrorCode, ...CommandErrorCode[]]),
    params: z.record(z.string(), z.union([z.string(), z.number()])).optional(),
  }),
);

const PLACEHOLDER = /\{(\w+)\}/g;

/** `{name}` placeholders of a text, in order. */
export function placeholdersOf(text: string): string[] {
  return [...text.matchAll(PLACEHOLDER)].map((match) => match[1] as string);
}

function fill(text: string, values: Readonly<Record<string, string | number>>): string {
  return text.replace(PLACEHOLDER, (whole, name: string) =>
    Object.hasOwn(values, name) ? String(values[name]) : whole,
  );
}

/**
 * The error list of a command-error email in `language`, from the notification's sealed secrets.
 * A notification written before the codes carries only the English lines (`errorList`): those go
 * out as they are, as they do when the coded errors cannot be read.
 */
export function commandErrorList(
  secrets: Readonly<Record<string, string>>,
  language: Language,
  timeZone: string,
): string {
  const english = secrets.errorList ?? '';
  if (secrets.commandErrors === undefined) return english;
  let json: unknown;
  try {
    json = JSON.parse(secrets.commandErrors);
  } catch {
    return english;
  }
  const errors = SentCommandErrorsSchema.safeParse(json);
  if (!errors.success) return english;
  const lines = COMMAND_ERROR_LINES[language];
  return errors.data
    .map(({ line, command, code, params = {} }) => {
      const values = Object.fromEntries(
        Object.entries(params).map(([name, value]) => [
          name,
          DATE_PARAMS.has(name) ? formatDate(String(value), language, timeZone) : value,
        ]),
      );
      return fill(lines.line, { line, command, text: fill(lines.texts[code], values) });
    })
    .join('\n');
}
