import { BatchGetCommand, type BatchGetCommandOutput, QueryCommand } from '@aws-sdk/lib-dynamodb';
import type { AuditEvent, CaseRecord } from '../../domain/case-model.ts';
import type { CaseStatistics } from '../../domain/retention/case-statistics.ts';
import type {
  CaseListFilters,
  CaseListPage,
  CaseListSource,
  ListPosition,
  StaffCaseStore,
} from '../../domain/staff/staff-case-store.ts';
import type { ReportStore } from '../../domain/staff/staff-report.ts';
import { transactWriteChained } from './audit-chain-writer.ts';
import { auditPut, type Item, withoutKeys } from './case-items.ts';
import { DynamoDbCaseTable, PENDING_INDEX, TEAM_INDEX, teamDueQuery } from './dynamodb-case-table.ts';
import { caseKey, INDEX_SHARDS, pendingPartition, referenceKey, statisticsKey } from './keys.ts';
import { retryUnprocessed } from './retry-unprocessed.ts';

/** Index items read per Query: a page's worth and a margin for what the filters leave out. */
const QUERY_PAGE = 100;

/**
 * DynamoDB implementation of the StaffCaseStore port. A list queries one index partition (byTeam
 * for a team's open cases, by deadline, the paused ones after them; byPendingStep `purge` for closed
 * cases), filters what the
 * index holds (type, status, extension) in the Query, reads the matching cases' items with
 * BatchGetItem and filters what only the case item holds (assignee, country, team). A page stops at
 * the case that filled it; its index key is where the next page starts.
 */
export class DynamoDbStaffStore extends DynamoDbCaseTable implements StaffCaseStore, ReportStore {
  readonly closedCaseShards = INDEX_SHARDS;

  async findCaseIdByReference(reference: string): Promise<string | undefined> {
    return (await this.get(referenceKey(reference)))?.caseId as string | undefined;
  }

  /** A content read joins the case's audit chain like every other event. */
  async recordAuditEvent(event: AuditEvent): Promise<void> {
    await transactWriteChained(this.client, [auditPut(this.tableName, event)]);
  }

  async listCases(
    source: CaseListSource,
    filters: CaseListFilters,
    limit: number,
    after?: ListPosition,
  ): Promise<CaseListPage> {
    const cases: CaseRecord[] = [];
    let startKey: Record<string, unknown> | undefined = after ? { ...after } : undefined;
    do {
      const page = await this.client.send(
        new QueryCommand({
          ...this.indexQuery(source, filters),
          Limit: QUERY_PAGE,
          ExclusiveStartKey: startKey,
        }),
      );
      const indexItems = page.Items ?? [];
      const records = await this.readCases(indexItems.map((item) => item.caseId as string));
      for (const indexItem of indexItems) {
        const record = records.get(indexItem.caseId as string);
        if (!record || !matches(record, source, filters)) continue;
        cases.push(record);
        if (cases.length === limit) {
          const last = indexItems.at(-1);
          // Stopped inside the Query's page: the next page starts after this case, unless it was the
          // page's last item and the partition has nothing after it.
          if (indexItem === last && !page.LastEvaluatedKey) return { cases };
          return { cases, next: positionOf(indexItem, source) };
        }
      }
      startKey = page.LastEvaluatedKey;
    } while (startKey);
    return { cases };
  }

  async listTeamOpenCases(teamId: string): Promise<CaseRecord[]> {
    const items = await this.queryAll({
      TableName: this.tableName,
      IndexName: TEAM_INDEX,
      KeyConditionExpression: 'teamId = :team',
      ExpressionAttributeValues: { ':team': teamId },
    });
    return this.casesOf(items);
  }

  async listClosedKeptCases(purgeFrom: Date): Promise<CaseRecord[]> {
    const perShard = await Promise.all(
      Array.from({ length: INDEX_SHARDS }, (_, shard) =>
        this.queryAll({
          TableName: this.tableName,
          IndexName: PENDING_INDEX,
          KeyConditionExpression: 'gsi2pk = :pk AND gsi2sk >= :from',
          ExpressionAttributeValues: {
            ':pk': pendingPartition('purge', shard),
            ':from': purgeFrom.toISOString(),
          },
        }),
      ),
    );
    return this.casesOf(perShard.flat());
  }

  async listStatistics(months: readonly string[]): Promise<CaseStatistics[]> {
    const perMonth = await Promise.all(
      months.map((month) => this.queryPartition(statisticsKey(`${month}-01`, '').pk)),
    );
    return perMonth.flat().map((item) => withoutKeys<CaseStatistics>(item));
  }

  private async casesOf(indexItems: readonly Item[]): Promise<CaseRecord[]> {
    const records = await this.readCases(indexItems.map((item) => item.caseId as string));
    return [...records.values()];
  }

  private indexQuery(source: CaseListSource, filters: CaseListFilters) {
    const names: Record<string, string> = {};
    const values: Record<string, unknown> = {};
    const conditions: string[] = [];
    if (filters.type) {
      names['#type'] = 'type';
      values[':type'] = filters.type;
      conditions.push('#type = :type');
    }
    if (filters.status && source.kind === 'team') {
      names['#status'] = 'status';
      values[':status'] = filters.status;
      conditions.push('#status = :status');
    }
    if (filters.extendedOnly && source.kind === 'team') {
      values[':none'] = 0;
      conditions.push('deadline.extendedMonths > :none');
    }
    if (source.kind === 'closed') {
      // The purge partitions hold only closed cases; byPendingStep projects no more than the status.
      return {
        TableName: this.tableName,
        IndexName: PENDING_INDEX,
        KeyConditionExpression: 'gsi2pk = :pk',
        ExpressionAttributeValues: { ':pk': pendingPartition('purge', source.shard) },
      };
    }
    const team = teamDueQuery(
      source.teamId,
      filters.due,
      filters.paused === undefined ? undefined : filters.paused ? 'paused' : 'running',
    );
    return {
      TableName: this.tableName,
      IndexName: team.IndexName,
      KeyConditionExpression: team.KeyConditionExpression,
      ExpressionAttributeValues: {
        ...team.values,
        ...values,
      },
      ...(Object.keys(names).length > 0 ? { ExpressionAttributeNames: names } : {}),
      ...(conditions.length > 0 ? { FilterExpression: conditions.join(' AND ') } : {}),
    };
  }

  /** The case items, without their sealed content (a list never carries it). */
  private async readCases(caseIds: readonly string[]): Promise<Map<string, CaseRecord>> {
    const records = new Map<string, CaseRecord>();
    const unique = [...new Set(caseIds)];
    for (let i = 0; i < unique.length; i += 100) {
      const keys = unique.slice(i, i + 100).map((caseId) => caseKey(caseId));
      await retryUnprocessed('Staff case list', keys, async (pending) => {
        const result: BatchGetCommandOutput = await this.client.send(
          new BatchGetCommand({ RequestItems: { [this.tableName]: { Keys: [...pending] } } }),
        );
        for (const item of result.Responses?.[this.tableName] ?? []) {
          const { content: _content, ...rest } = item as Item;
          records.set(item.caseId as string, withoutKeys<CaseRecord>({ ...rest, content: '' }));
        }
        return result.UnprocessedKeys?.[this.tableName]?.Keys as typeof pending | undefined;
      });
    }
    return records;
  }
}

/** What the case item decides: the filters the index could not apply. */
function matches(record: CaseRecord, source: CaseListSource, filters: CaseListFilters): boolean {
  if (filters.assigneeId !== undefined && record.assigneeId !== filters.assigneeId) return false;
  if (filters.country !== undefined && record.country !== filters.country) return false;
  if (filters.type !== undefined && record.type !== filters.type) return false;
  if (filters.paused !== undefined && (record.pausedAt !== undefined) !== filters.paused) return false;
  if (source.kind === 'team') return record.teamId === source.teamId;
  if (record.status !== 'closed') return false;
  if (filters.teamIds && !filters.teamIds.includes(record.teamId)) return false;
  if (filters.extendedOnly && !(record.deadline.extendedMonths > 0)) return false;
  return true;
}

/** The index key of an item: ExclusiveStartKey of a Query on that index. */
function positionOf(item: Item, source: CaseListSource): ListPosition {
  const names = source.kind === 'team' ? ['pk', 'sk', 'teamId', 'gsi1sk'] : ['pk', 'sk', 'gsi2pk', 'gsi2sk'];
  return Object.fromEntries(names.map((name) => [name, String(item[name])]));
}
