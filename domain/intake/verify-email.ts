import { verify } from '../case-lifecycle.ts';
import type { CaseReader, IntakeStore, RouteQueue } from '../case-store.ts';
import type { DeskSettings } from '../desk-settings.ts';
import { NotFoundError } from '../errors.ts';
import type { Language } from '../request-types.ts';
import { teamById } from '../routing/select-team.ts';
import { hashToken } from './access-token.ts';
import { intakeDeadline } from './intake-deadline.ts';

export type VerifyOutcome = 'verified' | 'already_verified';

export interface VerifyResult {
  readonly outcome: VerifyOutcome;
  readonly reference: string;
  readonly dueAt: string;
  readonly dueDate: string;
  /** The date shown to the requester (the legal limit is `dueDate`). */
  readonly targetDate: string;
  /** The case's language, for the page a browser gets. */
  readonly language: Language;
}

/**
 * The requester opened the verification link: the case leaves awaiting_verification and goes to the
 * router. Under the verification clock policy the deadline is recomputed from now. Opening the link
 * twice is harmless. An unknown or expired token is a 404 (no hint which).
 */
export async function verifyEmail(
  token: string | undefined,
  deps: {
    store: Pick<IntakeStore, 'findVerification' | 'markVerified'> & Pick<CaseReader, 'getCase'>;
    routeQueue: RouteQueue;
    settings: DeskSettings;
    now: Date;
    onEnqueueFailure?: (error: unknown) => void;
  },
): Promise<VerifyResult> {
  const entry = token ? await deps.store.findVerification(hashToken(token)) : undefined;
  if (!entry || new Date(entry.expiresAt) <= deps.now)
    throw new NotFoundError('Unknown or expired verification link');
  const record = await deps.store.getCase(entry.caseId);
  if (!record) throw new NotFoundError('Unknown or expired verification link');
  if (record.status !== 'awaiting_verification') {
    return {
      outcome: 'already_verified',
      reference: record.reference,
      dueAt: record.deadline.dueAt,
      dueDate: record.deadline.dueDate,
      targetDate: record.deadline.targetDate ?? record.deadline.dueDate,
      language: record.language,
    };
  }
  const at = deps.now.toISOString();
  const team = teamById(deps.settings.config, record.teamId);
  const deadline =
    deps.settings.deadlinePolicy.clockStart === 'verification' && team
      ? intakeDeadline(record, team, new Date(record.receivedAt), deps.settings.deadlinePolicy, deps.now)
      : record.deadline;
  const changed = await deps.store.markVerified(record.caseId, {
    transition: verify(record, { at, deadline }),
    audit: { caseId: record.caseId, at, action: 'case.verified', actor: 'requester' },
    notifications: [],
  });
  if (changed) {
    try {
      await deps.routeQueue.enqueue(record.caseId);
    } catch (error) {
      deps.onEnqueueFailure?.(error);
    }
  }
  return {
    outcome: changed ? 'verified' : 'already_verified',
    reference: record.reference,
    dueAt: deadline.dueAt,
    dueDate: deadline.dueDate,
    targetDate: deadline.targetDate ?? deadline.dueDate,
    language: record.language,
  };
}
