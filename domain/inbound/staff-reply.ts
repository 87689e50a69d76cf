import { type BreachRegisterUpdate, breachRegisterUpdate } from '../audit/breach-register.ts';
import {
  andThen,
  answer,
  assign as assignMove,
  type CaseTransition,
  canMove,
  changeType,
  close as closeMove,
  extend as extendMove,
  pause as pauseMove,
  resume as resumeMove,
} from '../case-lifecycle.ts';
import { type CaseRecord, targetAtOf } from '../case-model.ts';
import type { DeskConfig } from '../config/desk-config.ts';
import { memberById } from '../config/member-lookups.ts';
import { purgeAfter } from '../retention/purge-after.ts';
import { participantActor, participantLabel, type StaffParticipant } from './authorize-sender.ts';
import { planCommandsWithoutToken } from './commands-without-token.ts';
import { refusalSteps } from './refusal-steps.ts';
import {
  attachmentCounts,
  attachmentSecret,
  changeOf,
  contentOf,
  type InboundSecrets,
  type LoadMove,
  type PlacedCommand,
  type PlannedAudit,
  type PlannedNotification,
  type PlannedThreadMessage,
  placeCommands,
  type ReplyInput,
  type ReplyPlan,
} from './reply-plan.ts';
import { checkStaffCommands, rejectedCommandsPlan, type StaffCommandOrigin } from './staff-command-checks.ts';
import { type CommandError, parseStaffCommands } from './staff-commands.ts';

export type { StaffCommandOrigin } from './staff-command-checks.ts';

/* A staff member's reply: its commands are lifecycle moves, its text goes to the requester (see apply-reply.ts). */

export function planStaffReply(input: ReplyInput, participant: StaffParticipant): ReplyPlan {
  const parsed = parseStaffCommands(input.text);
  const commands = placeCommands(input.text, parsed.commands, parsed.errors);
  const body = parsed.body;
  const hasMessage = body !== '' || input.attachments.length > 0;
  if (commands.length === 0 && parsed.errors.length === 0 && !hasMessage) return { kind: 'empty' };
  if (input.identifiedBy !== 'token' && (commands.length > 0 || parsed.errors.length > 0)) {
    return planCommandsWithoutToken(input, participant, commands, parsed.errors, body, hasMessage);
  }
  return planStaffCommands(input, participant, {
    commands,
    parseErrors: parsed.errors,
    body,
    origin: 'email',
  });
}

/**
 * The one implementation of the staff commands, whether written at the top of a reply or sent to
 * the staff API as an action: the checks, the lifecycle moves, the notices to the requester, the
 * audit events. `body` is the text for the requester (empty: none).
 */
export function planStaffCommands(
  input: ReplyInput,
  participant: StaffParticipant,
  given: {
    readonly commands: readonly PlacedCommand[];
    readonly parseErrors: readonly CommandError[];
    readonly body: string;
    readonly origin: StaffCommandOrigin;
  },
): ReplyPlan {
  const { record, config } = input;
  const actor = participantActor(participant);
  const { commands, body } = given;
  const hasMessage = body !== '' || input.attachments.length > 0;
  const checked = checkStaffCommands(input, commands, given.parseErrors);
  if (checked.errors.length > 0)
    return rejectedCommandsPlan(input, participant, checked.errors, given.origin);
  const { close, extend, assign, typeChange, pause, resume, closing, breach } = checked.found;
  const { clock, optOut, deadline, newAssignee } = checked;

  const at = input.now.toISOString();
  const label = participantLabel(participant);
  // The lifecycle moves of this reply, one after another, written as one change.
  let transition: CaseTransition | undefined;
  const move = (
    next: (current: Pick<CaseRecord, 'status' | 'pausedAt' | 'clockPauses'>) => CaseTransition,
  ) => {
    transition = transition ? andThen(transition, next, record) : next(record);
  };
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

  const newDeadline = clock.deadline;
  if (resume && newDeadline) {
    move((current) => resumeMove(current, { at, deadline: newDeadline }));
    commandAudit.push({
      action: 'case.resumed',
      detail: { pausedAt: record.pausedAt ?? 'unknown', dueDate: newDeadline.dueDate },
    });
  }
  if (pause) {
    move((current) => pauseMove(current, { at, dueAt: record.deadline.dueAt }));
    thread.push({
      direction: 'internal',
      participant: label,
      content: { subject: 'Deadline clock paused', text: pause.command.reason },
    });
    commandAudit.push({ action: 'case.paused' });
  }
  // The requester was told the target; the legal limit can move without it (and the other way round).
  const dueDateMoved =
    newDeadline !== undefined &&
    (newDeadline.dueDate !== record.deadline.dueDate ||
      targetAtOf(newDeadline) !== targetAtOf(record.deadline));
  if (typeChange && newDeadline) {
    const type = typeChange.command.type;
    move((current) => changeType(current, { type, deadline: newDeadline }));
    commandAudit.push({
      action: 'case.type_changed',
      detail: {
        from: record.type,
        to: type,
        dueDate: newDeadline.dueDate,
        previousDueDate: record.deadline.dueDate,
      },
    });
  }
  let suppress: { emailHash: string } | undefined;

  if (optOut) {
    // What routing does with an opt-out: suppressed, confirmed to the requester, closed as fulfilled.
    suppress = { emailHash: record.emailHash };
    move((current) =>
      closeMove(current, { outcome: 'fulfilled', at, purgeAfter: purgeAfter(record, at, config.retention) }),
    );
    commandAudit.push({ action: 'marketing.suppressed', detail: { via: 'type_change' } });
    commandAudit.push({
      action: 'case.closed',
      detail: { outcome: 'fulfilled', reason: 'marketing_opt_out' },
    });
    notifications.push({ template: 'opt-out-confirmed', ...toRequester });
    if (hasMessage) notifications.push({ template: 'staff-reply', ...toRequester, secrets: staffSecrets });
    if (record.assigneeId) loadMoves.push({ memberId: record.assigneeId, delta: -1 });
  } else if (closing) {
    const outcome = closing.command.kind === 'refuse' ? 'refused' : (close?.command.outcome ?? 'fulfilled');
    const reason = closing.command.reason;
    // Art. 12(4): the requester hears of a refusal within one month of receipt; an extension
    // (Art. 12(3)) gives more time to act, not to refuse. A later one is recorded and the DPO told.
    const refusedLate =
      reason !== undefined && input.now.getTime() > new Date(record.deadline.originalDueAt).getTime();
    // A closed case waits for purging until its retention period ends.
    move((current) =>
      closeMove(current, {
        outcome,
        at,
        purgeAfter: purgeAfter(record, at, config.retention),
        ...(refusedLate ? { refusedLate } : {}),
      }),
    );
    if (reason !== undefined) {
      const refusal = refusalSteps({
        outcome,
        reason,
        refusedLate,
        record,
        toRequester,
        staffSecrets,
        decidedBy: staffName(participant, config),
      });
      commandAudit.push(...refusal.audit);
      notifications.push(...refusal.notifications);
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
    const extended = deadline;
    move((current) => extendMove(current, extended));
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
  } else if (typeChange && dueDateMoved) {
    notifications.push({
      template: 'type-changed',
      ...toRequester,
      params: { previousTargetAt: targetAtOf(record.deadline) },
      secrets: staffSecrets,
    });
    if (hasMessage && canMove('answer', record.status)) move(answer);
  } else if (hasMessage) {
    notifications.push({ template: 'staff-reply', ...toRequester, secrets: staffSecrets });
    if (canMove('answer', record.status)) move(answer);
  }

  if (assign && newAssignee) {
    // A received case becomes assigned; otherwise the status stays (or is the answer's).
    move((current) =>
      assignMove(current, {
        at,
        assigneeId: newAssignee.id,
        ...(newAssignee.teamId !== record.teamId ? { teamId: newAssignee.teamId } : {}),
      }),
    );
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

  let breachRegister: BreachRegisterUpdate | undefined;
  if (breach.length > 0) {
    const recorded = breachRegisterUpdate(breach.map((placed) => placed.command));
    breachRegister = recorded.update;
    commandAudit.push(...recorded.audit);
  }

  const requesterNotified = notifications.some((notification) => notification.recipient.role === 'requester');
  const firstResponseAt = requesterNotified && record.firstResponseAt === undefined ? at : undefined;
  const audit: PlannedAudit[] = [
    given.origin === 'email'
      ? {
          action: 'mail.filed',
          detail: {
            direction: 'from_staff',
            identifiedBy: input.identifiedBy,
            commands: commands.length,
            ...attachmentCounts(input),
            copied: input.copied,
            forwardedTo: requesterNotified ? 'requester' : 'none',
          },
        }
      : {
          action: 'case.staff_action',
          detail: {
            via: 'api',
            commands: commands.map((placed) => placed.command.kind).join(' ') || 'reply',
            forwardedTo: requesterNotified ? 'requester' : 'none',
          },
        },
    ...commandAudit,
  ];
  const made = transition as CaseTransition | undefined;
  if (made && made.to !== record.status) {
    audit.push({ action: 'case.status_changed', detail: { from: record.status, to: made.to } });
  }
  if (firstResponseAt) audit.push({ action: 'case.first_response' });
  const changed = made !== undefined || firstResponseAt !== undefined;
  return {
    kind: 'apply',
    actor,
    ...(changed
      ? { change: { ...changeOf(record, made), ...(firstResponseAt ? { firstResponseAt } : {}) } }
      : {}),
    thread,
    notifications,
    audit,
    loadMoves,
    ...(suppress ? { suppress } : {}),
    ...(breachRegister ? { breachRegister } : {}),
  };
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
