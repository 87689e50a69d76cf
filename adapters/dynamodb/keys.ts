import { createHash } from 'node:crypto';

/*
 * Single-table key layout. Every item of a case shares pk = CASE#<id>, so a case, its audit
 * trail and (later) its thread are one Query away and a case can be purged as a unit.
 */

/** Partitions per sparse index; spreads writes of a busy hour over several partitions. */
export const INDEX_SHARDS = 8;

export const caseKey = (caseId: string) => ({ pk: `CASE#${caseId}`, sk: 'CASE' }) as const;

export const auditSortKey = (at: string, seq: string) => `AUDIT#${at}#${seq}`;

export function shardOf(caseId: string): number {
  return createHash('sha256').update(caseId).digest().readUInt32BE(0) % INDEX_SHARDS;
}

export const awaitingRoutingPartition = (shard: number) => `PENDING#route#${shard}`;
