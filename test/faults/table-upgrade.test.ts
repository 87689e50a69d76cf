import { randomUUID } from 'node:crypto';
import { DeleteTableCommand, DescribeTableCommand } from '@aws-sdk/client-dynamodb';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DeskServices } from '../../local/desk-runtime.ts';
import { ensureTable } from '../../local/provision.ts';
import { CASE_TABLE } from '../../resources/desk-resources.ts';
import { caseStore, deadline, seedCase } from '../helpers/escalation.ts';
import { type FaultWorld, startDeskInProcess, startFaultWorld } from '../helpers/fault-desk.ts';

/*
 * A data folder from an older version: `npm start` adds the indexes declared since. Here, not in the
 * integration project: DynamoDB Local backfills a new index in a background thread that the
 * integration project's many parallel files starved past two minutes on a CI machine; with its own
 * DynamoDB Local, as a real upgraded desk has, it takes about a second.
 */

let world: FaultWorld;
let desk: DeskServices | undefined;

beforeAll(async () => {
  world = await startFaultWorld();
  desk = await startDeskInProcess(world, { retryDelaySeconds: 1, visibilityTimeoutSeconds: 5 });
});

afterAll(async () => {
  await desk?.stop();
  await world?.stop();
});

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
    await ensureTable(world.dynamodbClient, tableName, older);
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
    await ensureTable(world.dynamodbClient, tableName);

    // Assess
    const { Table } = await world.dynamodbClient.send(new DescribeTableCommand({ TableName: tableName }));
    expect((Table?.GlobalSecondaryIndexes ?? []).map((index) => index.IndexName).sort()).toEqual([
      'byDue',
      'byPendingStep',
      'byTeam',
    ]);
    const read = await caseStore({ tableName }).readTeamOpenCases('no-privacy', { limit: 10 });
    expect(read.first.map((c) => c.caseId)).toEqual([record.caseId]);
    await world.dynamodbClient.send(new DeleteTableCommand({ TableName: tableName }));
  });
});
