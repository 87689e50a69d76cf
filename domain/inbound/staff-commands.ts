import * as z from 'zod';
import { CLOSE_OUTCOMES } from '../case-model.ts';
import { REQUEST_TYPES, RequestTypeSchema } from '../request-types.ts';
import type { CommandErrorReason } from './command-error-codes.ts';

/*
 * Commands a representative writes at the top of a reply to a case email, one per line:
 *
 *   #extend 2 Large volume of records across three systems
 *   #note Billing export requested from finance
 *
 *   Dear Ms de Vries, ...
 *
 * Leading blank lines are skipped; the command block ends at the first line that does not start
 * with `#` (a blank line included), and the rest is the body to forward. Every line in the block
 * that starts with `#` is read as a command, so a typo ("#nte ...", "# extend") is reported rather
 * than forwarded to the requester. Command names are case-insensitive and may end in a colon
 * ("#note: ..."). This parser only reads; whether the sender may run commands on the case (the
 * assignee, not a forged From) is the handler's decision, and with any error the handler changes
 * nothing and mails the errors back.
 */

export const CloseOutcomeSchema = z.enum(CLOSE_OUTCOMES);
/** What `#breach` records: `notified`/`informed` take a date, the others a text. */
export const BREACH_DECISIONS = ['notified', 'not-notified', 'informed', 'not-informed', 'remedy'] as const;
export type BreachDecision = (typeof BREACH_DECISIONS)[number];
const BREACH_DATED: ReadonlySet<BreachDecision> = new Set(['notified', 'informed']);
export const ExtensionMonthsSchema = z.union([z.literal(1), z.literal(2)]);

export const StaffCommandSchema = z.discriminatedUnion('kind', [
  /**
   * `reason` is required for the outcomes short of full fulfilment (Art. 12(4): the requester is
   * told why); for the others it is not accepted, so a stray word is reported, not lost.
   */
  z.object({ kind: z.literal('close'), outcome: CloseOutcomeSchema, reason: z.string().min(1).optional() }),
  /** Art. 12(3): the requester is told of the extension, with reasons. */
  z.object({ kind: z.literal('extend'), months: ExtensionMonthsSchema, reason: z.string().min(1) }),
  z.object({ kind: z.literal('assign'), email: z.email() }),
  /** Internal only: never sent to the requester. */
  z.object({ kind: z.literal('note'), text: z.string().min(1) }),
  /** Art. 12(4): the requester is told why. */
  z.object({ kind: z.literal('refuse'), reason: z.string().min(1) }),
  /** Another request type; the deadline is recomputed from receipt under its rules. */
  z.object({ kind: z.literal('type'), type: RequestTypeSchema }),
  /** Stops the deadline clock (only where the clock policy allows pauses); the reason stays internal. */
  z.object({ kind: z.literal('pause'), reason: z.string().min(1) }),
  z.object({ kind: z.literal('resume') }),
  /**
   * The breach register (Art. 33(5)): the authority notified on a date, or not and why; the people
   * affected informed on a date, or not and why (Art. 34); the remedial action. May repeat, one
   * decision each.
   */
  z.object({
    kind: z.literal('breach'),
    decision: z.enum(BREACH_DECISIONS),
    date: z.iso.date().optional(),
    text: z.string().min(1).optional(),
  }),
]);
export type StaffCommand = z.infer<typeof StaffCommandSchema>;
export type StaffCommandKind = StaffCommand['kind'];

/**
 * What a refused command is about: the command as written (`request`: it would be refused on any
 * case), or the case as it stands now (`case_state`: closed, already so, paused or not, not yet
 * verified, past the first month); the staff API answers 400 and 409 by it.
 */
export type CommandErrorKind = 'request' | 'case_state';

/**
 * One refused command: `message` in English (the staff API answers with it), `code` and `params`
 * for the command-error email, which says it in the staff member's language.
 */
export type CommandError = CommandErrorReason & {
  /** 1-based line of `replyText`. */
  readonly line: number;
  /** The command as written, e.g. `#extend` or `#frobnicate`. Never its arguments (they may be personal data). */
  readonly command: string;
  readonly message: string;
  /** Absent: `request`. */
  readonly kind?: CommandErrorKind;
};

export interface StaffCommandParse {
  readonly commands: StaffCommand[];
  /** The text after the command block, trimmed: what is forwarded to the requester. */
  readonly body: string;
  readonly errors: CommandError[];
}

export const STAFF_COMMAND_USAGE: Readonly<Record<StaffCommandKind, string>> = {
  close: `#close <${CLOSE_OUTCOMES.join('|')}> [<reason>]`,
  extend: '#extend <1|2> <reason>',
  assign: '#assign <email>',
  note: '#note <text>',
  refuse: '#refuse <reason>',
  type: `#type <${REQUEST_TYPES.join('|')}>`,
  pause: '#pause <reason>',
  resume: '#resume',
  breach:
    '#breach notified <YYYY-MM-DD> | not-notified <reason> | informed <YYYY-MM-DD> | not-informed <reason> | remedy <text>',
};

/** Commands that may appear once per reply; `#note` may repeat. */
const SINGLE_USE: ReadonlySet<StaffCommandKind> = new Set([
  'close',
  'extend',
  'assign',
  'refuse',
  'type',
  'pause',
  'resume',
]);

const COMMAND_LINE = /^#\s*([^\s:]*):?\s*(.*)$/;
const NEWLINES = /\r\n?/g;

export function parseStaffCommands(replyText: string): StaffCommandParse {
  const lines = replyText.replace(NEWLINES, '\n').split('\n');
  const commands: StaffCommand[] = [];
  const errors: CommandError[] = [];
  const seen = new Set<StaffCommandKind>();

  let index = 0;
  while (index < lines.length && (lines[index] ?? '').trim() === '') index++;
  for (; index < lines.length; index++) {
    const line = (lines[index] ?? '').trim();
    if (!line.startsWith('#')) break;
    const [, name = '', argument = ''] = COMMAND_LINE.exec(line) ?? [];
    const command = `#${name}`;
    const parsed = parseCommand(name.toLowerCase(), argument.trim());
    if ('error' in parsed) {
      errors.push({ line: index + 1, command, ...parsed.error });
    } else if (SINGLE_USE.has(parsed.command.kind) && seen.has(parsed.command.kind)) {
      errors.push({
        line: index + 1,
        command,
        code: 'only_one_per_reply',
        params: { command: `#${parsed.command.kind}` },
        message: `Only one ${command} per reply.`,
      });
    } else {
      seen.add(parsed.command.kind);
      commands.push(parsed.command);
    }
  }

  return { commands, body: lines.slice(index).join('\n').trim(), errors };
}

type CommandProblem = CommandErrorReason & { readonly message: string };
type CommandParse = { readonly command: StaffCommand } | { readonly error: CommandProblem };

function parseCommand(name: string, argument: string): CommandParse {
  switch (name) {
    case 'close':
      return parseClose(argument);
    case 'extend':
      return parseExtend(argument);
    case 'assign':
      return parseAssign(argument);
    case 'note':
      return argument === ''
        ? usageError('note', { code: 'note_needs_text' }, '#note needs the text of the note.')
        : { command: { kind: 'note', text: argument } };
    case 'refuse':
      return argument === ''
        ? usageError(
            'refuse',
            { code: 'refuse_needs_reason' },
            '#refuse needs the reason, which the requester is told.',
          )
        : { command: { kind: 'refuse', reason: argument } };
    case 'type':
      return parseType(argument);
    case 'pause':
      return argument === ''
        ? usageError(
            'pause',
            { code: 'pause_needs_reason' },
            '#pause needs the reason the clock stops (kept internal).',
          )
        : { command: { kind: 'pause', reason: argument } };
    case 'breach':
      return parseBreach(argument);
    case 'resume':
      return argument === ''
        ? { command: { kind: 'resume' } }
        : usageError('resume', { code: 'resume_takes_no_arguments' }, '#resume takes no arguments.');
    case '':
      return {
        error: {
          code: 'no_command_name',
          message: 'Write the command name right after #, for example #note.',
        },
      };
    default:
      return {
        error: {
          code: 'unknown_command',
          message: `Unknown command #${name}. Commands: ${Object.values(STAFF_COMMAND_USAGE).join(', ')}.`,
        },
      };
  }
}

/** Outcomes short of full fulfilment: the requester is told why (Art. 12(4)), so staff must say it. */
export const OUTCOMES_NEEDING_REASON: ReadonlySet<string> = new Set(['refused', 'partially_fulfilled']);

function parseClose(argument: string): CommandParse {
  const [word = ''] = wordsOf(argument);
  const oneOutcome = { code: 'close_takes_one_outcome' } as const;
  if (word === '') return usageError('close', oneOutcome, '#close takes exactly one outcome.');
  const outcome = CloseOutcomeSchema.safeParse(word.toLowerCase().replaceAll('-', '_'));
  if (!outcome.success) return usageError('close', { code: 'close_unknown_outcome' }, 'Unknown outcome.');
  const reason = argument.slice(word.length).trim();
  if (OUTCOMES_NEEDING_REASON.has(outcome.data)) {
    if (reason === '') {
      return usageError(
        'close',
        { code: 'close_needs_reason', params: { outcome: outcome.data } },
        `#close ${outcome.data} needs the reason, which the requester is told (GDPR Art. 12(4)).`,
      );
    }
    return { command: { kind: 'close', outcome: outcome.data, reason } };
  }
  if (reason !== '') return usageError('close', oneOutcome, '#close takes exactly one outcome.');
  return { command: { kind: 'close', outcome: outcome.data } };
}

function parseExtend(argument: string): CommandParse {
  const [months = ''] = wordsOf(argument);
  if (months === '') {
    return usageError(
      'extend',
      { code: 'extend_needs_months_and_reason' },
      '#extend needs the number of months and a reason.',
    );
  }
  const parsedMonths = ExtensionMonthsSchema.safeParse(/^\d+$/.test(months) ? Number(months) : Number.NaN);
  if (!parsedMonths.success)
    return usageError('extend', { code: 'extend_months' }, 'An extension is 1 or 2 months.');
  const reason = argument.slice(months.length).trim();
  if (reason === '') {
    return usageError(
      'extend',
      { code: 'extend_needs_reason' },
      '#extend needs a reason, which the requester is told.',
    );
  }
  return { command: { kind: 'extend', months: parsedMonths.data, reason } };
}

function parseAssign(argument: string): CommandParse {
  const words = wordsOf(argument);
  if (words.length !== 1) {
    return usageError(
      'assign',
      { code: 'assign_takes_one_address' },
      '#assign takes exactly one email address.',
    );
  }
  const email = z.email().safeParse(words[0]!.replace(/^<(.*)>$/, '$1').toLowerCase());
  if (!email.success)
    return usageError('assign', { code: 'assign_not_an_address' }, 'That is not an email address.');
  return { command: { kind: 'assign', email: email.data } };
}

function parseType(argument: string): CommandParse {
  const words = wordsOf(argument);
  if (words.length !== 1)
    return usageError('type', { code: 'type_takes_one_type' }, '#type takes exactly one request type.');
  const type = RequestTypeSchema.safeParse(words[0]!.toLowerCase().replaceAll('-', '_'));
  if (!type.success) return usageError('type', { code: 'type_unknown' }, 'Unknown request type.');
  return { command: { kind: 'type', type: type.data } };
}

function parseBreach(argument: string): CommandParse {
  const [word = ''] = wordsOf(argument);
  const decision = BREACH_DECISIONS.find(
    (candidate) => candidate === word.toLowerCase().replaceAll('_', '-'),
  );
  if (!decision) return usageError('breach', { code: 'breach_needs_decision' }, 'Say what is recorded.');
  const rest = argument.slice(word.length).trim();
  if (BREACH_DATED.has(decision)) {
    const date = z.iso.date().safeParse(rest);
    if (!date.success) {
      return usageError(
        'breach',
        { code: 'breach_needs_date', params: { decision } },
        `#breach ${decision} takes the date, as YYYY-MM-DD.`,
      );
    }
    return { command: { kind: 'breach', decision, date: date.data } };
  }
  if (rest === '') {
    return usageError(
      'breach',
      decision === 'remedy'
        ? { code: 'breach_needs_action' }
        : { code: 'breach_needs_reason', params: { decision } },
      `#breach ${decision} needs the ${decision === 'remedy' ? 'action taken' : 'reason'}.`,
    );
  }
  return { command: { kind: 'breach', decision, text: rest } };
}

function usageError(kind: StaffCommandKind, reason: CommandErrorReason, problem: string): CommandParse {
  return { error: { ...reason, message: `${problem} Usage: ${STAFF_COMMAND_USAGE[kind]}` } };
}

function wordsOf(text: string): string[] {
  return text.split(/\s+/).filter((word) => word !== '');
}
