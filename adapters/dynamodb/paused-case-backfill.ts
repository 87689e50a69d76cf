import { ConditionalCheckFailedException } from '@aws-sdk/client-dynamodb';
import {
  type DynamoDBDocumentClient,
  GetCommand,
  PutCommand,
  paginateScan,
  UpdateCommand,
} from '@aws-sdk/lib-dynamodb';
import { CASE_SK, pausedSortKey } from './keys.ts';

/*
 * Until paused cases kept their place in byTeam, a pause removed both deadline index attributes, so
 * a case paused then has no gsi1sk and is missing from its team's queue (the staff list, the report,
 * the DPO digest) until it resumes. No index holds such a case: one Scan of the table finds them,
 * once per table, and a marker item records that it ran, so a later start reads one item instead.
 */

/** Marks a table whose paused cases have their byTeam sort key. */
export const PAUSED_BACKFILL_MARKER = { pk: 'UPGRADE', sk: 'paused-team-queue' } as const;

const LEFT_BEHIND =
  'sk = :case AND attribute_exists(pausedAt) AND attribute_not_exists(gsi1sk) AND #status <> :closed';

/** Gives every open paused case without a byTeam sort key its key; the number of cases updated. */
export async function backfillPausedCases(
  client: DynamoDBDocumentClient,
  tableName: string,
  now: Date,
): Promise<number> {
  const { Item: marker } = await client.send(
    new GetCommand({ TableName: tableName, Key: PAUSED_BACKFILL_MARKER, ConsistentRead: true }),
  );
  if (marker) return 0;
  const condition = {
    ExpressionAttributeNames: { '#status': 'status' },
    ExpressionAttributeValues: { ':case': CASE_SK, ':closed': 'closed' },
  };
  let updated = 0;
  const pages = paginateScan(
    { client },
    {
      TableName: tableName,
      FilterExpression: LEFT_BEHIND,
      ProjectionExpression: 'pk, sk, caseId, deadline.dueAt',
      ConsistentRead: true,
      ...condition,
    },
  );
  for await (const page of pages) {
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
  }
  await client.send(
    new PutCommand({
      TableName: tableName,
      Item: { ...PAUSED_BACKFILL_MARKER, ranAt: now.toISOString(), updated },
    }),
  );
  return updated;
}
