import { caseDeadlineOf } from '../case-deadline.ts';
import type { CaseDeadline } from '../case-model.ts';
import { computeDueDate, type DeadlinePolicy } from '../deadlines/index.ts';
import type { Submission } from './submission-schema.ts';

/** The deadline for the handling team's entity; under the verification policy a provisional one. */
export function intakeDeadline(
  submission: Pick<Submission, 'type'>,
  team: { country: string; timeZone: string; holidayRegion?: string },
  receivedAt: Date,
  policy: DeadlinePolicy,
  verifiedAt?: Date,
): CaseDeadline {
  // Until the requester verifies, a verification-policy clock has not started: show the date it
  // would have from receipt, and recompute it at verification.
  const provisional = policy.clockStart === 'verification' && verifiedAt === undefined;
  const due = computeDueDate({
    type: submission.type,
    receivedAt,
    verifiedAt,
    country: team.country,
    region: team.holidayRegion,
    timeZone: team.timeZone,
    policy: provisional ? { ...policy, clockStart: 'receipt' } : policy,
  });
  return caseDeadlineOf(due, {
    originalDueAt: due.dueAt,
    extendedMonths: 0,
    country: team.country,
    region: team.holidayRegion,
    timeZone: team.timeZone,
  });
}
