import { createHash } from 'node:crypto';
import type { AuditEvent } from '../case-model.ts';

/*
 * A case's audit events as a hash chain. Each event carries its sequence number in the case, the
 * hash of the event before it (the first: an anchor derived from the case id) and the SHA-256 of its
 * own canonical form. Editing an event breaks its hash; deleting or moving one breaks the sequence
 * or the link to the next; rewriting the chain from some event on is what the signed checkpoints
 * (checkpoint.ts) catch. Events hold ids, types, reasons, times and actors, never personal content.
 */

/** An audit event in its case's chain. */
export interface ChainedAuditEvent extends AuditEvent {
  /** 1, 2, 3 ... in the order the events were appended to the case. */
  readonly seq: number;
  readonly prevHash: string;
  /** SHA-256 (hex) of the canonical form of every other field. */
  readonly hash: string;
}

/** The last event of a chain: what a writer appends after, and what a checkpoint records. */
export interface ChainHead {
  readonly caseId: string;
  readonly seq: number;
  readonly hash: string;
}

const ANCHOR_LABEL = 'privacy-desk:audit-chain:v1:';

export const sha256Hex = (text: string | Uint8Array): string =>
  createHash('sha256').update(text).digest('hex');

/** The `prevHash` of a case's first event: bound to the case, so a chain cannot be moved to another. */
export const chainAnchor = (caseId: string): string => sha256Hex(`${ANCHOR_LABEL}${caseId}`);

/** JSON with the keys of every object sorted, no whitespace: the same value always gives the same text. */
export function canonicalJson(value: unknown): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value);
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  const entries = Object.entries(value as Record<string, unknown>)
    .filter(([, v]) => v !== undefined)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
}

/** The fields an event's hash covers: all of them but `hash`. */
export function hashedFields(
  event: Omit<ChainedAuditEvent, 'hash'> | ChainedAuditEvent,
): Record<string, unknown> {
  const { caseId, seq, at, action, actor, detail, prevHash } = event;
  return { caseId, seq, at, action, actor, prevHash, ...(detail !== undefined ? { detail } : {}) };
}

export const eventHash = (event: Omit<ChainedAuditEvent, 'hash'>): string =>
  sha256Hex(canonicalJson(hashedFields(event)));

/**
 * Appends `events` (all of one case, in order) after `head` (undefined: the chain is empty):
 * numbers them and links each to the one before.
 */
export function appendToChain(
  caseId: string,
  head: Pick<ChainHead, 'seq' | 'hash'> | undefined,
  events: readonly AuditEvent[],
): ChainedAuditEvent[] {
  let seq = head?.seq ?? 0;
  let prevHash = head?.hash ?? chainAnchor(caseId);
  return events.map((event) => {
    if (event.caseId !== caseId) throw new Error('appendToChain: events of another case');
    seq += 1;
    const unhashed = {
      caseId,
      seq,
      at: event.at,
      action: event.action,
      actor: event.actor,
      ...(event.detail !== undefined ? { detail: event.detail } : {}),
      prevHash,
    };
    const hash = eventHash(unhashed);
    prevHash = hash;
    return { ...unhashed, hash };
  });
}

/** One stored event as verification reads it: the fields may be missing or wrong. */
export interface StoredAuditEvent {
  /** The sequence number the storage position says (the sort key). */
  readonly position: number | undefined;
  readonly caseId?: unknown;
  readonly seq?: unknown;
  readonly at?: unknown;
  readonly action?: unknown;
  readonly actor?: unknown;
  readonly detail?: unknown;
  readonly prevHash?: unknown;
  readonly hash?: unknown;
}

export const CHAIN_BREAK_KINDS = [
  /** An event without chain fields (written around the chain). */
  'unchained',
  /** The stored hash does not match the event's content. */
  'edited',
  /** A sequence number is missing. */
  'deleted',
  /** An event is not where its sequence number says, or its link does not follow the one before. */
  'reordered',
  /** The chain ends before its head (events cut off at the end), or the head was changed. */
  'truncated',
  /** A signed checkpoint recorded an event (seq, hash) that is not there, or differs. */
  'checkpoint_mismatch',
] as const;
export type ChainBreakKind = (typeof CHAIN_BREAK_KINDS)[number];

export interface ChainBreak {
  readonly caseId: string;
  readonly kind: ChainBreakKind;
  /** The sequence number of the first broken event (where known). */
  readonly seq?: number;
  readonly action?: string;
  readonly at?: string;
  readonly message: string;
}

export interface ChainVerification {
  readonly caseId: string;
  readonly events: number;
  readonly head?: ChainHead;
  /** The first break found, in chain order; undefined when the chain is intact. */
  readonly broken?: ChainBreak;
}

/**
 * Checks a case's stored events (in storage order) against each other and against the chain head
 * stored beside them. Returns the first break: editing, deleting, moving or cutting off events each
 * shows here; a chain rewritten consistently from some event on shows only against a checkpoint.
 */
export function verifyChain(
  caseId: string,
  stored: readonly StoredAuditEvent[],
  storedHead: Pick<ChainHead, 'seq' | 'hash'> | undefined,
): ChainVerification {
  let prevHash = chainAnchor(caseId);
  let expected = 1;
  const at = (event: StoredAuditEvent) => (typeof event.at === 'string' ? event.at : undefined);
  const action = (event: StoredAuditEvent) => (typeof event.action === 'string' ? event.action : undefined);
  const broken = (
    kind: ChainBreakKind,
    event: StoredAuditEvent | undefined,
    seq: number,
    message: string,
  ) => ({
    caseId,
    events: stored.length,
    broken: {
      caseId,
      kind,
      seq,
      ...(event && action(event) ? { action: action(event) } : {}),
      ...(event && at(event) ? { at: at(event) } : {}),
      message,
    },
  });

  for (const event of stored) {
    if (
      typeof event.seq !== 'number' ||
      typeof event.hash !== 'string' ||
      typeof event.prevHash !== 'string'
    ) {
      return broken('unchained', event, expected, 'event has no chain fields (seq, prevHash, hash)');
    }
    const recomputed = eventHash({
      caseId: String(event.caseId),
      seq: event.seq,
      at: String(event.at),
      action: String(event.action),
      actor: String(event.actor),
      ...(event.detail !== undefined ? { detail: event.detail as AuditEvent['detail'] } : {}),
      prevHash: event.prevHash,
    });
    if (event.caseId !== caseId || recomputed !== event.hash) {
      return broken('edited', event, event.seq, 'stored hash does not match the event');
    }
    if (event.position !== event.seq) {
      return broken(
        'reordered',
        event,
        event.seq,
        `event ${event.seq} is stored at position ${event.position}`,
      );
    }
    if (event.seq > expected) {
      return broken(
        'deleted',
        undefined,
        expected,
        expected === event.seq - 1
          ? `event ${expected} is missing`
          : `events ${expected} to ${event.seq - 1} are missing`,
      );
    }
    if (event.seq < expected || event.prevHash !== prevHash) {
      return broken(
        'reordered',
        event,
        event.seq,
        `event ${event.seq} does not follow event ${expected - 1}`,
      );
    }
    prevHash = event.hash;
    expected += 1;
  }
  const last = expected - 1;
  const head = last > 0 ? { caseId, seq: last, hash: prevHash } : undefined;
  if (storedHead && (storedHead.seq !== last || storedHead.hash !== prevHash)) {
    return {
      ...broken(
        'truncated',
        undefined,
        last + 1,
        storedHead.seq > last
          ? `the chain head is event ${storedHead.seq}, the events end at ${last}`
          : `the chain head (event ${storedHead.seq}) does not match the last event (${last})`,
      ),
      ...(head ? { head } : {}),
    };
  }
  if (!storedHead && last > 0) {
    return { ...broken('truncated', undefined, last, 'the chain head is missing'), head };
  }
  return { caseId, events: stored.length, ...(head ? { head } : {}) };
}

/**
 * Checks a chain against heads that signed checkpoints recorded for it: each recorded event must
 * still be there with the same hash. Catches a trail deleted whole or rewritten from its start.
 */
export function verifyAgainstCheckpoints(
  caseId: string,
  stored: readonly StoredAuditEvent[],
  recorded: readonly { readonly seq: number; readonly hash: string; readonly checkpoint: number }[],
): ChainBreak | undefined {
  const bySeq = new Map<number, StoredAuditEvent>();
  for (const event of stored) if (typeof event.seq === 'number') bySeq.set(event.seq, event);
  for (const entry of [...recorded].sort((a, b) => a.seq - b.seq)) {
    const event = bySeq.get(entry.seq);
    if (!event) {
      return {
        caseId,
        kind: 'checkpoint_mismatch',
        seq: entry.seq,
        message:
          stored.length === 0
            ? `checkpoint ${entry.checkpoint} records event ${entry.seq}, but the case has no audit trail`
            : `checkpoint ${entry.checkpoint} records event ${entry.seq}, which is missing`,
      };
    }
    if (event.hash !== entry.hash) {
      return {
        caseId,
        kind: 'checkpoint_mismatch',
        seq: entry.seq,
        ...(typeof event.action === 'string' ? { action: event.action } : {}),
        ...(typeof event.at === 'string' ? { at: event.at } : {}),
        message: `event ${entry.seq} differs from what checkpoint ${entry.checkpoint} recorded`,
      };
    }
  }
  return undefined;
}
