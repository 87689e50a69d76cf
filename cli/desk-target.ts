import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { documentClient } from '../adapters/aws-clients.ts';
import { getStringFromEnv } from '../adapters/env.ts';
import { CASE_TABLE } from '../resources/desk-resources.ts';
import type { DeskIo } from './desk-command.ts';
import { LocalDeskNotRunningError, localTarget, useLocalDeskEnvironment } from './local-target.ts';

/**
 * Points this process at the desk a read command works on: the table and keys of the environment
 * when TABLE_NAME is set (AWS, or a test's desk), else the running local desk. False (after saying
 * why on stderr) when there is none.
 */
export async function useDeskTarget(command: string, io: DeskIo): Promise<boolean> {
  if (process.env[CASE_TABLE.envVar] !== undefined) return true;
  try {
    await useLocalDeskEnvironment(await localTarget());
    return true;
  } catch (error) {
    if (error instanceof LocalDeskNotRunningError) {
      io.stderr(`desk ${command}: ${error.message}\n`);
      return false;
    }
    throw error;
  }
}

/**
 * A store of the desk a read command works on (see useDeskTarget), on its case table; undefined
 * (after saying why on stderr) when there is no desk.
 */
export async function deskTableStore<S>(
  Store: new (client: DynamoDBDocumentClient, tableName: string) => S,
  command: string,
  io: DeskIo,
): Promise<S | undefined> {
  if (!(await useDeskTarget(command, io))) return undefined;
  return new Store(documentClient(), getStringFromEnv(CASE_TABLE.envVar));
}
