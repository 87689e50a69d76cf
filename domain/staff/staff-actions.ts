import { createHash, randomUUID } from 'node:crypto';
import type { DeskConfig } from '../config/desk-config.ts';
import type { ContentCipher } from '../content-cipher.ts';
import type { DeadlinePolicy } from '../deadlines/index.ts';
import { ForbiddenError, StateConflictError, ValidationError } from '../errors.ts';
import type { InboundStore } from '../inbound/inbound-store.ts';
import { publishOptOut, sealPlan } from '../inbound/seal-plan.ts';
import { enqueueNotifications, type NotificationQueue } from '../notifications/notification.ts';
import type { SuppressionQueue } from '../routing/suppression-queue.ts';
import { MS_PER_DAY } from '../time-units.ts';

/** As long as an email's processed-marker (receive-mail.ts): a retried action is recognised as long. */
const ACTION_MARKER_DAYS = 30;

import { parseOrThrow } from '../validation.ts';
import { commandsOf, planStaffAction } from './staff-action-plan.ts';
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
  const planned = commandsOf(action, deps.config);
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
    const plan = planStaffAction(record, participant, planned, deps, attempt > 1);
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
