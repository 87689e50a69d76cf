import { Aws, Duration, RemovalPolicy, Validations } from 'aws-cdk-lib';
import { AttributeType, BillingMode, ProjectionType, Table, TableEncryption } from 'aws-cdk-lib/aws-dynamodb';
import { Effect, PolicyStatement, ServicePrincipal } from 'aws-cdk-lib/aws-iam';
import { Key } from 'aws-cdk-lib/aws-kms';
import { BlockPublicAccess, Bucket, BucketEncryption, ObjectOwnership } from 'aws-cdk-lib/aws-s3';
import { Topic } from 'aws-cdk-lib/aws-sns';
import { EmailSubscription } from 'aws-cdk-lib/aws-sns-subscriptions';
import { Construct } from 'constructs';
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

/**
 * The stateful part of the desk: the customer-managed key, the case table, the queues with their
 * dead-letter queues, and the operator alarm topic. Everything here holds data or evidence of a
 * failure; the service part (functions, API, schedules) can be replaced freely around it.
 */
export class DeskState extends Construct {
  public readonly key: Key;
  public readonly table: Table;
  public readonly alarmTopic: Topic;
  public readonly queues: Record<QueueKey, QueueWithDlq>;
  public readonly buckets: Record<BucketKey, Bucket>;

  public constructor(scope: Construct, id: string, props: DeskStateProps) {
    super(scope, id);

    this.key = new Key(this, 'Key', {
      description: 'Privacy Desk: case table, queues, alarm topic and envelope encryption of case content',
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
        resources: ['*'],
      }),
    );

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

    // The mail bucket: raw inbound messages (SES writes them; the receipt rule set comes with a later
    // issue) and the attachments the desk keeps, encrypted with the desk's key on top of its own
    // content encryption. Private, TLS only, retained with the data it holds.
    this.buckets = Object.fromEntries(
      Object.entries(BUCKETS).map(([key, declaration]) => {
        const bucket = new Bucket(this, declaration.id, {
          encryption: BucketEncryption.KMS,
          encryptionKey: this.key,
          bucketKeyEnabled: true,
          blockPublicAccess: BlockPublicAccess.BLOCK_ALL,
          objectOwnership: ObjectOwnership.BUCKET_OWNER_ENFORCED,
          enforceSSL: true,
          removalPolicy: RemovalPolicy.RETAIN,
          lifecycleRules: [
            {
              id: 'ExpireRawInboundMail',
              prefix: declaration.inboundPrefix,
              expiration: Duration.days(declaration.inboundRetentionDays),
            },
            { id: 'AbortIncompleteUploads', abortIncompleteMultipartUploadAfter: Duration.days(1) },
          ],
        });
        Validations.of(bucket).acknowledge({
          id: 'AwsSolutions-S1',
          reason:
            'Object keys carry case ids and SES message ids only; access is limited to the desk functions and recorded by CloudTrail. Server access logs would need a second bucket holding the same ids.',
        });
        return [key, bucket];
      }),
    ) as Record<BucketKey, Bucket>;
  }
}
