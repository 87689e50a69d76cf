import {
  participantActor,
  participantLabel,
  participantRecipient,
  type StaffParticipant,
} from './authorize-sender.ts';
import {
  attachmentCounts,
  commandErrorsSecret,
  contentOf,
  type PlacedCommand,
  type PlannedAudit,
  type PlannedNotification,
  type ReplyInput,
  type ReplyPlan,
} from './reply-plan.ts';
import type { CommandError } from './staff-commands.ts';

/** Why a command did not run from mail matched by its thread or subject. */
export const COMMANDS_NEED_TOKEN =
  'Commands run only from a reply to the desk’s own email to you (its reply address names the case and you); this email reached the case by its subject or thread.';

/**
 * Staff mail matched without a token, with commands: none runs. The text is filed (not forwarded:
 * it was written to go with the commands), and the sender is told where commands work.
 */
export function planCommandsWithoutToken(
  input: ReplyInput,
  participant: StaffParticipant,
  commands: readonly PlacedCommand[],
  parseErrors: readonly CommandError[],
  body: string,
  hasMessage: boolean,
): ReplyPlan {
  const errors: CommandError[] = [
    ...commands.map(({ command, line }) => ({
      line,
      command: `#${command.kind}`,
      code: 'needs_token' as const,
      message: COMMANDS_NEED_TOKEN,
    })),
    ...parseErrors.map(({ line, command }) => ({
      line,
      command,
      code: 'needs_token' as const,
      message: COMMANDS_NEED_TOKEN,
    })),
  ].sort((a, b) => a.line - b.line);
  const notification: PlannedNotification = {
    template: 'command-error',
    ...participantRecipient(participant),
    ...(hasMessage ? { params: { textFiled: true } } : {}),
    secrets: commandErrorsSecret(errors),
  };
  const rejected: PlannedAudit = {
    action: 'mail.command_rejected',
    detail: {
      identifiedBy: input.identifiedBy,
      errors: errors.length,
      commands: [...new Set(errors.map((error) => error.command.toLowerCase()))].join(' '),
      reason: 'no_token',
    },
  };
  const actor = participantActor(participant);
  if (!hasMessage)
    return { kind: 'rejected', actor, errors, notifications: [notification], audit: [rejected] };
  return {
    kind: 'apply',
    actor,
    thread: [
      {
        direction: 'from_staff',
        participant: participantLabel(participant),
        content: contentOf(input.subject, body, input.attachments),
      },
    ],
    notifications: [notification],
    audit: [
      {
        action: 'mail.filed',
        detail: {
          direction: 'from_staff',
          identifiedBy: input.identifiedBy,
          commands: 0,
          ...attachmentCounts(input),
          copied: input.copied,
          forwardedTo: 'none',
        },
      },
      rejected,
    ],
    loadMoves: [],
  };
}
