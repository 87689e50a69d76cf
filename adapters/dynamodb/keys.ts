import { createHash } from 'node:crypto';

/*
 * Single-table key layout. Every item of a case shares pk = CASE#<id> (the case, its audit trail,
 * its thread, its outbox), so a case is one Query away and can be purged as a unit. Lookup items
 * have their own partitions: REF#<reference>, VERIFY#<token hash>, ONCE#<marker hash>,
 * RECIPIENT#<address hash>.
 */

/** Partitions per sparse index; spreads the writes of a busy hour over several partitions. */
export const INDEX_SHARDS = 8;

export const CASE_SK = 'CASE';
export const caseKey = (caseId: string) => ({ pk: `CASE#${caseId}`, sk: CASE_SK }) as const;
export const casePartition = (caseId: string) => `CASE#${caseId}`;
export const auditSortKey = (at: string, seq: string) => `AUDIT#${at}#${seq}`;
/** An event of the case's audit chain, by its sequence number (sorts in chain order). */
export const chainedAuditSortKey = (seq: number) => `AUDIT#${String(seq).padStart(10, '0')}`;
/** The sequence number a chained event's sort key says; undefined for anything else. */
export function auditPositionOf(sk: unknown): number | undefined {
  if (typeof sk !== 'string') return undefined;
  const match = /^AUDIT#(\d{10})$/.exec(sk);
  return match ? Number(match[1]) : undefined;
}
/** The head of a case's audit chain (last seq and hash), beside its events. */
export const AUDIT_HEAD_SK = 'AUDITHEAD';
export const auditHeadKey = (caseId: string) => ({ pk: casePartition(caseId), sk: AUDIT_HEAD_SK }) as const;
/** The sort-key prefix of a case's thread messages. */
export const THREAD_PREFIX = 'MSG#';
export const threadSortKey = (at: string, messageId: string) => `${THREAD_PREFIX}${at}#${messageId}`;
export const notificationKey = (caseId: string, notificationId: string) =>
  ({ pk: casePartition(caseId), sk: `NOTIFY#${notificationId}` }) as const;

/** The ids of an outbox item from its keys (every index projects the table's keys). */
export function notificationIdsOf(key: {
  pk?: unknown;
  sk?: unknown;
}): { caseId: string; notificationId: string } | undefined {
  const { pk, sk } = key;
  if (typeof pk !== 'string' || typeof sk !== 'string') return undefined;
  if (!pk.startsWith('CASE#') || !sk.startsWith('NOTIFY#')) return undefined;
  return { caseId: pk.slice('CASE#'.length), notificationId: sk.slice('NOTIFY#'.length) };
}
export const referenceKey = (reference: string) => ({ pk: `REF#${reference}`, sk: 'REF' }) as const;
export const verificationKey = (tokenHash: string) => ({ pk: `VERIFY#${tokenHash}`, sk: 'VERIFY' }) as const;
export const onceKey = (kind: 'dedup' | 'idem', key: string) =>
  ({ pk: `ONCE#${kind}#${key}`, sk: 'ONCE' }) as const;
/** Acknowledgements recently sent to one address, by a keyed hash of the address (expires by TTL). */
export const recipientAcknowledgementsKey = (recipientKey: string) =>
  ({ pk: `RECIPIENT#${recipientKey}`, sk: 'ACKNOWLEDGEMENTS' }) as const;

export function shardOf(id: string): number {
  return createHash('sha256').update(id).digest().readUInt32BE(0) % INDEX_SHARDS;
}

export const openPartition = (shard: number) => `OPEN#${shard}`;

/**
 * The deadline indexes share their sort key, gsi1sk (domain/case-lifecycle.ts DEADLINE_INDEXES):
 * byDue is gsi1pk + gsi1sk, byTeam is teamId + gsi1sk. A case whose clock runs has both attributes,
 * gsi1sk = <dueAt ISO>#<caseId>; a paused one only gsi1sk, prefixed so that it sorts after every due
 * instant of its team (ISO instants start with a digit): a range of instants never holds it, and the
 * key alone says it is paused (byTeam projects no pausedAt). A closed case has neither.
 */
export const PAUSED_SORT_PREFIX = 'PAUSED#';

/** Attributes that put an open case whose clock runs into byDue and byTeam. */
export const openIndexAttributes = (caseId: string, dueAt: string) => ({
  gsi1pk: openPartition(shardOf(caseId)),
  gsi1sk: `${dueAt}#${caseId}`,
});

/** byTeam's sort key of a paused case (it has no gsi1pk: out of byDue). */
export const pausedSortKey = (caseId: string, dueAt: string) => `${PAUSED_SORT_PREFIX}${dueAt}#${caseId}`;

/** Whether a byTeam sort key is a paused case's. */
export const isPausedSortKey = (gsi1sk: unknown) =>
  typeof gsi1sk === 'string' && gsi1sk.startsWith(PAUSED_SORT_PREFIX);

/**
 * The key condition on gsi1sk for the cases due in a range and, optionally, of one clock state
 * (undefined: both): running cases sort before PAUSED_SORT_PREFIX, paused ones after it, so a range
 * of due instants, open-ended or not, never holds a paused case.
 */
export function deadlineSortKeyCondition(
  due: { readonly notBefore?: Date; readonly before?: Date } | undefined,
  clock?: 'running' | 'paused',
): { readonly condition: string; readonly values: Record<string, string> } {
  const { notBefore, before } = due ?? {};
  if (clock === 'paused') {
    // The domain never asks for paused cases in a range of due instants: they are never due.
    if (notBefore || before) throw new RangeError('A paused case has no running deadline to range over');
    return { condition: ' AND begins_with(gsi1sk, :paused)', values: { ':paused': PAUSED_SORT_PREFIX } };
  }
  // gsi1sk = <dueAt ISO>#<caseId>: the bare instant sorts before every key of that instant, so
  // `>= notBefore` takes cases due at it and `< before` leaves them out; PAUSED_SORT_PREFIX ends an
  // open range before the paused cases.
  const upper = before
    ? before.toISOString()
    : notBefore || clock === 'running'
      ? PAUSED_SORT_PREFIX
      : undefined;
  if (upper === undefined) return { condition: '', values: {} };
  return notBefore
    ? {
        condition: ' AND gsi1sk BETWEEN :from AND :to',
        values: { ':from': notBefore.toISOString(), ':to': upper },
      }
    : { condition: ' AND gsi1sk < :to', values: { ':to': upper } };
}

/**
 * Steps a case (or notification) waits for, each its own sparse partition of byPendingStep:
 * `route` stored, not yet routed; `notify` outbox entry not yet sent; `assign` routed without an
 * eligible member (written by routing); `verify` awaiting email verification, not yet reminded;
 * `close-unverified` reminded, waiting to be closed as unverified; `purge` closed, waiting for its
 * retention period to end (the sort key starts with the purge instant, not the time it entered);
 * `checkpoint` an audit chain head changed since the last signed checkpoint.
 */
export type PendingStep =
  | 'route'
  | 'notify'
  | 'assign'
  | 'verify'
  | 'close-unverified'
  | 'purge'
  | 'checkpoint';
export const pendingPartition = (step: PendingStep, shard: number) => `PENDING#${step}#${shard}`;

/** Attributes that put an item into the byPendingStep index. */
export const pendingIndexAttributes = (step: PendingStep, id: string, since: string) => ({
  gsi2pk: pendingPartition(step, shardOf(id)),
  gsi2sk: `${since}#${id}`,
});

/**
 * A chain head waiting for the next signed checkpoint; the sort key carries seq and hash (the index
 * projects neither): <last event's at>#<caseId>#<seq>#<hash>.
 */
export const checkpointIndexAttributes = (
  head: { caseId: string; seq: number; hash: string },
  at: string,
) => ({
  gsi2pk: pendingPartition('checkpoint', shardOf(head.caseId)),
  gsi2sk: `${at}#${head.caseId}#${head.seq}#${head.hash}`,
});

/** The signed audit checkpoints, one partition, in order. */
export const AUDIT_CHECKPOINT_PARTITION = 'AUDITCHECKPOINT';
export const auditCheckpointKey = (seq: number) =>
  ({ pk: AUDIT_CHECKPOINT_PARTITION, sk: `CP#${String(seq).padStart(10, '0')}` }) as const;
/** A purged case's reference, kept with its audit chain so its evidence pack can still be found. */
export const auditReferenceKey = (reference: string) =>
  ({ pk: `AUDITREF#${reference}`, sk: 'AUDITREF' }) as const;

/** The breach register (Art. 33(5)), one partition, by receipt: BREACHREGISTER / <receivedAt>#<caseId>. */
export const BREACH_REGISTER_PARTITION = 'BREACHREGISTER';
export const breachRegisterKey = (receivedAt: string, caseId: string) =>
  ({ pk: BREACH_REGISTER_PARTITION, sk: `${receivedAt}#${caseId}` }) as const;

/** A closed case in the byPendingStep index until `purgeAfter` (domain/retention purgeAfter). */
export const purgeIndexAttributes = (caseId: string, purgeAfter: string) =>
  pendingIndexAttributes('purge', caseId, purgeAfter);

/** The anonymous statistics of a purged case: STATS#<YYYY-MM of its closing> / <caseId>. */
export const statisticsKey = (closedAt: string, caseId: string) =>
  ({ pk: `STATS#${closedAt.slice(0, 7)}`, sk: caseId }) as const;

/** Once-a-day marker of a team manager's digest: DIGEST#<teamId> / <local date>. */
export const digestMarkerKey = (teamId: string, localDate: string) =>
  ({ pk: `DIGEST#${teamId}`, sk: localDate }) as const;

/** A team's counts of a digest built over several sweeps: DIGEST#<log> / <local date>#<teamId>. */
export const digestProgressKey = (log: string, localDate: string, teamId: string) =>
  ({ pk: `DIGEST#${log}`, sk: `${localDate}#${teamId}` }) as const;

export const toEpochSeconds = (iso: string) => Math.floor(new Date(iso).getTime() / 1000);

/*
 * Routing items, outside any case partition. A member's open-case counter (`openCases`, incremented
 * with each assignment, decremented when the case closes); a team's routing state (the last member
 * assigned, for round robin, and `assignments`, a version that makes concurrent assignments in one
 * team take turns); the marketing suppression list, by keyed email hash (never the address).
 */
export const memberLoadKey = (memberId: string) => ({ pk: `MEMBER#${memberId}`, sk: 'LOAD' }) as const;
export const teamRoutingKey = (teamId: string) => ({ pk: `TEAM#${teamId}`, sk: 'ROUTING' }) as const;
export const suppressionKey = (emailHash: string) =>
  ({ pk: `SUPPRESS#${emailHash}`, sk: 'MARKETING' }) as const;
/** Lookup of a thread message by the MessageId SES gave its email (bounces, reply threading). */
export const emailLookupKey = (sesMessageId: string) =>
  ({ pk: `EMAIL#${sesMessageId}`, sk: 'EMAIL' }) as const;

/** Marks an inbound email (by the SHA-256 of its Message-ID) as processed, so a redelivery is not. */
export const inboundMarkerKey = (messageIdHash: string) =>
  ({ pk: `INBOUND#${messageIdHash}`, sk: 'INBOUND' }) as const;
/** One drop alert per case and hour (domain/inbound/drop-alert.ts); expires by TTL, outside the case partition. */
export const dropAlertGuardKey = (caseId: string, window: string) =>
  ({ pk: `DROPALERT#${caseId}`, sk: window }) as const;
