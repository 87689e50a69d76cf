/** Escalation (DOMAIN.md, "Escalation"): which steps are due, digests and housekeeping. Pure, no AWS. */
export {
  buildManagerDigest,
  DIGEST_DUE_SOON_DAYS,
  type DigestCase,
  type DigestLine,
  digestKey,
  digestRanges,
  localDateIn,
  type ManagerDigest,
} from './digest.ts';
export {
  isStuckBeforeRouting,
  VERIFICATION_REMINDER_KEY,
  type VerificationHousekeeping,
  verificationHousekeeping,
} from './housekeeping.ts';
export {
  dueEscalationSteps,
  ESCALATION_CASE_STATUSES,
  ESCALATION_LEVELS,
  ESCALATION_TEMPLATE_NAMES,
  type EscalationCase,
  type EscalationCaseStatus,
  type EscalationLevel,
  type EscalationRecipient,
  type EscalationStep,
  type EscalationTemplate,
  escalationKey,
  sweepHorizon,
  unassignedCutoff,
} from './ladder.ts';
export { DEFAULT_ESCALATION_LADDER, type EscalationLadder, EscalationLadderSchema } from './ladder-config.ts';
