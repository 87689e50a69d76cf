import type { RedriveClaim, RoutingRedriveStore } from '../../domain/case-store.ts';
import { auditPut } from './case-items.ts';
import { caseTransitionUpdate } from './case-transition.ts';
import { DynamoDbCaseTable } from './dynamodb-case-table.ts';
import { caseKey, pendingPartition, shardOf } from './keys.ts';

/** Cases the router never took: counted re-drives, then the wait for a person. */
export class DynamoDbRoutingRedriveStore extends DynamoDbCaseTable implements RoutingRedriveStore {
  async listAwaitingRouting(before: Date, limit: number): Promise<string[]> {
    const items = await this.queryPending('route', before, limit);
    return items.map((item) => item.caseId as string);
  }

  async claimRoutingRedrive(caseId: string, maxAttempts: number): Promise<RedriveClaim> {
    const routePk = pendingPartition('route', shardOf(caseId));
    const claim = await this.claimRedrive(
      caseKey(caseId),
      'routeRedriveAttempts',
      '#status = :received AND gsi2pk = :routePk',
      { ':received': 'received', ':routePk': routePk },
      maxAttempts,
    );
    if (claim.kind === 'claimed') return claim;
    const { item } = claim;
    if (item?.status !== 'received' || item.gsi2pk !== routePk) return { kind: 'not_waiting' };
    return { kind: 'exhausted', attempts: Number(item.routeRedriveAttempts ?? 0) };
  }

  async giveUpRouting(
    caseId: string,
    change: Parameters<RoutingRedriveStore['giveUpRouting']>[1],
  ): Promise<boolean> {
    return this.conditionalTransaction(
      [
        // Only from the `route` wait: a case routed or given up meanwhile is left alone.
        caseTransitionUpdate(this.tableName, caseId, change.transition, {
          sets: ['routingGaveUpAt = :at'],
          conditions: ['gsi2pk = :routePk'],
          values: { ':at': change.at, ':routePk': pendingPartition('route', shardOf(caseId)) },
        }),
        auditPut(this.tableName, change.audit),
      ],
      true,
    );
  }
}
