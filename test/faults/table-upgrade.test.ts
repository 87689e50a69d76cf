import { randomUUID } from 'node:crypto';
import {
  DeleteTableCommand,
  DescribeTableCommand,
  GetItemCommand,
  UpdateItemCommand,
} from '@aws-sdk/client-dynamodb';
import { marshall } from '@aws-sdk/util-dynamodb';
import { describe, expect, it } from 'vitest';
import { documentClient } from '../../adapters/aws-clients.ts';
import { DynamoDbStaffStore } from '../../adapters/dynamodb/dynamodb-staff-store.ts';
import { caseKey } from '../../adapters/dynamodb/keys.ts';
import { backfillPausedCases, PAUSED_BACKFILL_MARKER } from '../../adapters/dynamodb/paused-case-backfill.ts';
import { ensureTable } from '../../local/provision.ts';
import { CASE_TABLE } from '../../resources/desk-resources.ts';
import { caseStore, deadline, seedCase } from '../helpers/escalation.ts';
import { faultWorldWithDeskInProcess } from '../helpers/fault-desk.ts';

/*
 * A data folder from an older version: `npm start` adds the indexes declared since. Here, not in the
 * integration project: DynamoDB Local backfills a new index in a background thread that the
 * integration project's many parallel files starved past two minutes on a CI machine; with its own
 * DynamoDB Local, as a real upgraded desk has, it takes about a second.
 */

const fault = faultWorldWithDeskInProcess({ retryDelaySeconds: 1, visibilityTimeoutSeconds: 5 });

describe('a table from before byTeam', () => {
  it('gets the index added at start, with the open cases it already held', async () => {
    // Prepare: the table as an older version declared it, with an open case in it.
    const tableName = `old-${randomUUID().slice(0, 8)}`;
    const older = {
      ...CASE_TABLE,
      globalSecondaryIndexes: CASE_TABLE.globalSecondaryIndexes.filter(
        (index) => index.indexName !== 'byTeam',
      ),
    };
    await ensureTable(fault.world.dynamodbClient, tableName, older);
    const record = await seedCase(
      { tableName },
      {
        status: 'assigned',
        teamId: 'no-privacy',
        assigneeId: 'lars-olsen',
        deadline: deadline('2030-03-01T10:00:00.000Z', '2030-04-01T21:59:59.999Z'),
      },
    );

    // Act
    await ensureTable(fault.world.dynamodbClient, tableName);

    // Assess
    const { Table } = await fault.world.dynamodbClient.send(
      new DescribeTableCommand({ TableName: tableName }),
    );
    expect((Table?.GlobalSecondaryIndexes ?? []).map((index) => index.IndexName).sort()).toEqual([
      'byDue',
      'byPendingStep',
      'byTeam',
    ]);
    const read = await caseStore({ tableName }).readTeamOpenCases('no-privacy', { limit: 10 });
    expect(read.first.map((c) => c.caseId)).toEqual([record.caseId]);
    await fault.world.dynamodbClient.send(new DeleteTableCommand({ TableName: tableName }));
  });
});

describe('a table from before paused cases kept their place in byTeam', () => {
  it('gives its open paused cases their byTeam sort key at start, once, and leaves closed ones out', async () => {
    // Prepare: as the older version left them, a pause removed both deadline index attributes.
    const tableName = `paused-${randomUUID().slice(0, 8)}`;
    const older = {
      ...CASE_TABLE,
      globalSecondaryIndexes: CASE_TABLE.globalSecondaryIndexes.filter(
        (index) => index.indexName !== 'byTeam',
      ),
    };
    await ensureTable(fault.world.dynamodbClient, tableName, older);
    const seed = (status: 'assigned' | 'closed', dueAt: string) =>
      seedCase(
        { tableName },
        {
          status,
          teamId: 'no-privacy',
          assigneeId: 'lars-olsen',
          deadline: deadline('2030-03-01T10:00:00.000Z', dueAt),
        },
      );
    const running = await seed('assigned', '2030-04-01T21:59:59.999Z');
    const paused = await seed('assigned', '2030-03-29T21:59:59.999Z');
    const closedPaused = await seed('closed', '2030-03-30T21:59:59.999Z');
    for (const record of [paused, closedPaused]) {
      await fault.world.dynamodbClient.send(
        new UpdateItemCommand({
          TableName: tableName,
          Key: marshall(caseKey(record.caseId)),
          UpdateExpression: 'SET pausedAt = :at REMOVE gsi1pk, gsi1sk',
          ExpressionAttributeValues: marshall({ ':at': '2030-03-10T09:00:00.000Z' }),
        }),
      );
    }

    // Act: a sweep's share of the Scan (one item), then the start of the new version, twice.
    const share = await backfillPausedCases(documentClient(), tableName, new Date(), {
      maxPages: 1,
      pageSize: 1,
    });
    expect(share.done).toBe(false);
    await ensureTable(fault.world.dynamodbClient, tableName);
    await ensureTable(fault.world.dynamodbClient, tableName);

    // Assess: the paused case is in its team queue after the running one, out of byDue; the closed
    // one in neither; the marker says one case was given its key and that the Scan is done.
    const team = await caseStore({ tableName }).readTeamOpenCases('no-privacy', { limit: 10 });
    expect(team.first.map((c) => [c.caseId, c.paused ?? false])).toEqual([
      [running.caseId, false],
      [paused.caseId, true],
    ]);
    const overdue = await caseStore({ tableName }).readTeamOpenCases('no-privacy', {
      due: { before: new Date('2030-05-01T00:00:00.000Z') },
      limit: 10,
    });
    expect(overdue.first.map((c) => c.caseId)).toEqual([running.caseId]);
    expect((await caseStore({ tableName }).listOpenCases()).map((c) => c.caseId)).toEqual([running.caseId]);
    const listed = await new DynamoDbStaffStore(documentClient(), tableName).listCases(
      { kind: 'team', teamId: 'no-privacy' },
      { paused: true },
      10,
    );
    expect(listed.cases.map((c) => c.caseId)).toEqual([paused.caseId]);
    const marker = await fault.world.dynamodbClient.send(
      new GetItemCommand({ TableName: tableName, Key: marshall(PAUSED_BACKFILL_MARKER) }),
    );
    expect(marker.Item?.updated).toEqual({ N: '1' });
    expect(marker.Item?.done).toEqual({ BOOL: true });
    expect(marker.Item?.scanFrom).toBeUndefined();
    await fault.world.dynamodbClient.send(new DeleteTableCommand({ TableName: tableName }));
  });
});
