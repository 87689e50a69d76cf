import type { ChainHead, StoredAuditEvent } from './audit-chain.ts';
import type { AuditCheckpoint } from './checkpoint.ts';

/** A case's audit trail as stored: the events in storage order and the chain head beside them. */
export interface StoredAuditTrail {
  readonly caseId: string;
  readonly events: readonly StoredAuditEvent[];
  readonly head?: { readonly seq: number; readonly hash: string };
  /** Set once the case is purged: the trail is kept until then (the accountability period). */
  readonly keptUntil?: string;
}

export interface AuditTrailReader {
  readAuditTrail(caseId: string): Promise<StoredAuditTrail>;
  /** Every case with an audit chain head (an operator's full check; a scan). */
  listChainCaseIds(): Promise<string[]>;
}

/** The signed checkpoints and the chain heads waiting for the next one. */
export interface AuditCheckpointStore {
  latestCheckpoint(): Promise<AuditCheckpoint | undefined>;
  /** Chain heads changed since they were last checkpointed (byPendingStep `checkpoint`), at most `limit`. */
  listHeadsAwaitingCheckpoint(limit: number): Promise<ChainHead[]>;
  /** Writes the checkpoint unless one with its number exists (another run wrote it): false then. */
  putCheckpoint(checkpoint: AuditCheckpoint, keptUntil: string): Promise<boolean>;
  /** Takes the heads out of the waiting list, each only if it has not moved since. */
  markCheckpointed(heads: readonly ChainHead[]): Promise<void>;
  /** Every checkpoint still kept, in order. */
  listCheckpoints(): Promise<AuditCheckpoint[]>;
}

/** Signs a checkpoint with the desk's asymmetric key (KMS in AWS, a local key file locally). */
export interface CheckpointSigner {
  /** An ECDSA P-256 / SHA-256 signature (DER) over `message`, and the id of the key that made it. */
  sign(message: Uint8Array): Promise<{ readonly signature: Uint8Array; readonly keyId: string }>;
}

/** Checks checkpoint signatures: with the public key, never the private one. */
export interface CheckpointVerifier {
  verify(message: Uint8Array, signature: Uint8Array, keyId: string): Promise<boolean>;
}
