import { MS_PER_DAY, MS_PER_MINUTE } from '../time-units.ts';
import { DEFAULT_ESCALATION_LADDER } from './default-ladder.ts';
import type { EscalationLadder } from './ladder-config.ts';

/** Recorded in the case's escalation state once the verification reminder went out. */
export const VERIFICATION_REMINDER_KEY = 'verification-reminder';

export type VerificationHousekeeping = 'remind' | 'close_unverified';

/**
 * What the sweep does with a submission whose requester has not confirmed their email yet:
 * `close_unverified` once `closeUnverifiedAfterDays` have passed since receipt (whether or not the
 * reminder went out: closing is the stronger step and supersedes it), otherwise `remind` once
 * `verificationReminderAfterDays` have passed and the reminder has not been recorded; else undefined.
 * Both thresholds are inclusive ("after 3 days" = from 3 × 24 hours after receipt). Any status other
 * than `awaiting_verification` gets undefined.
 */
export function verificationHousekeeping(
  c: { readonly status: string; readonly receivedAt: Date; readonly sentKeys: ReadonlySet<string> },
  now: Date,
  ladder: EscalationLadder = DEFAULT_ESCALATION_LADDER,
): VerificationHousekeeping | undefined {
  if (c.status !== 'awaiting_verification') return undefined;
  const elapsed = elapsedMs(c.receivedAt, now);
  if (elapsed >= ladder.closeUnverifiedAfterDays * MS_PER_DAY) return 'close_unverified';
  if (
    elapsed >= ladder.verificationReminderAfterDays * MS_PER_DAY &&
    !c.sentKeys.has(VERIFICATION_REMINDER_KEY)
  ) {
    return 'remind';
  }
  return undefined;
}

/**
 * A case still `received` (stored, not routed) more than `stuckBeforeRoutingMinutes` after receipt is
 * presumed lost between "stored" and "enqueued"; the sweep redrives it to routing.
 */
export function isStuckBeforeRouting(
  c: { readonly status: string; readonly receivedAt: Date },
  now: Date,
  ladder: EscalationLadder = DEFAULT_ESCALATION_LADDER,
): boolean {
  return (
    c.status === 'received' && elapsedMs(c.receivedAt, now) > ladder.stuckBeforeRoutingMinutes * MS_PER_MINUTE
  );
}

function elapsedMs(since: Date, now: Date): number {
  const elapsed = now.getTime() - since.getTime();
  if (Number.isNaN(elapsed)) throw new RangeError('Escalation: receivedAt or now is not a valid date');
  return elapsed;
}
