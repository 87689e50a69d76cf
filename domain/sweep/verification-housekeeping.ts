import { randomUUID } from 'node:crypto';
import { closeUnverified, verify } from '../case-lifecycle.ts';
import type { CaseRecord } from '../case-model.ts';
import type {
  CappedRequesterEmail,
  CaseReader,
  IntakeStore,
  VerificationStore,
  WaitingCase,
} from '../case-store.ts';
import { sealJson } from '../content-cipher.ts';
import { VERIFICATION_REMINDER_KEY, verificationHousekeeping } from '../escalation/index.ts';
import { hashToken, newSecretToken } from '../intake/access-token.ts';
import { admitAcknowledgement } from '../intake/acknowledgement-cap.ts';
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

  const token = action === 'remind' ? newSecretToken() : undefined;
  const notification: Notification = {
    notificationId: newId(),
    caseId: record.caseId,
    template: action === 'remind' ? 'verification-reminder' : 'closed-unverified',
    recipient: { role: 'requester' },
    createdAt: at,
    ...(token
      ? {
          sealedParams: await sealJson(deps.cipher, record.caseId, 'thread-message', {
            verificationToken: token,
          }),
        }
      : {}),
  };

  // The form emails whatever address it is given: these emails count against the same per-address
  // cap as the acknowledgements (keyed by the case's address hash), and beyond it are not sent.
  for (let attempt = 0; attempt < RECIPIENT_ATTEMPTS; attempt++) {
    const email = await cappedEmail(record, notification, deps);
    const outcome =
      action === 'remind'
        ? await store.recordVerificationReminder(record.caseId, {
            key: VERIFICATION_REMINDER_KEY,
            verification: {
              tokenHash: hashToken(token as string),
              expiresAt: new Date(
                new Date(record.receivedAt).getTime() +
                  settings.escalationLadder.closeUnverifiedAfterDays * MS_PER_DAY,
              ).toISOString(),
            },
            audit: { caseId: record.caseId, at, action: 'case.verification_reminded', actor: 'system:sweep' },
            ...email,
          })
        : await store.closeUnverified(record.caseId, {
            transition: closeUnverified(record, {
              at,
              purgeAfter: purgeAfter(record, at, settings.config.retention),
            }),
            audit: {
              caseId: record.caseId,
              at,
              action: 'case.closed',
              actor: 'system:sweep',
              detail: { outcome: 'unverified' },
            },
            ...email,
          });
    if (outcome === 'recipient_changed') continue;
    if (outcome === 'case_changed') return undefined;
    if (email.notification) await enqueueAll([email.notification], deps);
    return { action, reference: record.reference } as const;
  }
  // The address is busy (many emails to it at once): the next sweep tries again.
  return undefined;
}

/** Reads of the recipient's count per case and sweep before giving the case to the next sweep. */
const RECIPIENT_ATTEMPTS = 10;

async function cappedEmail(
  record: CaseRecord,
  notification: Notification,
  deps: SweepDeps<HousekeepingStore>,
): Promise<CappedRequesterEmail> {
  const counted = await deps.store.getRecipientAcknowledgements(record.emailHash);
  const admission = admitAcknowledgement(counted.sentAt, deps.now, deps.settings.config.intake);
  if (admission.admitted) {
    return {
      notification,
      recipientAcknowledgements: {
        key: counted.key,
        sentAt: admission.sentAt,
        version: counted.version,
        expiresAt: admission.expiresAt,
      },
    };
  }
  return {
    moreAudit: [
      {
        caseId: record.caseId,
        at: deps.now.toISOString(),
        action: 'notification.suppressed',
        actor: 'system:sweep',
        detail: { template: notification.template, reason: 'recipient_cap' },
      },
    ],
  };
}

function daysBefore(now: Date, days: number): Date {
  return new Date(now.getTime() - days * MS_PER_DAY);
}
