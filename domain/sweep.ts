import { writeDailyCheckpoint } from './audit/checkpoint.ts';
import { type DpoDigestRun, sendDpoDigest } from './sweep/dpo-digest.ts';
import { type EscalationSent, escalateDueCases } from './sweep/escalate-due-cases.ts';
import { type DigestRun, sendManagerDigests } from './sweep/manager-digests.ts';
import { purgeClosedCases } from './sweep/purge-closed-cases.ts';
import { type GivenUpRedrive, redriveStuckWork } from './sweep/redrive-stuck-work.ts';
import type { SweepDeps } from './sweep/sweep-deps.ts';
import { verificationHousekeepingRun } from './sweep/verification-housekeeping.ts';

export type { GivenUpRedrive } from './sweep/redrive-stuck-work.ts';
export type { SweepDeps } from './sweep/sweep-deps.ts';

export interface SweepReport {
  readonly at: string;
  /** Cases re-enqueued to routing (stuck before routing longer than the ladder allows). */
  readonly redriven: readonly string[];
  readonly notificationsRedriven: number;
  /**
   * Cases and notifications re-driven `maxRedriveAttempts` times and still stuck: no longer
   * re-driven, recorded on the case; the operators' alarm counts them (metric RedrivesGivenUp).
   */
  readonly redrivesGivenUp: readonly GivenUpRedrive[];
  /** Escalation steps recorded and put in the outbox in this run: key, case reference, recipients. */
  readonly escalations: readonly EscalationSent[];
  /** Cases whose steps another run recorded first, or which changed between read and write. */
  readonly escalationsSkipped: number;
  /** Open cases the escalation read (due by the horizon, plus unassigned ones). */
  readonly casesRead: number;
  /** Open, verified cases past their due instant at this sweep's time. */
  readonly overdueCases: number;
  readonly verificationReminders: readonly string[];
  readonly closedUnverified: readonly string[];
  /** Waiting cases of a type that needs no verification (an opt-out), sent on to routing. */
  readonly startedWithoutVerification: readonly string[];
  readonly digests: readonly DigestRun[];
  /** The DPO's weekly digest, in the run that sent it. */
  readonly dpoDigest?: DpoDigestRun;
  /** Ids of the closed cases purged in this run (retention ended); statistics and audit chain stay. */
  readonly purged: readonly string[];
  /** Signed audit checkpoints written in this run (the first run of a UTC day): number, heads recorded. */
  readonly auditCheckpoints?: readonly { readonly seq: number; readonly heads: number }[];
}

/**
 * The scheduled sweep, as of `deps.now` (the schedule's time):
 * 1. re-enqueues cases stuck before routing, and outbox notifications still unsent, after ten minutes
 *    (what makes a crash between a write and its enqueue harmless; both consumers are idempotent),
 *    and gives up, with an audit event and an alarm, on what was re-driven too often already;
 * 2. climbs the escalation ladder for the cases with a step due (assignee, team manager, DPO);
 * 3. reminds requesters who have not verified their email, and closes those who never do;
 * 4. sends each team manager's daily digest, and on Mondays the DPO's weekly one (in a run that has
 *    no daily digest left to send, so the two never share one run's reads);
 * 5. purges the closed cases whose retention period has ended, keeping anonymous statistics;
 * 6. once a day, signs a checkpoint over the audit chain heads changed since the last one.
 * Every email is an outbox entry written with the state change that records it, once per step.
 */
export async function sweep(deps: SweepDeps): Promise<SweepReport> {
  const { now } = deps;
  const redrive = await redriveStuckWork(deps);
  const escalation = await escalateDueCases(deps);
  const housekeeping = await verificationHousekeepingRun(deps);
  const digests = await sendManagerDigests(deps);
  const dpoDigest = digests.length === 0 ? await sendDpoDigest(deps) : undefined;
  const purged = await purgeClosedCases(deps);
  const checkpoints = deps.auditCheckpoints
    ? await writeDailyCheckpoint({
        ...deps.auditCheckpoints,
        now,
        accountabilityMonths: deps.settings.config.retention.accountabilityMonths,
      })
    : undefined;
  return {
    at: now.toISOString(),
    redriven: [...redrive.routed],
    notificationsRedriven: redrive.notifications,
    redrivesGivenUp: redrive.givenUp,
    escalations: escalation.sent,
    escalationsSkipped: escalation.skipped,
    casesRead: escalation.casesRead,
    overdueCases: escalation.overdue,
    verificationReminders: housekeeping.reminded,
    closedUnverified: housekeeping.closed,
    startedWithoutVerification: housekeeping.started,
    digests,
    ...(dpoDigest ? { dpoDigest } : {}),
    purged,
    ...(checkpoints && checkpoints.written.length > 0 ? { auditCheckpoints: checkpoints.written } : {}),
  };
}
