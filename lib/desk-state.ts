import { Aws, Duration, Fn, RemovalPolicy, Stack, Validations } from 'aws-cdk-lib';
import { AttributeType, BillingMode, ProjectionType, Table, TableEncryption } from 'aws-cdk-lib/aws-dynamodb';
import { Effect, PolicyStatement, ServicePrincipal } from 'aws-cdk-lib/aws-iam';
import { Key } from 'aws-cdk-lib/aws-kms';
import { BlockPublicAccess, Bucket, BucketEncryption, ObjectOwnership } from 'aws-cdk-lib/aws-s3';
import { Topic } from 'aws-cdk-lib/aws-sns';
import { EmailSubscription } from 'aws-cdk-lib/aws-sns-subscriptions';
import { Construct } from 'constructs';
import { ContentKeys } from './constructs/content-keys.ts';
import { QueueWithDlq } from './constructs/queue-with-dlq.ts';
import {
  BUCKETS,
  type BucketKey,
  CASE_TABLE,
  type AttributeType as DeclaredAttributeType,
  type KeyAttribute,
  QUEUES,
  type QueueKey,
} from './desk-resources.ts';

export interface DeskStateProps {
  /** Prefix of physical names (queues), usually the stack name. */
  readonly namePrefix: string;
  /** Subscribed to the operator alarm topic when set. */
  readonly alarmEmail?: string;
}

const ATTRIBUTE_TYPES: Record<DeclaredAttributeType, AttributeType> = {
  S: AttributeType.STRING,
  N: AttributeType.NUMBER,
};

const attribute = (key: KeyAttribute) => ({ name: key.name, type: ATTRIBUTE_TYPES[key.type] });

/** Deleted attachments and overwritten objects stay recoverable this long, like the table's PITR window. */
const NONCURRENT_VERSION_DAYS = 30;
/** S3 server access logs (ids and principals, no content) are kept for a year of audits. */
const ACCESS_LOG_DAYS = 365;

/**
 * The stateful part of the desk: the storage key, the content keys, the case table, the buckets,
 * the queues with their dead-letter queues, and the operator alarm topic. Everything here holds
 * data or evidence of a failure, and is retained when the stack is deleted where it holds cases;
 * the service part (functions, API, mail rules, schedules) can be replaced freely around it.
 */
export class DeskState extends Construct {
  /** Encrypts the table, queues, buckets and topics (storage encryption). */
  public readonly key: Key;
  /** Encrypt case content itself before it is stored (envelope encryption, keyed hashes). */
  public readonly contentKeys: ContentKeys;
  public readonly table: Table;
  public readonly alarmTopic: Topic;
  public readonly queues: Record<QueueKey, QueueWithDlq>;
  public readonly buckets: Record<BucketKey, Bucket>;
  /**
   * The buckets' names, computed from the stack's name and id only, so that a key policy can name a
   * bucket that is encrypted with that key without a circular reference.
   */
  public readonly bucketNames: Record<BucketKey, string>;
  /** Receives the S3 server access logs of the desk's buckets. */
  public readonly accessLogBucket: Bucket;

  public constructor(scope: Construct, id: string, props: DeskStateProps) {
    super(scope, id);

    this.key = new Key(this, 'Key', {
      description: 'Privacy Desk: storage encryption of the case table, queues, buckets and topics',
      enableKeyRotation: true,
      removalPolicy: RemovalPolicy.RETAIN,
    });
    // CloudWatch alarms publish to the encrypted alarm topic as the CloudWatch service, which needs
    // the key (documented SNS/CloudWatch requirement; without it alarm actions fail silently).
    this.key.addToResourcePolicy(
      new PolicyStatement({
        sid: 'AllowCloudWatchAlarmsToUseTheAlarmTopic',
        principals: [new ServicePrincipal('cloudwatch.amazonaws.com')],
        actions: ['kms:Decrypt', 'kms:GenerateDataKey*'],
        // A key policy statement: "*" is this key, not every resource.
        resources: ['*'],
      }),
    );

    this.contentKeys = new ContentKeys(this, 'ContentKeys');

    this.alarmTopic = new Topic(this, 'AlarmTopic', {
      displayName: 'Privacy Desk operator alarms',
      masterKey: this.key,
      enforceSSL: true,
    });
    this.alarmTopic.addToResourcePolicy(
      new PolicyStatement({
        sid: 'AllowThisAccountsCloudWatchAlarms',
        effect: Effect.ALLOW,
        principals: [new ServicePrincipal('cloudwatch.amazonaws.com')],
        actions: ['sns:Publish'],
        resources: [this.alarmTopic.topicArn],
        conditions: {
          ArnLike: {
            'aws:SourceArn': `arn:${Aws.PARTITION}:cloudwatch:${Aws.REGION}:${Aws.ACCOUNT_ID}:alarm:*`,
          },
        },
      }),
    );
    if (props.alarmEmail) {
      this.alarmTopic.addSubscription(new EmailSubscription(props.alarmEmail));
    }

    // Table (AWS::DynamoDB::Table), not TableV2: a TableV2 with a customer-managed key cannot be
    // synthesized in an environment-agnostic stack, and `cdk synth` must work without an account.
    this.table = new Table(this, CASE_TABLE.id, {
      partitionKey: attribute(CASE_TABLE.partitionKey),
      sortKey: attribute(CASE_TABLE.sortKey),
      billingMode: BillingMode.PAY_PER_REQUEST,
      encryption: TableEncryption.CUSTOMER_MANAGED,
      encryptionKey: this.key,
      pointInTimeRecoverySpecification: { pointInTimeRecoveryEnabled: true },
      deletionProtection: true,
      timeToLiveAttribute: CASE_TABLE.timeToLiveAttribute,
      removalPolicy: RemovalPolicy.RETAIN,
    });
    for (const index of CASE_TABLE.globalSecondaryIndexes) {
      this.table.addGlobalSecondaryIndex({
        indexName: index.indexName,
        partitionKey: attribute(index.partitionKey),
        sortKey: attribute(index.sortKey),
        projectionType: ProjectionType.INCLUDE,
        nonKeyAttributes: [...index.nonKeyAttributes],
      });
    }

    this.queues = Object.fromEntries(
      Object.entries(QUEUES).map(([key, declaration]) => [
        key,
        new QueueWithDlq(this, declaration.id, {
          declaration,
          namePrefix: props.namePrefix,
          encryptionKey: this.key,
          alarmTopic: this.alarmTopic,
        }),
      ]),
    ) as Record<QueueKey, QueueWithDlq>;

    this.accessLogBucket = new Bucket(this, 'AccessLogBucket', {
      // S3 server access logging cannot deliver to a bucket encrypted with a KMS key.
      encryption: BucketEncryption.S3_MANAGED,
      blockPublicAccess: BlockPublicAccess.BLOCK_ALL,
      objectOwnership: ObjectOwnership.BUCKET_OWNER_ENFORCED,
      enforceSSL: true,
      lifecycleRules: [{ id: 'ExpireAccessLogs', expiration: Duration.days(ACCESS_LOG_DAYS) }],
      removalPolicy: RemovalPolicy.RETAIN,
    });
    Validations.of(this.accessLogBucket).acknowledge({
      id: 'AwsSolutions-S1',
      reason:
        'This bucket receives the server access logs of the desk buckets; logging access to the logs would recurse.',
    });

    this.bucketNames = Object.fromEntries(
      Object.entries(BUCKETS).map(([key, declaration]) => [
        key,
        physicalBucketName(Stack.of(this).stackName, declaration.name),
      ]),
    ) as Record<BucketKey, string>;
    this.buckets = Object.fromEntries(
      Object.entries(BUCKETS).map(([key, declaration]) => [
        key,
        new Bucket(this, declaration.id, {
          bucketName: this.bucketNames[key as BucketKey],
          // Encrypted with the storage key on top of the content encryption of what the desk writes;
          // raw inbound mail (written by SES) has only this one.
          encryption: BucketEncryption.KMS,
          encryptionKey: this.key,
          bucketKeyEnabled: true,
          blockPublicAccess: BlockPublicAccess.BLOCK_ALL,
          objectOwnership: ObjectOwnership.BUCKET_OWNER_ENFORCED,
          enforceSSL: true,
          versioned: true,
          serverAccessLogsBucket: this.accessLogBucket,
          serverAccessLogsPrefix: `${declaration.name}/`,
          lifecycleRules: [
            {
              // The thread keeps what the desk filed; the raw message is only needed to process it.
              id: 'ExpireRawInboundMail',
              prefix: declaration.inboundPrefix,
              expiration: Duration.days(declaration.inboundRetentionDays),
              noncurrentVersionExpiration: Duration.days(1),
            },
            {
              // Attachments live as long as their case: the retention purge deletes them, and the
              // deleted versions go after the recovery window.
              id: 'PurgeDeletedVersions',
              noncurrentVersionExpiration: Duration.days(NONCURRENT_VERSION_DAYS),
            },
            { id: 'RemoveExpiredDeleteMarkers', expiredObjectDeleteMarker: true },
            { id: 'AbortIncompleteUploads', abortIncompleteMultipartUploadAfter: Duration.days(1) },
          ],
          removalPolicy: RemovalPolicy.RETAIN,
        }),
      ]),
    ) as Record<BucketKey, Bucket>;
  }
}

/**
 * `<stack name>-<base name>-<stack uuid>`, lower-case: unique per deployment (a stack created again
 * after a teardown gets a new uuid, so a retained bucket never blocks it), and known without a
 * reference to the bucket. S3 allows 63 characters: the uuid takes 36, the stack name is shortened.
 */
export function physicalBucketName(stackName: string, baseName: string): string {
  const stackUuid = Fn.select(2, Fn.split('/', Aws.STACK_ID));
  const room = 63 - 36 - baseName.length - 2;
  const prefix = stackName
    .toLowerCase()
    .replace(/[^a-z0-9-]/g, '-')
    .slice(0, Math.max(room, 1))
    .replace(/-+$/, '');
  return `${prefix}-${baseName}-${stackUuid}`;
}
