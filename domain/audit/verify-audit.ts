import {
  type ChainBreak,
  type ChainVerification,
  verifyAgainstCheckpoints,
  verifyChain,
} from './audit-chain.ts';
import type { AuditCheckpointStore, AuditTrailReader, CheckpointVerifier } from './audit-store.ts';
import { type CheckpointBreak, verifyCheckpoints } from './checkpoint.ts';

export interface AuditVerificationReport {
  /** Checkpoints checked (their own chain and signatures). */
  readonly checkpoints: number;
  /** The latest checkpoint's number and day, when there is one. */
  readonly latestCheckpoint?: { readonly seq: number; readonly day: string };
  readonly cases: readonly ChainVerification[];
  /** The first break: a checkpoint's, else the first case's in case id order. */
  readonly broken?: ChainBreak | (CheckpointBreak & { readonly kind: 'checkpoint_invalid' });
}

/**
 * Checks the signed checkpoints, then each case's chain (one case, or every case with a chain or
 * named by a checkpoint) against itself and against the heads the checkpoints recorded for it.
 */
export async function verifyAudit(
  deps: {
    readonly trails: AuditTrailReader;
    readonly checkpoints: Pick<AuditCheckpointStore, 'listCheckpoints'>;
    readonly verifier: CheckpointVerifier;
  },
  scope: { readonly caseId: string } | 'all',
): Promise<AuditVerificationReport> {
  const checkpoints = await deps.checkpoints.listCheckpoints();
  const latest = checkpoints[checkpoints.length - 1];
  const summary = {
    checkpoints: checkpoints.length,
    ...(latest ? { latestCheckpoint: { seq: latest.seq, day: latest.day } } : {}),
  };
  const checkpointBreak = await verifyCheckpoints(checkpoints, deps.verifier);

  const recorded = new Map<string, { seq: number; hash: string; checkpoint: number }[]>();
  for (const checkpoint of checkpoints) {
    for (const head of checkpoint.heads) {
      const list = recorded.get(head.caseId) ?? [];
      list.push({ seq: head.seq, hash: head.hash, checkpoint: checkpoint.seq });
      recorded.set(head.caseId, list);
    }
  }
  const caseIds =
    scope === 'all'
      ? [...new Set([...(await deps.trails.listChainCaseIds()), ...recorded.keys()])].sort()
      : [scope.caseId];

  const cases: ChainVerification[] = [];
  for (const caseId of caseIds) {
    const trail = await deps.trails.readAuditTrail(caseId);
    const own = verifyChain(caseId, trail.events, trail.head);
    const againstCheckpoints = own.broken
      ? undefined
      : verifyAgainstCheckpoints(caseId, trail.events, recorded.get(caseId) ?? []);
    cases.push(againstCheckpoints ? { ...own, broken: againstCheckpoints } : own);
  }
  const firstCaseBreak = cases.find((result) => result.broken)?.broken;
  const broken = checkpointBreak
    ? { kind: 'checkpoint_invalid' as const, ...checkpointBreak }
    : firstCaseBreak;
  return { ...summary, cases, ...(broken ? { broken } : {}) };
}

/** One line per finding, for people: the first break names the case, the event and what is wrong. */
export function describeBreak(
  broken: NonNullable<AuditVerificationReport['broken']>,
  reference?: string,
): string {
  if (broken.kind === 'checkpoint_invalid') return `checkpoint ${broken.checkpoint}: ${broken.message}`;
  const which = reference ? `${reference} (case ${broken.caseId})` : `case ${broken.caseId}`;
  const event =
    broken.seq !== undefined
      ? ` event ${broken.seq}${broken.action ? ` (${broken.action}${broken.at ? ` at ${broken.at}` : ''})` : ''}`
      : '';
  return `${which}${event}: ${broken.kind}: ${broken.message}`;
}
