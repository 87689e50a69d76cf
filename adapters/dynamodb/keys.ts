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

/** Attributes that put an open case into the byDue index; removed when the case closes. */
export const openIndexAttributes = (caseId: string, dueAt: string) => ({
  gsi1pk: openPartition(shardOf(caseId)),
  gsi1sk: `${dueAt}#${caseId}`,
});

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
