import { addMonthsClamped } from '../deadlines/calendar.ts';
import { type ChainHead, canonicalJson, sha256Hex } from './audit-chain.ts';
import type { AuditCheckpointStore, CheckpointSigner, CheckpointVerifier } from './audit-store.ts';

/*
 * A signed checkpoint: once a day the sweep records the head (case id, seq, hash) of every chain
 * that changed since the last checkpoint, links the checkpoint to the one before (its hash) and signs
 * it with an asymmetric key only the sweep may use. Someone who can write the table can rewrite a
 * case's chain consistently, or delete it whole; they cannot make a checkpoint the key did not sign,
 * so a head a checkpoint recorded that is no longer in its chain shows the change.
 */

export const CHECKPOINT_ALGORITHM = 'ECDSA_SHA_256';

/** Chain heads per checkpoint: a checkpoint is one DynamoDB item (400 KB). More make more checkpoints. */
export const MAX_HEADS_PER_CHECKPOINT = 2000;
/** Checkpoints one sweep writes at most; heads left wait for the next day's. */
export const MAX_CHECKPOINTS_PER_RUN = 10;

export interface AuditCheckpoint {
  /** 1, 2, 3 ... */
  readonly seq: number;
  /** The UTC day of the sweep that wrote it. */
  readonly day: string;
  readonly createdAt: string;
  /** The hash of the checkpoint before; the first: an anchor. */
  readonly prevHash: string;
  /** Sorted by case id. */
  readonly heads: readonly ChainHead[];
  /** SHA-256 over the heads' canonical form. */
  readonly digest: string;
  /** SHA-256 of the signed form (signedForm): what the signature is over. */
  readonly hash: string;
  readonly keyId: string;
  readonly algorithm: typeof CHECKPOINT_ALGORITHM;
  /** Base64 DER ECDSA signature. */
  readonly signature: string;
}

export const CHECKPOINT_ANCHOR = sha256Hex('privacy-desk:audit-checkpoints:v1');

export const headsDigest = (heads: readonly ChainHead[]): string => sha256Hex(canonicalJson(heads));

/** The bytes a checkpoint's signature covers. */
export function signedForm(
  checkpoint: Pick<AuditCheckpoint, 'seq' | 'day' | 'createdAt' | 'prevHash' | 'digest' | 'heads'>,
): Uint8Array {
  const { seq, day, createdAt, prevHash, digest } = checkpoint;
  return new TextEncoder().encode(
    canonicalJson({ seq, day, createdAt, prevHash, digest, headCount: checkpoint.heads.length }),
  );
}

/** Makes and signs the checkpoint after `previous` over `heads`. */
export async function makeCheckpoint(
  previous: Pick<AuditCheckpoint, 'seq' | 'hash'> | undefined,
  heads: readonly ChainHead[],
  signer: CheckpointSigner,
  now: Date,
): Promise<AuditCheckpoint> {
  const sorted = [...heads]
    .map(({ caseId, seq, hash }) => ({ caseId, seq, hash }))
    .sort((a, b) => (a.caseId < b.caseId ? -1 : a.caseId > b.caseId ? 1 : 0));
  const unsigned = {
    seq: (previous?.seq ?? 0) + 1,
    day: now.toISOString().slice(0, 10),
    createdAt: now.toISOString(),
    prevHash: previous?.hash ?? CHECKPOINT_ANCHOR,
    heads: sorted,
    digest: headsDigest(sorted),
  };
  const message = signedForm(unsigned);
  const { signature, keyId } = await signer.sign(message);
  return {
    ...unsigned,
    hash: sha256Hex(message),
    keyId,
    algorithm: CHECKPOINT_ALGORITHM,
    signature: Buffer.from(signature).toString('base64'),
  };
}

/** The end of the UTC day `months` calendar months after `from`: when accountability records expire. */
export const keptFor = (from: Date, months: number): string =>
  `${addMonthsClamped(from.toISOString().slice(0, 10), months)}T23:59:59.999Z`;

export interface CheckpointRun {
  /** The checkpoints written in this run (numbers), with the heads each recorded. */
  readonly written: readonly { readonly seq: number; readonly heads: number }[];
}

/**
 * The sweep's daily checkpoint: the first run of a UTC day writes one (more when more than
 * MAX_HEADS_PER_CHECKPOINT chains changed), even with no chain changed, so the checkpoints' own
 * chain shows the days. Another run that wrote the same number first wins; this one stops.
 */
export async function writeDailyCheckpoint(deps: {
  readonly store: AuditCheckpointStore;
  readonly signer: CheckpointSigner;
  readonly now: Date;
  /** How long checkpoints are kept: the accountability period. */
  readonly accountabilityMonths: number;
}): Promise<CheckpointRun> {
  const { store, signer, now } = deps;
  let previous = await store.latestCheckpoint();
  const today = now.toISOString().slice(0, 10);
  if (previous && previous.day >= today) return { written: [] };
  const keptUntil = keptFor(now, deps.accountabilityMonths);
  const written: { seq: number; heads: number }[] = [];
  for (let run = 0; run < MAX_CHECKPOINTS_PER_RUN; run++) {
    const heads = await store.listHeadsAwaitingCheckpoint(MAX_HEADS_PER_CHECKPOINT);
    if (run > 0 && heads.length === 0) break;
    const checkpoint = await makeCheckpoint(previous, heads, signer, now);
    if (!(await store.putCheckpoint(checkpoint, keptUntil))) break;
    await store.markCheckpointed(heads);
    written.push({ seq: checkpoint.seq, heads: heads.length });
    previous = checkpoint;
    if (heads.length < MAX_HEADS_PER_CHECKPOINT) break;
  }
  return { written };
}

export interface CheckpointBreak {
  readonly checkpoint: number;
  readonly message: string;
}

/**
 * Checks the checkpoints' own chain and signatures, in order. The first one kept may follow
 * checkpoints that expired with the accountability period; after it, none may be missing.
 */
export async function verifyCheckpoints(
  checkpoints: readonly AuditCheckpoint[],
  verifier: CheckpointVerifier,
): Promise<CheckpointBreak | undefined> {
  let previous: AuditCheckpoint | undefined;
  for (const checkpoint of [...checkpoints].sort((a, b) => a.seq - b.seq)) {
    const fail = (message: string) => ({ checkpoint: checkpoint.seq, message });
    if (headsDigest(checkpoint.heads) !== checkpoint.digest) return fail('its heads do not match its digest');
    const message = signedForm(checkpoint);
    if (sha256Hex(message) !== checkpoint.hash) return fail('its hash does not match its content');
    if (previous) {
      if (checkpoint.seq !== previous.seq + 1) {
        return fail(`checkpoint ${previous.seq + 1} is missing`);
      }
      if (checkpoint.prevHash !== previous.hash) return fail(`it does not follow checkpoint ${previous.seq}`);
    } else if (checkpoint.seq === 1 && checkpoint.prevHash !== CHECKPOINT_ANCHOR) {
      return fail('the first checkpoint does not start from the anchor');
    }
    const valid = await verifier
      .verify(message, Buffer.from(checkpoint.signature, 'base64'), checkpoint.keyId)
      .catch(() => false);
    if (!valid) return fail('its signature does not verify');
    previous = checkpoint;
  }
  return undefined;
}
