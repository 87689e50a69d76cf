import { ConditionalCheckFailedException } from '@aws-sdk/client-dynamodb';
import {
  type DynamoDBDocumentClient,
  GetCommand,
  PutCommand,
  ScanCommand,
  UpdateCommand,
} from '@aws-sdk/lib-dynamodb';
import { CASE_SK, pausedSortKey } from './keys.ts';

/*
 * Until paused cases kept their place in byTeam, a pause removed both deadline index attributes, so
 * a case paused then has no gsi1sk and is missing from its team's queue (the staff list, the report,
 * the DPO digest) until it resumes. No index holds such a case: one Scan of the table finds them,
 * once per table. A marker item keeps where the Scan stopped and then that it is done: the local
 * runtime runs it whole at start, the sweep a few pages per run (an upgraded deployment in AWS), and
 * afterwards each reads the one marker item.
 */

/** Marks a table whose paused cases have their byTeam sort key. */
export const PAUSED_BACKFILL_MARKER = { pk: 'UPGRADE', sk: 'paused-team-queue' } as const;

const LEFT_BEHIND =
  'sk = :case AND attribute_exists(pausedAt) AND attribute_not_exists(gsi1sk) AND #status <> :closed';

export interface BackfillProgress {
  /** Cases given their key by this call. */
  readonly updated: number;
  readonly done: boolean;
}

/**
 * Gives the open paused cases without a byTeam sort key their key, from where an earlier call
 * stopped: every page, or at most `maxPages` of `pageSize` items.
 */
export async function backfillPausedCases(
  client: DynamoDBDocumentClient,
  tableName: string,
  now: Date,
  options: { readonly maxPages?: number; readonly pageSize?: number } = {},
): Promise<BackfillProgress> {
  const { Item: marker } = await client.send(
    new GetCommand({ TableName: tableName, Key: PAUSED_BACKFILL_MARKER, ConsistentRead: true }),
  );
  if (marker?.done === true) return { updated: 0, done: true };
  const condition = {
    ExpressionAttributeNames: { '#status': 'status' },
    ExpressionAttributeValues: { ':case': CASE_SK, ':closed': 'closed' },
  };
  let startKey = marker?.scanFrom as Record<string, unknown> | undefined;
  let updated = 0;
  let pages = 0;
  do {
    const page = await client.send(
      new ScanCommand({
        TableName: tableName,
        FilterExpression: LEFT_BEHIND,
        ProjectionExpression: 'pk, sk, caseId, deadline.dueAt',
        ConsistentRead: true,
        ExclusiveStartKey: startKey,
        ...(options.pageSize ? { Limit: options.pageSize } : {}),
        ...condition,
      }),
    );
    for (const item of page.Items ?? []) {
      const caseId = String(item.caseId);
      const dueAt = String((item.deadline as { dueAt?: string } | undefined)?.dueAt ?? '');
      try {
        await client.send(
          new UpdateCommand({
            TableName: tableName,
            Key: { pk: item.pk, sk: item.sk },
            UpdateExpression: 'SET gsi1sk = :gsi1sk',
            // Only as the Scan saw it: a case resumed or closed meanwhile is placed by that move.
            ConditionExpression: LEFT_BEHIND,
            ExpressionAttributeNames: condition.ExpressionAttributeNames,
            ExpressionAttributeValues: {
              ...condition.ExpressionAttributeValues,
              ':gsi1sk': pausedSortKey(caseId, dueAt),
            },
          }),
        );
        updated += 1;
      } catch (error) {
        if (!(error instanceof ConditionalCheckFailedException)) throw error;
      }
    }
    startKey = page.LastEvaluatedKey;
    pages += 1;
  } while (startKey && (options.maxPages === undefined || pages < options.maxPages));
  await client.send(
    new PutCommand({
      TableName: tableName,
      Item: {
        ...PAUSED_BACKFILL_MARKER,
        at: now.toISOString(),
        updated: Number(marker?.updated ?? 0) + updated,
        done: startKey === undefined,
        ...(startKey ? { scanFrom: startKey } : {}),
      },
    }),
  );
  return { updated, done: startKey === undefined };
}
