import type { BreachRegisterUpdate } from '../audit/breach-register.ts';
import type { CaseTransition } from '../case-lifecycle.ts';
import type { CaseRecord, ThreadAttachment, ThreadDirection, ThreadMessageContent } from '../case-model.ts';
import type { DeskConfig } from '../config/desk-config.ts';
import type { DeadlinePolicy } from '../deadlines/index.ts';
import type { NotificationRecipient } from '../notifications/notification.ts';
import type { ReplyRole } from '../reply-token.ts';
import type { InboundTemplateName } from '../templates/inbound-templates.ts';
import { describeAttachments } from './attachment-policy.ts';
import type { Participant } from './authorize-sender.ts';
import type { CommandErrorReason } from './command-error-codes.ts';
import type { IdentifiedBy } from './identify-case.ts';
import type { CaseChange } from './inbound-store.ts';
import type { CommandError, CommandErrorKind, StaffCommand } from './staff-commands.ts';

/* The plan a reply makes (apply-reply.ts), and the pieces the requester and staff plans share. */

/** More commands than this in one reply are refused (each note is one more item in one write). */
export const MAX_COMMANDS_PER_REPLY = 20;

/** Text beyond this many characters is cut (a DynamoDB item holds 400 KB, sealed and base64-encoded). */
export const MAX_REPLY_TEXT_CHARS = 50_000;

export interface ReplyInput {
  readonly record: CaseRecord;
  readonly participant: Participant;
  readonly identifiedBy: IdentifiedBy;
  /** DMARC authenticated the From address (authorize-sender.ts); false only for a requester's token reply. */
  readonly authenticated: boolean;
  /** SES's DMARC verdict, for the audit and the warning when `authenticated` is false. */
  readonly dmarcVerdict: string;
  readonly subject: string;
  /** The reply's new text (extractReplyText): no quoted history, no signature. */
  readonly text: string;
  readonly attachments: readonly ThreadAttachment[];
  /** Attachments beyond the listed ones (attachment-policy.ts `maxCount`): counted only. */
  readonly omittedAttachments?: number;
  /** How many other addresses the email copied: recorded, never written to. */
  readonly copied: number;
  readonly config: DeskConfig;
  readonly deadlinePolicy: DeadlinePolicy;
  readonly now: Date;
}

export interface PlannedThreadMessage {
  readonly direction: ThreadDirection;
  readonly participant: string;
  readonly content: ThreadMessageContent;
  /** Filed although DMARC did not authenticate the sender. */
  readonly unauthenticated?: true;
}

/** Content for an email, sealed into its outbox entry: never in a queue, a log or clear in the table. */
export interface InboundSecrets {
  readonly staffText?: string;
  readonly requesterText?: string;
  readonly attachmentList?: string;
  readonly reason?: string;
  /** The refused commands in English, one line each: what notifications written before `commandErrors` carry. */
  readonly errorList?: string;
  /** The refused commands as JSON (`commandErrorsSecret`): rendered in the recipient's language when sent. */
  readonly commandErrors?: string;
}

export interface PlannedNotification {
  /** An inbound template, or routing's opt-out confirmation (`#type marketing_opt_out` is an opt-out). */
  readonly template: InboundTemplateName | 'opt-out-confirmed';
  readonly recipient: NotificationRecipient;
  readonly replyAs?: ReplyRole;
  /** Not personal: ids, outcome, months, staff names. */
  readonly params?: Readonly<Record<string, string | number | boolean>>;
  readonly secrets?: InboundSecrets;
}

export interface PlannedAudit {
  readonly action: string;
  readonly detail?: Readonly<Record<string, string | number | boolean>>;
}

export interface LoadMove {
  readonly memberId: string;
  readonly delta: 1 | -1;
}

export type ReplyPlan =
  | {
      readonly kind: 'apply';
      /** Audit actor of every event: `requester`, a member id, `manager:<team>`, `dpo`. */
      readonly actor: string;
      readonly change?: CaseChange;
      readonly thread: readonly PlannedThreadMessage[];
      readonly notifications: readonly PlannedNotification[];
      readonly audit: readonly PlannedAudit[];
      readonly loadMoves: readonly LoadMove[];
      /** Put the requester's address on the marketing suppression list (an opt-out made by `#type`). */
      readonly suppress?: { readonly emailHash: string };
      /** `#breach` decisions for the breach register. */
      readonly breachRegister?: BreachRegisterUpdate;
    }
  | {
      readonly kind: 'rejected';
      readonly actor: string;
      readonly errors: readonly CommandError[];
      readonly notifications: readonly PlannedNotification[];
      readonly audit: readonly PlannedAudit[];
    }
  | { readonly kind: 'empty' };

/** A command with the 1-based line it stands on. */
export interface PlacedCommand {
  readonly command: StaffCommand;
  readonly line: number;
}

/**
 * Each parsed command with its line: the command block is the first run of `#` lines after leading
 * blank lines, and the commands are its lines that had no parse error, in order.
 */
export function placeCommands(
  text: string,
  commands: readonly StaffCommand[],
  errors: readonly CommandError[],
): PlacedCommand[] {
  const lines = text.replace(/\r\n?/g, '\n').split('\n');
  let index = 0;
  while (index < lines.length && (lines[index] ?? '').trim() === '') index++;
  const errorLines = new Set(errors.map((error) => error.line));
  const commandLines: number[] = [];
  for (; index < lines.length && (lines[index] ?? '').trim().startsWith('#'); index++) {
    if (!errorLines.has(index + 1)) commandLines.push(index + 1);
  }
  return commands.map((command, i) => ({ command, line: commandLines[i] ?? 1 }));
}

export function commandError(
  placed: PlacedCommand,
  reason: CommandErrorReason,
  message: string,
  kind: CommandErrorKind = 'request',
): CommandError {
  return { line: placed.line, command: `#${placed.command.kind}`, ...reason, message, kind };
}

export function formatCommandError(error: CommandError): string {
  return `Line ${error.line}, ${error.command}: ${error.message}`;
}

/**
 * The secrets of a command-error email: each error's line, command, code and parameters, which the
 * sender words in the recipient's language; the English lines stay beside them, so that a sender
 * deployed before the codes still has the lines to send.
 */
export function commandErrorsSecret(errors: readonly CommandError[]): InboundSecrets {
  return {
    errorList: errors.map(formatCommandError).join('\n'),
    commandErrors: JSON.stringify(
      errors.map(({ line, command, code, params }) => ({
        line,
        command,
        code,
        ...(params ? { params } : {}),
      })),
    ),
  };
}

/** The case change of the reply's moves (none: only a first response is recorded). */
export function changeOf(record: CaseRecord, transition: CaseTransition | undefined): CaseChange {
  return {
    caseId: record.caseId,
    expect: { status: record.status, assigneeId: record.assigneeId, paused: record.pausedAt !== undefined },
    set: transition?.set ?? {},
    remove: transition?.remove ?? [],
    indexes: transition?.indexes ?? { open: 'unchanged', byPendingStep: 'unchanged' },
  };
}

export function contentOf(
  subject: string,
  text: string,
  attachments: readonly ThreadAttachment[],
): ThreadMessageContent {
  return { subject, text, ...(attachments.length > 0 ? { attachments } : {}) };
}

export function attachmentCounts({ attachments, omittedAttachments = 0 }: ReplyInput) {
  const refused = attachments.filter((attachment) => attachment.refused).length;
  return { attachments: attachments.length - refused, refusedAttachments: refused + omittedAttachments };
}

export function attachmentSecret(attachments: readonly ThreadAttachment[]): InboundSecrets {
  return attachments.length > 0 ? { attachmentList: describeAttachments(attachments) } : {};
}
