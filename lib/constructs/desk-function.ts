import { join } from 'node:path';
import { CfnElement, Duration, RemovalPolicy, Stack, Validations } from 'aws-cdk-lib';
import type { ITable } from 'aws-cdk-lib/aws-dynamodb';
import { PolicyStatement, Role, ServicePrincipal } from 'aws-cdk-lib/aws-iam';
import type { IKey } from 'aws-cdk-lib/aws-kms';
import { Architecture, Runtime } from 'aws-cdk-lib/aws-lambda';
import { SqsDestination } from 'aws-cdk-lib/aws-lambda-destinations';
import { NodejsFunction, OutputFormat } from 'aws-cdk-lib/aws-lambda-nodejs';
import { LogGroup, RetentionDays } from 'aws-cdk-lib/aws-logs';
import type { IBucket } from 'aws-cdk-lib/aws-s3';
import type { IQueue } from 'aws-cdk-lib/aws-sqs';
import type { Construct, IConstruct } from 'constructs';
import { bakeDeskSettings } from '../../adapters/desk-config-from-env.ts';
import type { DeskConfig } from '../../domain/config/desk-config.ts';
import { deskSettings } from '../../domain/desk-settings.ts';
import { openApiDocumentJson } from '../../functions/openapi/openapi-document.ts';
import { acknowledgeControl } from '../control-tower.ts';
import {
  BUCKETS,
  CASE_TABLE,
  DEPLOYMENT_ENV,
  type FunctionDeclaration,
  METRICS,
  QUEUES,
  type QueueKey,
} from '../desk-resources.ts';
import type { ContentKeys } from './content-keys.ts';
import { FUNCTION_BUNDLING } from './function-bundling.ts';

/** How a function may use the case table (`none` functions are simply not bound). */
export type TableAccessMode = Exclude<FunctionDeclaration['table'], 'none'>;

/** How a function uses the content keys (`none` functions are simply not bound). */
export type ContentUse = Exclude<FunctionDeclaration['content'], 'none'>;

export interface DeskFunctionProps {
  readonly declaration: FunctionDeclaration;
  /** Repository root: declaration entries and package-lock.json are relative to it. */
  readonly projectRoot: string;
  /** Log retention; a year unless said otherwise (AWS Control Tower asks for at least that). */
  readonly logRetention?: RetentionDays;
  /** Encrypts the log group (CloudWatch Logs' own encryption without it). */
  readonly logEncryptionKey?: IKey;
  /** esbuild defines: expressions replaced at bundling, e.g. deskConfigDefine(config). */
  readonly define?: Readonly<Record<string, string>>;
}

/**
 * The configuration, validated here at synth, as baked settings (adapters/desk-config-from-env.ts) in
 * an esbuild define of `process.env.DESK_SETTINGS_JSON`, which the functions trust without
 * validating again: too large for Lambda's 4 KB of environment, and part of the code version rather
 * than a setting that can drift from it.
 */
export function deskConfigDefine(config: DeskConfig): Record<string, string> {
  // `config` comes validated (loadDeskConfig); deskSettings validates the deadline and escalation parts.
  return { 'process.env.DESK_SETTINGS_JSON': JSON.stringify(bakeDeskSettings(deskSettings(config))) };
}

/**
 * The OpenAPI document, built at synth, as an esbuild define of `process.env.DESK_OPENAPI_DOCUMENT`
 * (functions/openapi/handler.ts).
 */
export function openApiDefine(config: DeskConfig): Record<string, string> {
  return { 'process.env.DESK_OPENAPI_DOCUMENT': JSON.stringify(openApiDocumentJson(config)) };
}

/** Lambda's Node.js runtime; FUNCTION_BUNDLING.target matches it: change them together. */
const RUNTIME = Runtime.NODEJS_24_X;

/**
 * The one way the desk builds a Lambda function: Node.js LTS on arm64, an ESM bundle made by the
 * local esbuild with the AWS SDK inside (importing a bundled SDK was twice as fast as the runtime's
 * copy), source maps, an explicit log group with a retention period, and a role of its own that
 * starts with nothing but writing to that log group.
 *
 * The `bind…` and `allow…` methods grant access and set the environment variable the handler reads,
 * in one call, so a grant can never be forgotten while the variable is set (or the reverse).
 */
export class DeskFunction extends NodejsFunction {
  public readonly declaration: FunctionDeclaration;
  /** The execution role (NodejsFunction's `role` is optional in its type; here it always exists). */
  public readonly executionRole: Role;
  /** The esbuild defines it was bundled with (the benchmark rebuilds the same bundle). */
  public readonly bundlingDefine: Readonly<Record<string, string>>;

  public constructor(scope: Construct, id: string, props: DeskFunctionProps) {
    const { declaration, projectRoot } = props;
    const logGroup = new LogGroup(scope, `${id}LogGroup`, {
      retention: props.logRetention ?? RetentionDays.ONE_YEAR,
      encryptionKey: props.logEncryptionKey,
      // Logs carry ids and outcomes only, and expire anyway; nothing to keep after the stack.
      removalPolicy: RemovalPolicy.DESTROY,
    });
    // Instead of AWSLambdaBasicExecutionRole (logs:CreateLogGroup and logs:PutLogEvents on every log
    // group of the account): the function writes to its own log group only, which the stack creates.
    const role = new Role(scope, `${id}Role`, {
      assumedBy: new ServicePrincipal('lambda.amazonaws.com'),
      description: `Privacy Desk ${id}: ${declaration.description}`.slice(0, 1000),
    });
    logGroup.grantWrite(role);
    super(scope, id, {
      entry: join(projectRoot, declaration.entry),
      handler: 'handler',
      projectRoot,
      depsLockFilePath: join(projectRoot, 'package-lock.json'),
      description: declaration.description,
      runtime: RUNTIME,
      architecture: Architecture.ARM_64,
      memorySize: declaration.memoryMb,
      timeout: Duration.seconds(declaration.timeoutSeconds),
      reservedConcurrentExecutions: declaration.reservedConcurrency,
      role,
      logGroup,
      environment: {
        NODE_OPTIONS: '--enable-source-maps',
        POWERTOOLS_SERVICE_NAME: METRICS.serviceName,
        POWERTOOLS_METRICS_NAMESPACE: METRICS.namespace,
      },
      bundling: {
        ...FUNCTION_BUNDLING,
        format: OutputFormat.ESM,
        mainFields: [...FUNCTION_BUNDLING.mainFields],
        externalModules: [...FUNCTION_BUNDLING.externalModules],
        ...(props.define ? { define: { ...props.define } } : {}),
      },
    });
    this.declaration = declaration;
    this.executionRole = role;
    this.bundlingDefine = { ...props.define };
    acknowledgeControl(
      this,
      'CT.LAMBDA.PR.3',
      'the functions call AWS APIs only (DynamoDB, SQS, SES, S3, KMS), over TLS with IAM authentication; there is no private network resource to reach. A VPC would need NAT or interface endpoints and protect nothing here.',
    );
  }

  /** Grants read or read-write access to the table (and its key) and sets its name in the environment. */
  public bindTable(table: ITable, mode: TableAccessMode, envVar: string = CASE_TABLE.envVar): void {
    this.addEnvironment(envVar, table.tableName);
    if (mode === 'readWrite') {
      table.grantReadWriteData(this);
      this.acknowledgeKeyGrant('the case table');
    } else {
      table.grantReadData(this);
    }
    Validations.of(this.executionRole).acknowledge({
      id: `AwsSolutions-IAM5[Resource::${cfnArnReference(table)}/index/*]`,
      reason:
        "CDK's table grant covers the table's own secondary indexes (queries by due date and by pending step); no other table is reachable.",
    });
  }

  /** Lets the function send to a declared queue (and encrypt with its key) and sets the queue URL. */
  public bindQueue(key: QueueKey, queue: IQueue): void {
    this.addEnvironment(QUEUES[key].envVar, queue.queueUrl);
    queue.grantSendMessages(this);
    if (queue.encryptionMasterKey) {
      this.acknowledgeKeyGrant(`the ${key} queue`);
    }
  }

  /**
   * Lets the function use the content keys as its declaration says and sets both key ARNs: every
   * content function derives the keyed-hash key (GenerateMac) and seals content (GenerateDataKey);
   * only `decrypt` functions may open it. The keys' own policies grant the same to this role alone.
   */
  public bindContentKeys(keys: ContentKeys, use: ContentUse): void {
    this.addEnvironment(DEPLOYMENT_ENV.contentKeyArn, keys.contentKey.keyArn);
    this.addEnvironment(DEPLOYMENT_ENV.macKeyArn, keys.macKey.keyArn);
    keys.allow(this.executionRole, use);
  }

  /**
   * Lets the function read raw inbound mail (`read`) and also read and write attachments
   * (`readWrite`) in the mail bucket, each under its own prefix only, decrypting and encrypting with
   * the bucket's key through S3 only; or (`purgeAttachments`) only list and delete attachments,
   * every version, under the attachment prefix (no read, no key: listing and deleting need
   * neither). Sets the bucket name in the environment.
   */
  public bindMailBucket(bucket: IBucket, mode: NonNullable<FunctionDeclaration['mailBucket']>): void {
    const { envVar, inboundPrefix, attachmentPrefix } = BUCKETS.mail;
    this.addEnvironment(envVar, bucket.bucketName);
    if (mode === 'purgeAttachments') {
      this.addToRolePolicy(
        new PolicyStatement({
          actions: ['s3:ListBucket', 's3:ListBucketVersions'],
          resources: [bucket.bucketArn],
          conditions: { StringLike: { 's3:prefix': [`${attachmentPrefix}*`] } },
        }),
      );
      this.addToRolePolicy(
        new PolicyStatement({
          actions: ['s3:DeleteObject', 's3:DeleteObjectVersion'],
          resources: [bucket.arnForObjects(`${attachmentPrefix}*`)],
        }),
      );
      Validations.of(this.executionRole).acknowledge({
        id: `AwsSolutions-IAM5[Resource::${cfnArnReference(bucket)}/${attachmentPrefix}*]`,
        reason: `Deleting the attachments (every version) of cases whose retention ended: the objects under ${attachmentPrefix} in the desk's mail bucket, one prefix per case id; S3 has no narrower resource for a set of cases known only at run time.`,
      });
      return;
    }
    this.addToRolePolicy(
      new PolicyStatement({
        actions: ['s3:GetObject'],
        resources: [bucket.arnForObjects(`${inboundPrefix}*`)],
      }),
    );
    if (mode === 'readWrite') {
      this.addToRolePolicy(
        new PolicyStatement({
          actions: ['s3:GetObject', 's3:PutObject'],
          resources: [bucket.arnForObjects(`${attachmentPrefix}*`)],
        }),
      );
    }
    const key = bucket.encryptionKey;
    if (key) {
      this.addToRolePolicy(
        new PolicyStatement({
          actions: mode === 'readWrite' ? ['kms:Decrypt', 'kms:GenerateDataKey'] : ['kms:Decrypt'],
          resources: [key.keyArn],
          conditions: {
            StringEquals: { 'kms:ViaService': `s3.${Stack.of(this).region}.amazonaws.com` },
          },
        }),
      );
    }
    for (const prefix of mode === 'readWrite' ? [inboundPrefix, attachmentPrefix] : [inboundPrefix]) {
      Validations.of(this.executionRole).acknowledge({
        id: `AwsSolutions-IAM5[Resource::${cfnArnReference(bucket)}/${prefix}*]`,
        reason: `The objects under ${prefix} in the desk's mail bucket: one object per message or attachment, named by ids; S3 has no narrower resource for objects that do not exist yet.`,
      });
    }
  }

  /**
   * Lets the function send email through SES: from the given identities only (the sending domain and
   * address, plus any sandbox recipients, which SES also authorises while the account is in the
   * sandbox), with the given configuration set, and sets the configuration set in the environment.
   * SESv2 SendEmail (simple, raw or templated content) is authorised as ses:SendEmail alone.
   */
  public allowSendingEmail(options: {
    readonly identityArns: readonly string[];
    readonly configurationSetName: string;
  }): void {
    const configurationSetArn = Stack.of(this).formatArn({
      service: 'ses',
      resource: 'configuration-set',
      resourceName: options.configurationSetName,
    });
    this.addEnvironment(DEPLOYMENT_ENV.sesConfigurationSet, options.configurationSetName);
    this.addToRolePolicy(
      new PolicyStatement({
        actions: ['ses:SendEmail'],
        resources: [...options.identityArns, configurationSetArn],
      }),
    );
  }

  /**
   * Asynchronous invocations (an SES receipt rule's Lambda action) that still fail after the retries,
   * or wait longer than `maxEventAge`, go to `queue` with their event (for SES: the message id and
   * headers), encrypted and alarmed, to be redriven once the cause is fixed.
   */
  public sendAsyncFailuresTo(
    queue: IQueue,
    options: { readonly retryAttempts: number; readonly maxEventAge: Duration },
  ): void {
    this.configureAsyncInvoke({ ...options, onFailure: new SqsDestination(queue) });
    if (queue.encryptionMasterKey) {
      this.acknowledgeKeyGrant('its failure queue');
    }
  }

  /**
   * CDK's KMS grants for an encrypted table or queue name action families (kms:GenerateDataKey*,
   * kms:ReEncrypt*), always on the one customer-managed key of that resource.
   */
  private acknowledgeKeyGrant(what: string): void {
    for (const action of ['kms:GenerateDataKey*', 'kms:ReEncrypt*']) {
      Validations.of(this.executionRole).acknowledge({
        id: `AwsSolutions-IAM5[Action::${action}]`,
        reason: `CDK's grant on ${what} needs data-key generation and re-encryption with that resource's customer-managed key only (the statement's resource is that key).`,
      });
    }
  }
}

/**
 * How cdk-nag writes the ARN of a resource of this stack in a finding: `<LogicalId.Arn>`. Computed,
 * so an acknowledgement follows the resource when its construct id changes.
 */
export function cfnArnReference(resource: IConstruct): string {
  const cfn = resource.node.defaultChild;
  if (!(cfn instanceof CfnElement)) {
    throw new Error(`${resource.node.path} has no CloudFormation resource of its own in this stack`);
  }
  return `<${Stack.of(cfn).resolve(cfn.logicalId)}.Arn>`;
}
