import { randomUUID } from 'node:crypto';
import type { CaseReader, EscalationStore, OpenCaseSnapshot } from '../case-store.ts';
import {
  dueEscalationSteps,
  type EscalationCase,
  type EscalationStep,
  sweepHorizon,
  unassignedCutoff,
} from '../escalation/index.ts';
import type { Notification } from '../notifications/notification.ts';
import { participantOf, stepRecipients } from '../notifications/staff-recipients.ts';
import { caseOwner } from './case-owner.ts';
import { runLimited } from './run-limited.ts';
import { enqueueAll, SWEEP_CONCURRENCY, type SweepDeps } from './sweep-deps.ts';

/** Unassigned cases read per waiting step and sweep; the rest come in the next sweep. */
const UNASSIGNED_BATCH = 200;

/** One step sent for one case, as the sweep reports it (ids and roles, never addresses). */
export interface EscalationSent {
  readonly caseId: string;
  readonly reference: string;
  readonly key: string;
  readonly level: EscalationStep['level'];
  readonly template: string;
  /** `member:<id>`, `manager:<teamId>`, `dpo`. */
  readonly recipients: readonly string[];
}

export interface EscalationRun {
  readonly sent: EscalationSent[];
  /** Cases whose steps another run recorded first, or which changed between read and write. */
  readonly skipped: number;
  /** Open cases read: due by the horizon, plus unassigned ones loaded from byPendingStep. */
  readonly casesRead: number;
  /** Open, verified cases past their due instant: the operators' alarm (metric OverdueCases). */
  readonly overdue: number;
}

/**
 * The escalation ladder over the cases that can have a step due: open cases due by
 * `sweepHorizon` (byDue, one Query per shard; overdue ones included), and cases unassigned since
 * before `unassignedCutoff` whatever their due date (byPendingStep: `route` for cases not routed,
 * `assign` for cases routing left without a member). Per case, all due steps are recorded in one
 * transaction with their outbox notifications, on condition that none is recorded yet and the case
 * has not changed; the notifications are enqueued after the commit.
 */
export async function escalateDueCases(
  deps: SweepDeps<EscalationStore & Pick<CaseReader, 'getCase'>>,
): Promise<EscalationRun> {
  const { store, now } = deps;
  const ladder = deps.settings.escalationLadder;
  const cutoff = unassignedCutoff(ladder, now);
  const [due, notRouted, notAssigned] = await Promise.all([
    store.listOpenCases(sweepHorizon(ladder, now)),
    store.listWaiting('route', cutoff, UNASSIGNED_BATCH),
    store.listWaiting('assign', cutoff, UNASSIGNED_BATCH),
  ]);
  const candidates = new Map<string, OpenCaseSnapshot>(due.map((c) => [c.caseId, c]));
  const toLoad = [...new Set([...notRouted, ...notAssigned].map((w) => w.caseId))].filter(
    (caseId) => !candidates.has(caseId),
  );
  const loaded = await runLimited(toLoad, SWEEP_CONCURRENCY, (caseId) => store.getCase(caseId));
  for (const record of loaded)
    if (record && record.status !== 'closed') candidates.set(record.caseId, record);

  const results = await runLimited([...candidates.values()], SWEEP_CONCURRENCY, (c) => escalateCase(c, deps));
  return {
    sent: results.flatMap((result) => (result === 'skipped' ? [] : result)),
    skipped: results.filter((result) => result === 'skipped').length,
    casesRead: due.length + toLoad.length,
    overdue: due.filter(
      (c) =>
        c.status !== 'awaiting_verification' && new Date(c.deadline.dueAt).getTime() < deps.now.getTime(),
    ).length,
  };
}

async function escalateCase(
  snapshot: OpenCaseSnapshot,
  deps: SweepDeps<EscalationStore & Pick<CaseReader, 'getCase'>>,
): Promise<EscalationSent[] | 'skipped'> {
  // Unverified submissions wait for the requester, not for staff: the housekeeping handles them.
  if (snapshot.status === 'awaiting_verification' || snapshot.status === 'closed') return [];
  const { config, escalationLadder } = deps.settings;
  const owner = caseOwner(snapshot, config);
  const steps = dueEscalationSteps(toEscalationCase(snapshot, owner.member?.id), deps.now, escalationLadder);
  if (steps.length === 0) return [];

  const at = deps.now.toISOString();
  const notifications: Notification[] = [];
  const sent: EscalationSent[] = [];
  for (const step of steps) {
    const recipients = stepRecipients(step.recipients, snapshot.teamId, owner.member?.id, config);
    for (const { recipient, role } of recipients) {
      notifications.push({
        notificationId: (deps.newId ?? randomUUID)(),
        caseId: snapshot.caseId,
        template: step.template,
        recipient,
        createdAt: at,
        params: { step: step.key, level: step.level, reason: step.reason, at, recipientRole: role },
      });
    }
    sent.push({
      caseId: snapshot.caseId,
      reference: snapshot.reference,
      key: step.key,
      level: step.level,
      template: step.template,
      recipients: recipients.map(({ recipient }) => participantOf(recipient)),
    });
  }
  const recorded = await deps.store.recordEscalation(snapshot.caseId, {
    keys: steps.map((step) => step.key),
    sentAtKeys: steps.flatMap((step) => (step.sentAtKey ? [step.sentAtKey] : [])),
    expected: {
      status: snapshot.status,
      teamId: snapshot.teamId,
      ...(snapshot.assigneeId === undefined ? {} : { assigneeId: snapshot.assigneeId }),
    },
    notifications,
    audit: {
      caseId: snapshot.caseId,
      at,
      action: 'case.escalated',
      actor: 'system:sweep',
      detail: {
        steps: steps.map((step) => step.key).join(','),
        recipients: [...new Set(sent.flatMap((s) => s.recipients))].join(','),
      },
    },
  });
  if (!recorded) return 'skipped';
  await enqueueAll(notifications, deps);
  return sent;
}

function toEscalationCase(c: OpenCaseSnapshot, assigneeId: string | undefined): EscalationCase {
  return {
    caseId: c.caseId,
    reference: c.reference,
    type: c.type,
    status: c.status,
    receivedAt: new Date(c.receivedAt),
    ...(c.verifiedAt ? { verifiedAt: new Date(c.verifiedAt) } : {}),
    dueAt: new Date(c.deadline.dueAt),
    originalDueAt: new Date(c.deadline.originalDueAt),
    extendedMonths: c.deadline.extendedMonths,
    ...(assigneeId ? { assigneeId } : {}),
    ...(c.firstResponseAt ? { firstResponseAt: new Date(c.firstResponseAt) } : {}),
    sentKeys: new Set(c.escalationsSent ?? []),
  };
}
