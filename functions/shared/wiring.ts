import { documentClient, s3Client, sesClient, sqsClient } from '../../adapters/aws-clients.ts';
import { settingsFromEnv } from '../../adapters/desk-config-from-env.ts';
import { DynamoDbAssignmentStore } from '../../adapters/dynamodb/dynamodb-assignment-store.ts';
import { DynamoDbAuditStore } from '../../adapters/dynamodb/dynamodb-audit-store.ts';
import { DynamoDbCaseStore } from '../../adapters/dynamodb/dynamodb-case-store.ts';
import { DynamoDbInboundStore } from '../../adapters/dynamodb/dynamodb-inbound-store.ts';
import { DynamoDbIntakeStore } from '../../adapters/dynamodb/dynamodb-intake-store.ts';
import { DynamoDbStaffStore } from '../../adapters/dynamodb/dynamodb-staff-store.ts';
import { getOptionalStringFromEnv, getStringFromEnv } from '../../adapters/env.ts';
import { S3MailBucket } from '../../adapters/s3/s3-mail-bucket.ts';
import { SesMailer } from '../../adapters/ses/ses-mailer.ts';
import { SqsNotificationQueue } from '../../adapters/sqs/sqs-notification-queue.ts';
import { SqsRouteQueue } from '../../adapters/sqs/sqs-route-queue.ts';
import { SqsSuppressionQueue } from '../../adapters/sqs/sqs-suppression-queue.ts';
import { BUCKETS, CASE_TABLE, DEPLOYMENT_ENV, QUEUES } from '../../resources/desk-resources.ts';

/* Adapters built from the environment the stack (or the local runtime) sets. */

export const caseStoreFromEnv = () =>
  new DynamoDbCaseStore(documentClient(), getStringFromEnv(CASE_TABLE.envVar));

export const assignmentStoreFromEnv = () =>
  new DynamoDbAssignmentStore(documentClient(), getStringFromEnv(CASE_TABLE.envVar));

export const auditStoreFromEnv = () =>
  new DynamoDbAuditStore(documentClient(), getStringFromEnv(CASE_TABLE.envVar));

export const routeQueueFromEnv = () => new SqsRouteQueue(sqsClient(), getStringFromEnv(QUEUES.route.envVar));

export const notificationQueueFromEnv = () =>
  new SqsNotificationQueue(sqsClient(), getStringFromEnv(QUEUES.notify.envVar));

export const suppressionQueueFromEnv = () =>
  new SqsSuppressionQueue(sqsClient(), getStringFromEnv(QUEUES.suppression.envVar));

export const mailerFromEnv = () =>
  new SesMailer(
    sesClient(),
    settingsFromEnv().config.fromAddress,
    getOptionalStringFromEnv(DEPLOYMENT_ENV.sesConfigurationSet),
  );

export const inboundStoreFromEnv = () =>
  new DynamoDbInboundStore(documentClient(), getStringFromEnv(CASE_TABLE.envVar));

export const intakeStoreFromEnv = () =>
  new DynamoDbIntakeStore(documentClient(), getStringFromEnv(CASE_TABLE.envVar));

export const staffStoreFromEnv = () =>
  new DynamoDbStaffStore(documentClient(), getStringFromEnv(CASE_TABLE.envVar));

/** What the functions that open cases and queue their next steps share: intake and the sweep. */
export const caseWorkFromEnv = () => ({
  store: caseStoreFromEnv(),
  routeQueue: routeQueueFromEnv(),
  notificationQueue: notificationQueueFromEnv(),
  settings: settingsFromEnv(),
});

/** The report reads through the staff store's queries (the same indexes, no content). */
export const reportStoreFromEnv = staffStoreFromEnv;

export const mailBucketFromEnv = () =>
  new S3MailBucket(s3Client(), getStringFromEnv(BUCKETS.mail.envVar), BUCKETS.mail);

// The content keys (and with them the Encryption SDK) are not here: only the functions that seal or
// open content import adapters/crypto/keys-from-env.ts, so the others never load the SDK.
export { settingsFromEnv };
