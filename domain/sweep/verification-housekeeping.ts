import { randomUUID } from 'node:crypto';
import { closeUnverified, verify } from '../case-lifecycle.ts';
import type { CaseReader, IntakeStore, VerificationStore, WaitingCase } from '../case-store.ts';
import { sealJson } from '../content-cipher.ts';
import { VERIFICATION_REMINDER_KEY, verificationHousekeeping } from '../escalation/index.ts';
import { hashToken, newSecretToken } from '../intake/access-token.ts';
import type { Notification } from '../notifications/notification.ts';
import { requiresVerification } from '../request-types.ts';
import { purgeAfter } from '../retention/purge-after.ts';
import { MS_PER_DAY } from '../time-units.ts';
import { runLimited } from './run-limited.ts';
import { enqueueAll, SWEEP_CONCURRENCY, type SweepDeps } from './sweep-deps.ts';

/** Unverified submissions handled per step and sweep; the rest come in the next sweep. */
const HOUSEKEEPING_BATCH = 200;

export interface HousekeepingRun {
  /** References of the cases whose requester got the reminder. */
  readonly reminded: string[];
  /** References of the cases closed as unverified. */
  readonly closed: string[];
  /**
   * References of waiting cases whose type no longer needs verification (a marketing opt-out or a
   * processor overview stored before that rule): sent on to routing instead of being closed.
   */
  readonly started: string[];
}

type HousekeepingStore = VerificationStore & Pick<CaseReader, 'getCase'> & Pick<IntakeStore, 'markVerified'>;

/**
 * Unverified submissions, found by age in byPendingStep: `verify` (not reminded yet) older than the
 * reminder period, `close-unverified` (reminded) older than the closing period. A reminder carries a
 * fresh verification link (the token is sealed into the notification, only its hash is stored) valid
 * until the case would be closed; a case past the closing period is closed as `unverified`, with a
 * notice to the requester, whether or not it was reminded. Both are conditional on the case still
 * awaiting verification, so a requester who verifies meanwhile is never reminded or closed.
 */
export async function verificationHousekeepingRun(
  deps: SweepDeps<HousekeepingStore>,
): Promise<HousekeepingRun> {
  const { store, now } = deps;
  const ladder = deps.settings.escalationLadder;
  const [notReminded, reminded] = await Promise.all([
    store.listWaiting('verify', daysBefore(now, ladder.verificationReminderAfterDays), HOUSEKEEPING_BATCH),
    store.listWaiting(
      'close-unverified',
      daysBefore(now, ladder.closeUnverifiedAfterDays),
      HOUSEKEEPING_BATCH,
    ),
  ]);
  const work = [
    ...notReminded.map((waiting) => ({ waiting, remindedAlready: false })),
    ...reminded.map((waiting) => ({ waiting, remindedAlready: true })),
  ];
  const results = await runLimited(work, SWEEP_CONCURRENCY, ({ waiting, remindedAlready }) =>
    houseKeep(waiting, remindedAlready, deps),
  );
  return {
    reminded: results.flatMap((r) => (r?.action === 'remind' ? [r.reference] : [])),
    closed: results.flatMap((r) => (r?.action === 'close_unverified' ? [r.reference] : [])),
    started: results.flatMap((r) => (r?.action === 'start' ? [r.reference] : [])),
  };
}

async function houseKeep(waiting: WaitingCase, remindedAlready: boolean, deps: SweepDeps<HousekeepingStore>) {
  const { store, now, settings } = deps;
  const action = verificationHousekeeping(
    {
      status: 'awaiting_verification',
      receivedAt: new Date(waiting.since),
      sentKeys: new Set(remindedAlready ? [VERIFICATION_REMINDER_KEY] : []),
    },
    now,
    settings.escalationLadder,
  );
  if (action === undefined) return undefined;
  const record = await store.getCase(waiting.caseId);
  if (record?.status !== 'awaiting_verification') return undefined;
  const at = now.toISOString();
  const newId = deps.newId ?? randomUUID;

  if (!requiresVerification(record.type)) {
    // Never discarded for want of a verification it does not need: an opt-out is still honoured.
    const started = await store.markVerified(record.caseId, {
      transition: verify(record, { at, deadline: record.deadline }),
      audit: {
        caseId: record.caseId,
        at,
        action: 'case.started_without_verification',
        actor: 'system:sweep',
        detail: { type: record.type },
      },
      notifications: [],
    });
    if (!started) return undefined;
    try {
      await deps.routeQueue.enqueue(record.caseId);
    } catch (error) {
      // The case waits in byPendingStep `route`: the re-drive of stuck routing picks it up.
      deps.onEnqueueFailure?.('route', error);
    }
    return { action: 'start', reference: record.reference } as const;
  }

  if (action === 'remind') {
    const token = newSecretToken();
    const notification: Notification = {
      notificationId: newId(),
      caseId: record.caseId,
      template: 'verification-reminder',
      recipient: { role: 'requester' },
      createdAt: at,
      sealedParams: await sealJson(deps.cipher, record.caseId, 'thread-message', {
        verificationToken: token,
      }),
    };
    const closesAt = new Date(
      new Date(record.receivedAt).getTime() + settings.escalationLadder.closeUnverifiedAfterDays * MS_PER_DAY,
    );
    const done = await store.recordVerificationReminder(record.caseId, {
      key: VERIFICATION_REMINDER_KEY,
      verification: { tokenHash: hashToken(token), expiresAt: closesAt.toISOString() },
      notification,
      audit: { caseId: record.caseId, at, action: 'case.verification_reminded', actor: 'system:sweep' },
    });
    if (!done) return undefined;
    await enqueueAll([notification], deps);
    return { action, reference: record.reference } as const;
  }

  const notification: Notification = {
    notificationId: newId(),
    caseId: record.caseId,
    template: 'closed-unverified',
    recipient: { role: 'requester' },
    createdAt: at,
  };
  const done = await store.closeUnverified(record.caseId, {
    transition: closeUnverified(record, {
      at,
      purgeAfter: purgeAfter(record, at, settings.config.retention),
    }),
    notification,
    audit: {
      caseId: record.caseId,
      at,
      action: 'case.closed',
      actor: 'system:sweep',
      detail: { outcome: 'unverified' },
    },
  });
  if (!done) return undefined;
  await enqueueAll([notification], deps);
  return { action, reference: record.reference } as const;
}

function daysBefore(now: Date, days: number): Date {
  return new Date(now.getTime() - days * MS_PER_DAY);
}
