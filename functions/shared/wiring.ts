import { documentClient, sqsClient } from '../../adapters/aws-clients.ts';
import { DynamoDbCaseStore } from '../../adapters/dynamodb/dynamodb-case-store.ts';
import { getStringFromEnv } from '../../adapters/env.ts';
import { SqsRouteQueue } from '../../adapters/sqs/sqs-route-queue.ts';
import { CASE_TABLE, QUEUES } from '../../lib/desk-resources.ts';

/* Adapters built from the environment the stack (or the local runtime) sets. */

export const caseStoreFromEnv = () =>
  new DynamoDbCaseStore(documentClient(), getStringFromEnv(CASE_TABLE.envVar));

export const routeQueueFromEnv = () => new SqsRouteQueue(sqsClient(), getStringFromEnv(QUEUES.route.envVar));
