import { ArnFormat, Aws, CfnOutput, Duration, Fn, RemovalPolicy, Stack, Validations } from 'aws-cdk-lib';
import { AttributeType, BillingMode, ProjectionType, Table, TableEncryption } from 'aws-cdk-lib/aws-dynamodb';
import { ArnPrincipal, Effect, PolicyStatement, ServicePrincipal } from 'aws-cdk-lib/aws-iam';
import { Key } from 'aws-cdk-lib/aws-kms';
import {
  BlockPublicAccess,
  Bucket,
  BucketEncryption,
  type CfnBucket,
  ObjectOwnership,
} from 'aws-cdk-lib/aws-s3';
import { Topic } from 'aws-cdk-lib/aws-sns';
import { EmailSubscription } from 'aws-cdk-lib/aws-sns-subscriptions';
import { Construct } from 'constructs';
import { AuditSigningKey } from './constructs/audit-signing-key.ts';
import { ContentKeys, grantsOnlyForAwsResources } from './constructs/content-keys.ts';
import { QueueWithDlq } from './constructs/queue-with-dlq.ts';
import { acknowledgeControl } from './control-tower.ts';
import {
  BUCKETS,
  type BucketKey,
  CASE_TABLE,
  type AttributeType as DeclaredAttributeType,
  type KeyAttribute,
  QUEUES,
  type QueueDeclaration,
  type QueueKey,
} from './desk-resources.ts';

export interface DeskStateProps {
  /** Prefix of physical names (queues), usually the stack name. */
  readonly namePrefix: string;
  /** Subscribed to the operator alarm topic when set. */
  readonly alarmEmail?: string;
  /** Roles of the marketing systems that read the suppression queue (see grantSuppressionConsumers). */
  readonly suppressionConsumerRoleArns?: readonly string[];
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
  /** Signs the daily audit checkpoints; only the sweep may sign. */
  public readonly auditSigningKey: AuditSigningKey;
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
    const { account, region, partition } = Stack.of(this);
    // CloudWatch alarms publish to the encrypted alarm topic as the CloudWatch service, which needs
    // the key (documented SNS/CloudWatch requirement; without it alarm actions fail silently). Only
    // for this account's alarms, as the topic policy says: the service acts for every account.
    this.key.addToResourcePolicy(
      new PolicyStatement({
        sid: 'AllowCloudWatchAlarmsToUseTheAlarmTopic',
        principals: [new ServicePrincipal('cloudwatch.amazonaws.com')],
        actions: ['kms:Decrypt', 'kms:GenerateDataKey*'],
        // A key policy statement: "*" is this key, not every resource.
        resources: ['*'],
        conditions: {
          StringEquals: { 'aws:SourceAccount': account },
          ArnLike: { 'aws:SourceArn': `arn:${partition}:cloudwatch:${region}:${account}:alarm:*` },
        },
      }),
    );
    // CloudWatch Logs encrypts the desk's log groups with the key (the documented key policy for
    // log group encryption): only for log groups of this account and region, which the encryption
    // context names.
    this.key.addToResourcePolicy(
      new PolicyStatement({
        sid: 'AllowCloudWatchLogsToEncryptTheLogGroups',
        principals: [new ServicePrincipal(`logs.${region}.amazonaws.com`)],
        actions: ['kms:Encrypt*', 'kms:Decrypt*', 'kms:ReEncrypt*', 'kms:GenerateDataKey*', 'kms:Describe*'],
        // A key policy statement: "*" is this key, not every resource.
        resources: ['*'],
        conditions: {
          ArnLike: {
            'kms:EncryptionContext:aws:logs:arn': `arn:${partition}:logs:${region}:${account}:log-group:*`,
          },
        },
      }),
    );
    this.key.addToResourcePolicy(grantsOnlyForAwsResources());

    this.contentKeys = new ContentKeys(this, 'ContentKeys');
    this.auditSigningKey = new AuditSigningKey(this, 'AuditSigningKey');

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
    this.grantSuppressionConsumers(props);

    this.accessLogBucket = new Bucket(this, 'AccessLogBucket', {
      // S3 server access logging cannot deliver to a bucket encrypted with a KMS key.
      encryption: BucketEncryption.S3_MANAGED,
      blockPublicAccess: BlockPublicAccess.BLOCK_ALL,
      objectOwnership: ObjectOwnership.BUCKET_OWNER_ENFORCED,
      enforceSSL: true,
      // A deleted log stays recoverable for the same window as a deleted attachment.
      versioned: true,
      lifecycleRules: [
        {
          id: 'ExpireAccessLogs',
          expiration: Duration.days(ACCESS_LOG_DAYS),
          noncurrentVersionExpiration: Duration.days(NONCURRENT_VERSION_DAYS),
        },
        { id: 'RemoveExpiredDeleteMarkers', expiredObjectDeleteMarker: true },
      ],
      removalPolicy: RemovalPolicy.RETAIN,
    });
    publishEventsToEventBridge(this.accessLogBucket);
    Validations.of(this.accessLogBucket).acknowledge({
      id: 'AwsSolutions-S1',
      reason:
        'This bucket receives the server access logs of the desk buckets; logging access to the logs would recurse.',
    });
    acknowledgeControl(
      this.accessLogBucket,
      'CT.S3.PR.2',
      'this bucket receives the server access logs of the desk buckets; logging access to the logs would recurse.',
    );
    acknowledgeControl(
      this.accessLogBucket,
      'CT.S3.PR.9',
      'S3 does not deliver server access logs to a bucket with Object Lock.',
    );
    acknowledgeControl(
      this.accessLogBucket,
      'CT.S3.PR.10',
      'S3 server access logging supports default encryption with SSE-S3 only on its target bucket, not SSE-KMS; the logs hold request metadata (ids, principals, operations), no case content.',
    );

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
    for (const bucket of Object.values(this.buckets)) {
      publishEventsToEventBridge(bucket);
      acknowledgeControl(
        bucket,
        'CT.S3.PR.9',
        "Object Lock would forbid what retention requires: the sweep deletes a purged case's attachments with every version, and raw inbound mail expires after 30 days. Versioning keeps a deleted object recoverable for 30 days instead.",
      );
    }
  }

  /**
   * The queues that systems outside the desk read (the suppression queue): their URL and ARN as
   * outputs, and for each consumer role given, what a consumer needs and nothing more: receive,
   * delete and change visibility on that queue (its resource policy), and decrypt with the storage
   * key only through SQS and only for that queue (the key policy, bound to SQS's encryption context
   * `aws:sqs:arn`), so the grant reaches neither the table nor the other queues.
   */
  private grantSuppressionConsumers(props: DeskStateProps): void {
    const stack = Stack.of(this);
    for (const [key, declaration] of Object.entries(QUEUES) as [QueueKey, QueueDeclaration][]) {
      if (declaration.externalConsumer === undefined) continue;
      const { queue } = this.queues[key];
      new CfnOutput(this, `${declaration.id}Url`, {
        key: `${declaration.id}Url`,
        value: queue.queueUrl,
        description: `Read by ${declaration.externalConsumer}`,
      });
      new CfnOutput(this, `${declaration.id}Arn`, {
        key: `${declaration.id}Arn`,
        value: queue.queueArn,
        description: `Grant its consumers sqs:ReceiveMessage, sqs:DeleteMessage and kms:Decrypt via SQS (context desk:suppressionConsumerRoleArns)`,
      });
      const consumers = props.suppressionConsumerRoleArns ?? [];
      if (consumers.length === 0) continue;
      const principals = consumers.map((arn) => new ArnPrincipal(arn));
      queue.addToResourcePolicy(
        new PolicyStatement({
          sid: 'MarketingSystemsConsume',
          principals,
          actions: [
            'sqs:ReceiveMessage',
            'sqs:DeleteMessage',
            'sqs:ChangeMessageVisibility',
            'sqs:GetQueueAttributes',
          ],
          resources: [queue.queueArn],
        }),
      );
      // Named by its computed ARN: the queue refers to the key, so the key cannot refer to the queue.
      const queueArn = stack.formatArn({
        service: 'sqs',
        resource: `${props.namePrefix}-${declaration.name}`,
        arnFormat: ArnFormat.NO_RESOURCE_NAME,
      });
      this.key.addToResourcePolicy(
        new PolicyStatement({
          sid: `MarketingSystemsDecrypt${declaration.id}`,
          principals,
          actions: ['kms:Decrypt'],
          // A key policy statement: "*" is this key, not every resource.
          resources: ['*'],
          conditions: {
            StringEquals: {
              'kms:ViaService': `sqs.${stack.region}.amazonaws.com`,
              'kms:EncryptionContext:aws:sqs:arn': queueArn,
            },
          },
        }),
      );
    }
  }
}

/**
 * S3 sends the bucket's object events (created, deleted, restored) to the account's default
 * EventBridge bus, where an operator can archive or alert on them (deletions are the retention
 * purge's audit trail); nothing subscribes by default. Object keys are ids, never personal data.
 * Set on the CloudFormation resource itself: CDK's `eventBridgeEnabled` would add a custom resource
 * and its Lambda function just to call PutBucketNotificationConfiguration.
 */
function publishEventsToEventBridge(bucket: Bucket): void {
  (bucket.node.defaultChild as CfnBucket).notificationConfiguration = {
    eventBridgeConfiguration: { eventBridgeEnabled: true },
  };
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
