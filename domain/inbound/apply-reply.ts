import {
  type CaseDeadline,
  type CaseRecord,
  OPEN_STATUSES,
  type ThreadAttachment,
  type ThreadDirection,
  type ThreadMessageContent,
} from '../case-model.ts';
import type { DeskConfig } from '../config/desk-config.ts';
import { type DeadlinePolicy, DeadlineRuleError, extendDueDate } from '../deadlines/index.ts';
import type { NotificationRecipient } from '../notifications/notification.ts';
import type { ReplyRole } from '../reply-token.ts';
import { purgeAfter } from '../retention/purge-after.ts';
import type { InboundTemplateName } from '../templates/inbound-templates.ts';
import { describeAttachments } from './attachment-policy.ts';
import {
  memberByEmail,
  type Participant,
  participantActor,
  participantLabel,
  participantRecipient,
  type StaffParticipant,
} from './authorize-sender.ts';
import type { IdentifiedBy } from './identify-case.ts';
import type { CaseChange, CaseFieldChanges } from './inbound-store.ts';
import { type CommandError, parseStaffCommands, type StaffCommand } from './staff-commands.ts';

/*
 * What an admitted reply does to its case: a plan, decided purely from the case, the sender and the
 * reply's new text. The handler seals, writes and sends it.
 *
 * From the requester: the text is filed (from_requester) and forwarded to the assigned representative
 * (to the team manager while nobody is assigned); a case waiting for the requester is `assigned` again.
 * Lines starting with # are just text.
 *
 * From staff (the assignee, the team manager, the DPO): commands at the top of the reply are applied
 * and never forwarded; the rest is filed (from_staff) and forwarded to the requester from the desk's
 * address. The requester gets one email per reply: the notice of a command that concerns them
 * (#refuse: Art. 12(4); #close; #extend: Art. 12(3)) with the staff text below it, or else the staff
 * text alone. A plain answer puts an open case in `waiting_for_requester` (the default after a staff
 * answer: the next move is the requester's); a notice leaves the status to its command. The first
 * email to the requester written by staff records `firstResponseAt`.
 * Any command that cannot be applied (unknown, malformed, not allowed on this case, a deadline rule)
 * rejects the whole reply: nothing changes, nothing is forwarded, and the sender gets the errors back.
 *
 * Commands run only from a staff reply token: the case address the desk gave that person for that
 * case, which only their own authenticated mail can use. Staff mail matched by its In-Reply-To or
 * subject reference may file text, never command: when it has commands, the text is filed in the
 * thread (not forwarded: it was written to go with them) and the sender is told to reply to the
 * desk's own email instead.
 *
 * Requester mail DMARC did not authenticate (authorize-sender.ts) is filed marked `unauthenticated`
 * and forwarded with a warning: whoever wrote it used her case address, but From is only a claim.
 */

/** More commands than this in one reply are refused (each note is one more item in one write). */
export const MAX_COMMANDS_PER_REPLY = 20;

/** Text beyond this many characters is cut (a DynamoDB item holds 400 KB, sealed and base64-encoded). */
export const MAX_REPLY_TEXT_CHARS = 50_000;
const TRUNCATION_MARK = '\n\n[... the rest of this message was too long and has been cut]';

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
  readonly errorList?: string;
}

export interface PlannedNotification {
  readonly template: InboundTemplateName;
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
    }
  | {
      readonly kind: 'rejected';
      readonly actor: string;
      readonly errors: readonly CommandError[];
      readonly notifications: readonly PlannedNotification[];
      readonly audit: readonly PlannedAudit[];
    }
  | { readonly kind: 'empty' };

export function planReply(input: ReplyInput): ReplyPlan {
  const text = truncate(input.text);
  return input.participant.kind === 'requester'
    ? planRequesterReply({ ...input, text })
    : planStaffReply({ ...input, text }, input.participant);
}

function planRequesterReply(input: ReplyInput): ReplyPlan {
  const { record, config } = input;
  if (input.text === '' && input.attachments.length === 0) return { kind: 'empty' };
  const assignee = record.assigneeId ? memberById(config, record.assigneeId) : undefined;
  const forward = assignee
    ? {
        recipient: { role: 'member', memberId: assignee.id } as const,
        replyAs: 'assignee' as const,
        to: 'assignee',
      }
    : {
        recipient: { role: 'manager', teamId: record.teamId } as const,
        replyAs: 'manager' as const,
        to: 'manager',
      };
  // An unauthenticated reply still hands the case back to staff: that only asks them to look.
  const nextStatus = record.status === 'waiting_for_requester' ? 'assigned' : undefined;
  const unauthenticated = !input.authenticated;
  const audit: PlannedAudit[] = [
    {
      action: 'mail.filed',
      detail: {
        direction: 'from_requester',
        identifiedBy: input.identifiedBy,
        ...attachmentCounts(input),
        copied: input.copied,
        forwardedTo: forward.to,
        ...(unauthenticated ? { authenticated: false, dmarc: input.dmarcVerdict } : {}),
      },
    },
  ];
  if (nextStatus) {
    audit.push({ action: 'case.status_changed', detail: { from: record.status, to: nextStatus } });
  }
  return {
    kind: 'apply',
    actor: 'requester',
    ...(nextStatus ? { change: changeOf(record, { status: nextStatus }, config) } : {}),
    thread: [
      {
        direction: 'from_requester',
        participant: 'requester',
        content: contentOf(input.subject, input.text, input.attachments),
        ...(unauthenticated ? { unauthenticated: true as const } : {}),
      },
    ],
    notifications: [
      {
        template: 'requester-reply',
        recipient: forward.recipient,
        replyAs: forward.replyAs,
        ...(unauthenticated ? { params: { unauthenticated: true, dmarc: input.dmarcVerdict } } : {}),
        secrets: { requesterText: input.text, ...attachmentSecret(input.attachments) },
      },
    ],
    audit,
    loadMoves: [],
  };
}

/** A command with the 1-based line it stands on. */
interface PlacedCommand {
  readonly command: StaffCommand;
  readonly line: number;
}

function planStaffReply(input: ReplyInput, participant: StaffParticipant): ReplyPlan {
  const { record, config } = input;
  const actor = participantActor(participant);
  const parsed = parseStaffCommands(input.text);
  const commands = placeCommands(input.text, parsed.commands, parsed.errors);
  const body = parsed.body;
  const hasMessage = body !== '' || input.attachments.length > 0;
  if (commands.length === 0 && parsed.errors.length === 0 && !hasMessage) return { kind: 'empty' };
  if (input.identifiedBy !== 'token' && (commands.length > 0 || parsed.errors.length > 0)) {
    return planCommandsWithoutToken(input, participant, commands, parsed.errors, body, hasMessage);
  }

  const errors: CommandError[] = [...parsed.errors];
  if (commands.length + parsed.errors.length > MAX_COMMANDS_PER_REPLY) {
    errors.push({
      line: commands[MAX_COMMANDS_PER_REPLY]?.line ?? 1,
      command: '#',
      message: `At most ${MAX_COMMANDS_PER_REPLY} commands per reply.`,
    });
  }
  const find = <K extends StaffCommand['kind']>(kind: K) =>
    commands.find((placed) => placed.command.kind === kind) as
      | { command: Extract<StaffCommand, { kind: K }>; line: number }
      | undefined;
  const close = find('close');
  const refuse = find('refuse');
  const extend = find('extend');
  const assign = find('assign');
  const closing = refuse ?? close;

  if (close && refuse) {
    errors.push(commandError(refuse, '#refuse closes the case itself: use #close or #refuse, not both.'));
  }
  for (const placed of [extend, assign]) {
    if (placed && closing) {
      errors.push(commandError(placed, `#${placed.command.kind} cannot be combined with closing the case.`));
    }
  }
  if (record.status === 'closed') {
    for (const placed of [close, refuse, extend, assign]) {
      if (placed) errors.push(commandError(placed, 'The case is closed.'));
    }
  }

  let deadline: CaseDeadline | undefined;
  if (extend && record.status !== 'closed') {
    try {
      deadline = extendedDeadline(record, extend.command.months, extend.command.reason, input);
    } catch (error) {
      if (!(error instanceof DeadlineRuleError)) throw error;
      errors.push(commandError(extend, `${error.message}.`));
    }
  }
  const newAssignee = assign ? memberByEmail(config, assign.command.email) : undefined;
  if (assign && record.status !== 'closed') {
    if (!newAssignee?.active) {
      errors.push(commandError(assign, 'No active team member has that address.'));
    } else if (newAssignee.id === record.assigneeId) {
      errors.push(commandError(assign, 'The case is already assigned to that member.'));
    }
  }

  if (errors.length > 0) {
    const sorted = [...errors].sort((a, b) => a.line - b.line);
    return {
      kind: 'rejected',
      actor,
      errors: sorted,
      notifications: [
        {
          template: 'command-error',
          ...participantRecipient(participant),
          secrets: { errorList: sorted.map(formatCommandError).join('\n') },
        },
      ],
      audit: [
        {
          action: 'mail.command_rejected',
          detail: {
            identifiedBy: input.identifiedBy,
            errors: sorted.length,
            commands: [...new Set(sorted.map((error) => error.command.toLowerCase()))].join(' '),
          },
        },
      ],
    };
  }

  const at = input.now.toISOString();
  const label = participantLabel(participant);
  const set: { -readonly [K in keyof CaseFieldChanges]: CaseFieldChanges[K] } = {};
  const thread: PlannedThreadMessage[] = [];
  const notifications: PlannedNotification[] = [];
  const commandAudit: PlannedAudit[] = [];
  const loadMoves: LoadMove[] = [];
  const toRequester = { recipient: { role: 'requester' } as const, replyAs: 'requester' as const };
  const staffSecrets: InboundSecrets = {
    ...(body !== '' ? { staffText: body } : {}),
    ...attachmentSecret(input.attachments),
  };

  if (hasMessage) {
    thread.push({
      direction: 'from_staff',
      participant: label,
      content: contentOf(input.subject, body, input.attachments),
    });
  }
  for (const { command } of commands) {
    if (command.kind !== 'note') continue;
    thread.push({
      direction: 'internal',
      participant: label,
      content: { subject: 'Note', text: command.text },
    });
    commandAudit.push({ action: 'case.note_added' });
  }

  if (closing) {
    const outcome = closing.command.kind === 'refuse' ? 'refused' : (close?.command.outcome ?? 'fulfilled');
    Object.assign(set, { status: 'closed', outcome, closedAt: at });
    if (closing.command.kind === 'refuse') {
      commandAudit.push({ action: 'case.refused' });
      notifications.push({
        template: 'refusal-notice',
        ...toRequester,
        secrets: { reason: closing.command.reason, ...staffSecrets },
      });
    } else {
      notifications.push({
        template: 'case-closed',
        ...toRequester,
        params: { outcome },
        secrets: staffSecrets,
      });
    }
    commandAudit.push({ action: 'case.closed', detail: { outcome } });
    if (record.assigneeId) loadMoves.push({ memberId: record.assigneeId, delta: -1 });
  } else if (extend && deadline) {
    set.deadline = deadline;
    commandAudit.push({
      action: 'case.extended',
      detail: {
        months: extend.command.months,
        dueDate: deadline.dueDate,
        previousDueAt: record.deadline.dueAt,
      },
    });
    notifications.push({
      template: 'extension-notice',
      ...toRequester,
      params: { months: extend.command.months },
      secrets: { reason: extend.command.reason, ...staffSecrets },
    });
  } else if (hasMessage) {
    notifications.push({ template: 'staff-reply', ...toRequester, secrets: staffSecrets });
    const status = set.status ?? record.status;
    if ((OPEN_STATUSES as readonly string[]).includes(status)) set.status = 'waiting_for_requester';
  }

  if (assign && newAssignee) {
    Object.assign(set, {
      assigneeId: newAssignee.id,
      assignedAt: at,
      ...(newAssignee.teamId !== record.teamId ? { teamId: newAssignee.teamId } : {}),
    });
    if (record.status === 'received' && set.status === undefined) set.status = 'assigned';
    if (record.assigneeId) loadMoves.push({ memberId: record.assigneeId, delta: -1 });
    loadMoves.push({ memberId: newAssignee.id, delta: 1 });
    commandAudit.push({
      action: 'case.reassigned',
      detail: {
        from: record.assigneeId ?? 'none',
        to: newAssignee.id,
        ...(newAssignee.teamId !== record.teamId
          ? { fromTeamId: record.teamId, toTeamId: newAssignee.teamId }
          : {}),
      },
    });
    notifications.push({
      template: 'case-reassigned',
      recipient: { role: 'member', memberId: newAssignee.id },
      replyAs: 'assignee',
      params: { assignedBy: staffName(participant, config) },
    });
  }

  const requesterNotified = notifications.some((notification) => notification.recipient.role === 'requester');
  const firstResponseAt = requesterNotified && record.firstResponseAt === undefined ? at : undefined;
  const audit: PlannedAudit[] = [
    {
      action: 'mail.filed',
      detail: {
        direction: 'from_staff',
        identifiedBy: input.identifiedBy,
        commands: commands.length,
        ...attachmentCounts(input),
        copied: input.copied,
        forwardedTo: requesterNotified ? 'requester' : 'none',
      },
    },
    ...commandAudit,
  ];
  if (set.status && set.status !== record.status) {
    audit.push({ action: 'case.status_changed', detail: { from: record.status, to: set.status } });
  }
  if (firstResponseAt) audit.push({ action: 'case.first_response' });
  const changed = Object.keys(set).length > 0 || firstResponseAt !== undefined;
  return {
    kind: 'apply',
    actor,
    ...(changed
      ? { change: { ...changeOf(record, set, config), ...(firstResponseAt ? { firstResponseAt } : {}) } }
      : {}),
    thread,
    notifications,
    audit,
    loadMoves,
  };
}

/** Why a command did not run from mail matched by its thread or subject. */
export const COMMANDS_NEED_TOKEN =
  'Commands run only from a reply to the desk’s own email to you (its reply address names the case and you); this email reached the case by its subject or thread.';

/**
 * Staff mail matched without a token, with commands: none runs. The text is filed (not forwarded:
 * it was written to go with the commands), and the sender is told where commands work.
 */
function planCommandsWithoutToken(
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
      message: COMMANDS_NEED_TOKEN,
    })),
    ...parseErrors.map(({ line, command }) => ({ line, command, message: COMMANDS_NEED_TOKEN })),
  ].sort((a, b) => a.line - b.line);
  const notification: PlannedNotification = {
    template: 'command-error',
    ...participantRecipient(participant),
    ...(hasMessage ? { params: { textFiled: true } } : {}),
    secrets: { errorList: errors.map(formatCommandError).join('\n') },
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

/** The Art. 12(3) extension from the case's own calendar; throws a DeadlineRuleError when not allowed. */
function extendedDeadline(
  record: CaseRecord,
  months: 1 | 2,
  reason: string,
  input: Pick<ReplyInput, 'deadlinePolicy' | 'now'>,
): CaseDeadline {
  const due = extendDueDate({
    type: record.type,
    receivedAt: new Date(record.receivedAt),
    ...(record.verifiedAt ? { verifiedAt: new Date(record.verifiedAt) } : {}),
    country: record.deadline.country,
    ...(record.deadline.region ? { region: record.deadline.region } : {}),
    timeZone: record.deadline.timeZone,
    policy: input.deadlinePolicy,
    extendMonths: months,
    alreadyExtendedMonths: record.deadline.extendedMonths,
    now: input.now,
    reason,
  });
  return {
    ...record.deadline,
    dueAt: due.dueAt.toISOString(),
    dueDate: due.dueDate,
    rolledForwardFrom: due.rolledForwardFrom,
    extendedMonths: months,
    originalDueAt: record.deadline.originalDueAt,
  };
}

/**
 * Each parsed command with its line: the command block is the first run of `#` lines after leading
 * blank lines, and the commands are its lines that had no parse error, in order.
 */
function placeCommands(
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

function commandError(placed: PlacedCommand, message: string): CommandError {
  return { line: placed.line, command: `#${placed.command.kind}`, message };
}

export function formatCommandError(error: CommandError): string {
  return `Line ${error.line}, ${error.command}: ${error.message}`;
}

function changeOf(record: CaseRecord, set: CaseFieldChanges, config: DeskConfig): CaseChange {
  return {
    caseId: record.caseId,
    expect: { status: record.status, assigneeId: record.assigneeId },
    set,
    // A closed case waits for purging until its retention period ends.
    ...(set.status === 'closed' && set.closedAt
      ? { purgeAfter: purgeAfter(record, set.closedAt, config.retention) }
      : {}),
  };
}

function contentOf(
  subject: string,
  text: string,
  attachments: readonly ThreadAttachment[],
): ThreadMessageContent {
  return { subject, text, ...(attachments.length > 0 ? { attachments } : {}) };
}

function attachmentCounts({ attachments, omittedAttachments = 0 }: ReplyInput) {
  const refused = attachments.filter((attachment) => attachment.refused).length;
  return { attachments: attachments.length - refused, refusedAttachments: refused + omittedAttachments };
}

function attachmentSecret(attachments: readonly ThreadAttachment[]): InboundSecrets {
  return attachments.length > 0 ? { attachmentList: describeAttachments(attachments) } : {};
}

function memberById(config: DeskConfig, memberId: string) {
  return config.teams.flatMap((team) => team.members).find((member) => member.id === memberId);
}

/** The staff member's name, from the configuration (not personal data of the requester). */
function staffName(participant: StaffParticipant, config: DeskConfig): string {
  switch (participant.role) {
    case 'assignee':
      return memberById(config, participant.memberId)?.name ?? participant.memberId;
    case 'manager':
      return config.teams.find((team) => team.id === participant.teamId)?.manager.name ?? 'The team manager';
    case 'dpo':
      return config.dpo.name;
  }
}

function truncate(text: string): string {
  return text.length > MAX_REPLY_TEXT_CHARS
    ? `${text.slice(0, MAX_REPLY_TEXT_CHARS)}${TRUNCATION_MARK}`
    : text;
}
