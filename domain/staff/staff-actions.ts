import { createHash, randomUUID } from 'node:crypto';
import type { DeskConfig } from '../config/desk-config.ts';
import { memberById } from '../config/member-lookups.ts';
import type { ContentCipher } from '../content-cipher.ts';
import type { DeadlinePolicy } from '../deadlines/index.ts';
import { type FieldIssue, ForbiddenError, StateConflictError, ValidationError } from '../errors.ts';
import type { InboundStore } from '../inbound/inbound-store.ts';
import type { PlacedCommand, ReplyInput } from '../inbound/reply-plan.ts';
import { publishOptOut, sealPlan } from '../inbound/seal-plan.ts';
import type { CommandError, StaffCommand } from '../inbound/staff-commands.ts';
import { OUTCOMES_NEEDING_REASON } from '../inbound/staff-commands.ts';
import { planStaffCommands } from '../inbound/staff-reply.ts';
import { enqueueNotifications, type NotificationQueue } from '../notifications/notification.ts';
import type { SuppressionQueue } from '../routing/suppression-queue.ts';
import { MS_PER_DAY } from '../time-units.ts';

/** As long as an email's processed-marker (receive-mail.ts): a retried action is recognised as long. */
const ACTION_MARKER_DAYS = 30;

import { parseOrThrow } from '../validation.ts';
import { type CaseAction, CaseActionSchema, type CaseSummary } from './staff-api-schemas.ts';
import type { StaffCaseStore } from './staff-case-store.ts';
import { caseSummary, visibleCase } from './staff-cases.ts';
import { actingParticipant, type StaffIdentity } from './staff-identity.ts';

/*
 * An action on a case through the staff API is a staff command, planned by the very function that
 * plans the commands of a staff email (planStaffCommands): the same checks, lifecycle moves, notices
 * and audit events. Only the way in differs: the JSON action becomes the command, the errors come
 * back as 400 (the request) or 409 (the case's state no longer allows it) with a field each, and
 * nothing is written for a refused action. The write is the email's write (InboundStore), with a
 * processed-marker per action: an Idempotency-Key retried applies it once; two people acting at
 * once both decide on the case as they read it, the write of the second fails its condition, and
 * it is decided again on the case as the first left it (a second close: 409, the case is closed).
 */

const MAX_ATTEMPTS = 3;

export interface StaffActionDeps {
  readonly store: StaffCaseStore;
  readonly inbound: InboundStore;
  readonly notificationQueue: NotificationQueue;
  readonly suppressionQueue: SuppressionQueue;
  readonly cipher: ContentCipher;
  readonly config: DeskConfig;
  readonly deadlinePolicy: DeadlinePolicy;
  readonly now: Date;
  readonly newId?: () => string;
  readonly onEnqueueFailure?: (error: unknown) => void;
  readonly onLoadFailure?: (memberId: string, error: unknown) => void;
}

export interface StaffActionResult {
  readonly reference: string;
  readonly action: CaseAction['action'];
  readonly duplicate?: true;
  readonly notifications: number;
  readonly case: CaseSummary;
}

/** The field of the action each command's errors are about. */
const FIELD_OF: Record<StaffCommand['kind'], string> = {
  close: 'outcome',
  refuse: 'reason',
  extend: 'months',
  assign: 'memberId',
  note: 'text',
  type: 'type',
  pause: 'action',
  resume: 'action',
  breach: 'breach',
};

/** Errors about the case as it stands rather than about the request: answered 409. */
const STATE_ERROR = /closed|already|is not paused|is paused|not confirmed|first month|cannot be paused/i;

export async function applyStaffAction(
  reference: string | undefined,
  body: unknown,
  idempotencyKey: string | undefined,
  identity: StaffIdentity,
  deps: StaffActionDeps,
): Promise<StaffActionResult> {
  const { record: first, access } = await visibleCase(reference, identity, deps);
  const action = parseOrThrow(CaseActionSchema, body ?? null);
  if (idempotencyKey !== undefined && !/^[\x21-\x7e]{1,255}$/.test(idempotencyKey)) {
    throw new ValidationError([
      { field: 'Idempotency-Key', message: 'Must be 1 to 255 visible ASCII characters (header)' },
    ]);
  }
  if (access !== 'act') {
    throw new ForbiddenError('You may read this case but not act on it: it is assigned to someone else');
  }
  const { commands, text } = commandsOf(action, deps.config);
  const at = deps.now.toISOString();
  const markerKey = createHash('sha256')
    .update(
      `staff-api|${identity.email.toLowerCase()}|${idempotencyKey ?? `${first.caseId}|${(deps.newId ?? randomUUID)()}`}`,
    )
    .digest('hex');
  const marker = {
    key: markerKey,
    processedAt: at,
    expiresAt: new Date(deps.now.getTime() + ACTION_MARKER_DAYS * MS_PER_DAY).toISOString(),
    caseId: first.caseId,
  };
  if (idempotencyKey !== undefined && (await deps.inbound.isProcessed(markerKey))) {
    return {
      reference: first.reference,
      action: action.action,
      duplicate: true,
      notifications: 0,
      case: caseSummary(first, access),
    };
  }

  let record = first;
  for (let attempt = 1; attempt <= MAX_ATTEMPTS; attempt++) {
    // The person's part on the case as it is now (an assignee who lost the case is no longer one).
    const participant = actingParticipant(identity, record);
    if (!participant) throw new ForbiddenError('You may no longer act on this case');
    const input: ReplyInput = {
      record,
      participant,
      identifiedBy: 'token',
      authenticated: true,
      dmarcVerdict: 'none',
      subject: `[${record.reference}]`,
      text,
      attachments: [],
      copied: 0,
      config: deps.config,
      deadlinePolicy: deps.deadlinePolicy,
      now: deps.now,
    };
    const plan = planStaffCommands(input, participant, {
      commands,
      parseErrors: [],
      body: text,
      origin: 'api',
    });
    if (plan.kind === 'empty') throw new ValidationError([{ field: 'text', message: 'Required' }]);
    if (plan.kind === 'rejected') throw rejection(plan.errors, commands, attempt > 1);
    const write = await sealPlan(plan, record, marker, deps);
    if (plan.suppress) await publishOptOut(record, deps);
    const outcome = await deps.inbound.recordInbound(write);
    if (outcome === 'duplicate') {
      return {
        reference: record.reference,
        action: action.action,
        duplicate: true,
        notifications: 0,
        case: caseSummary(record, access),
      };
    }
    if (outcome === 'case_changed') {
      const again = await deps.store.getCase(record.caseId);
      if (!again) throw new StateConflictError([{ field: 'action', message: 'The case is gone' }]);
      record = again;
      continue;
    }
    for (const move of plan.loadMoves) {
      await deps.inbound
        .adjustMemberLoad(move.memberId, move.delta)
        .catch((error: unknown) => deps.onLoadFailure?.(move.memberId, error));
    }
    await enqueueNotifications(write.notifications, deps.notificationQueue, deps.onEnqueueFailure);
    const after = (await deps.store.getCase(record.caseId)) ?? record;
    return {
      reference: record.reference,
      action: action.action,
      notifications: write.notifications.length,
      case: caseSummary(after, access),
    };
  }
  throw new StateConflictError([
    { field: 'action', message: 'The case kept changing: read it again and retry' },
  ]);
}

/** The staff commands an API action stands for, and the text for the requester. */
export function commandsOf(
  action: CaseAction,
  config: DeskConfig,
): { commands: PlacedCommand[]; text: string } {
  const one = (command: StaffCommand, message?: string) => ({
    commands: [{ command, line: 1 }],
    text: message ?? '',
  });
  switch (action.action) {
    case 'reply':
      return { commands: [], text: action.text };
    case 'note':
      return one({ kind: 'note', text: action.text });
    case 'assign': {
      const member = memberById(config, action.memberId);
      if (!member) throw new ValidationError([{ field: 'memberId', message: 'No team member has that id' }]);
      return one({ kind: 'assign', email: member.email.toLowerCase() }, action.message);
    }
    case 'change_type':
      return one({ kind: 'type', type: action.type }, action.message);
    case 'extend':
      return one({ kind: 'extend', months: action.months, reason: action.reason }, action.message);
    case 'pause':
      return one({ kind: 'pause', reason: action.reason }, action.message);
    case 'resume':
      return one({ kind: 'resume' }, action.message);
    case 'close': {
      const needsReason = OUTCOMES_NEEDING_REASON.has(action.outcome);
      if (needsReason && action.reason === undefined) {
        throw new ValidationError([
          {
            field: 'reason',
            message: `Closing as ${action.outcome} needs the reason, which the requester is told (GDPR Art. 12(4))`,
          },
        ]);
      }
      if (!needsReason && action.reason !== undefined) {
        throw new ValidationError([
          { field: 'reason', message: 'A reason goes only with refused or partially_fulfilled' },
        ]);
      }
      return one(
        { kind: 'close', outcome: action.outcome, ...(action.reason ? { reason: action.reason } : {}) },
        action.message,
      );
    }
    case 'refuse':
      return one({ kind: 'refuse', reason: action.reason }, action.message);
    case 'breach': {
      // One `#breach` command per decision given, planned as a reply with those lines would be.
      const decisions: StaffCommand[] = [
        ...(action.notified
          ? [{ kind: 'breach', decision: 'notified', date: action.notified } as const]
          : []),
        ...(action.notNotifiedReason
          ? [{ kind: 'breach', decision: 'not-notified', text: action.notNotifiedReason } as const]
          : []),
        ...(action.informed
          ? [{ kind: 'breach', decision: 'informed', date: action.informed } as const]
          : []),
        ...(action.notInformedReason
          ? [{ kind: 'breach', decision: 'not-informed', text: action.notInformedReason } as const]
          : []),
        ...(action.remedy ? [{ kind: 'breach', decision: 'remedy', text: action.remedy } as const] : []),
      ];
      return { commands: decisions.map((command, i) => ({ command, line: i + 1 })), text: '' };
    }
  }
}

export function rejection(
  errors: readonly CommandError[],
  commands: readonly PlacedCommand[],
  afterConflict: boolean,
) {
  const kind = commands[0]?.command.kind;
  const issues: FieldIssue[] = errors.map((error) => ({
    field: kind ? FIELD_OF[kind] : 'text',
    message: error.message,
  }));
  return afterConflict || errors.some((error) => STATE_ERROR.test(error.message))
    ? new StateConflictError(issues)
    : new ValidationError(issues);
}
