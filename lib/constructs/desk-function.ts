import { join } from 'node:path';
import { CfnElement, Duration, RemovalPolicy, Stack, Validations } from 'aws-cdk-lib';
import type { ITable } from 'aws-cdk-lib/aws-dynamodb';
import { PolicyStatement } from 'aws-cdk-lib/aws-iam';
import { Architecture, Runtime } from 'aws-cdk-lib/aws-lambda';
import { NodejsFunction, OutputFormat } from 'aws-cdk-lib/aws-lambda-nodejs';
import { LogGroup, RetentionDays } from 'aws-cdk-lib/aws-logs';
import type { IBucket } from 'aws-cdk-lib/aws-s3';
import type { IQueue } from 'aws-cdk-lib/aws-sqs';
import type { Construct, IConstruct } from 'constructs';
import type { DeskConfig } from '../../domain/config/desk-config.ts';
import { BUCKETS, CASE_TABLE, type FunctionDeclaration, QUEUES, type QueueKey } from '../desk-resources.ts';

/** Read by the mailer (functions/shared/wiring.ts): every email names this configuration set. */
export const SES_CONFIGURATION_SET_ENV = 'DESK_SES_CONFIGURATION_SET';

/** How a function may use the case table (`none` functions are simply not bound). */
export type TableAccessMode = Exclude<FunctionDeclaration['table'], 'none'>;

export interface DeskFunctionProps {
  readonly declaration: FunctionDeclaration;
  /** Repository root: declaration entries and package-lock.json are relative to it. */
  readonly projectRoot: string;
  /** Log retention; one month unless said otherwise. */
  readonly logRetention?: RetentionDays;
  /** esbuild defines: expressions replaced at bundling, e.g. deskConfigDefine(config). */
  readonly define?: Readonly<Record<string, string>>;
}

/**
 * The validated configuration as an esbuild define of `process.env.DESK_CONFIG_JSON`, which
 * adapters/desk-config-from-env.ts reads (and validates again): too large for Lambda's 4 KB of
 * environment, and part of the code version rather than a setting that can drift from it.
 */
export function deskConfigDefine(config: DeskConfig): Record<string, string> {
  return { 'process.env.DESK_CONFIG_JSON': JSON.stringify(JSON.stringify(config)) };
}

/** Lambda's Node.js runtime and the esbuild target that matches it: change them together. */
const RUNTIME = Runtime.NODEJS_24_X;
const ESBUILD_TARGET = 'node24';

/**
 * The one way the desk builds a Lambda function: Node.js LTS on arm64, an ESM bundle made by the
 * local esbuild with the AWS SDK inside (importing a bundled SDK was twice as fast as the runtime's
 * copy), source maps, and an explicit log group with a retention period.
 *
 * `bindTable` and `bindQueue` grant access and set the environment variable the handler reads, in
 * one call, so a grant can never be forgotten while the variable is set (or the reverse).
 */
export class DeskFunction extends NodejsFunction {
  public readonly declaration: FunctionDeclaration;

  public constructor(scope: Construct, id: string, props: DeskFunctionProps) {
    const { declaration, projectRoot } = props;
    const logGroup = new LogGroup(scope, `${id}LogGroup`, {
      retention: props.logRetention ?? RetentionDays.ONE_MONTH,
      // Logs carry ids and outcomes only, and expire anyway; nothing to keep after the stack.
      removalPolicy: RemovalPolicy.DESTROY,
    });
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
      logGroup,
      environment: {
        NODE_OPTIONS: '--enable-source-maps',
        POWERTOOLS_SERVICE_NAME: 'privacy-desk',
      },
      bundling: {
        format: OutputFormat.ESM,
        target: ESBUILD_TARGET,
        minify: true,
        sourceMap: true,
        mainFields: ['module', 'main'],
        // CommonJS dependencies inside an ESM bundle still call require().
        banner: "import { createRequire } from 'module'; const require = createRequire(import.meta.url);",
        // Bundle everything, the AWS SDK included.
        externalModules: [],
        ...(props.define ? { define: { ...props.define } } : {}),
      },
    });
    this.declaration = declaration;

    Validations.of(this).acknowledge({
      id: 'AwsSolutions-IAM4[Policy::arn:<AWS::Partition>:iam::aws:policy/service-role/AWSLambdaBasicExecutionRole]',
      reason:
        'AWSLambdaBasicExecutionRole only lets the function write its own CloudWatch logs; it is the standard Lambda execution policy.',
    });
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
    Validations.of(this).acknowledge({
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
   * Lets the function read raw inbound mail from the mail bucket (`read`), and also write attachments
   * (`readWrite`), each under its own prefix only, and sets the bucket name in the environment.
   */
  public bindMailBucket(bucket: IBucket, mode: NonNullable<FunctionDeclaration['mailBucket']>): void {
    const { envVar, inboundPrefix, attachmentPrefix } = BUCKETS.mail;
    this.addEnvironment(envVar, bucket.bucketName);
    bucket.grantRead(this, `${inboundPrefix}*`);
    if (mode === 'readWrite') bucket.grantPut(this, `${attachmentPrefix}*`);
    for (const prefix of mode === 'readWrite' ? [inboundPrefix, attachmentPrefix] : [inboundPrefix]) {
      Validations.of(this).acknowledge({
        id: `AwsSolutions-IAM5[Resource::${cfnArnReference(bucket)}/${prefix}*]`,
        reason: `The objects under ${prefix} in the desk's mail bucket: one object per message or attachment, named by ids.`,
      });
    }
    for (const action of ['s3:GetBucket*', 's3:GetObject*', 's3:List*', 's3:Abort*']) {
      Validations.of(this).acknowledge({
        id: `AwsSolutions-IAM5[Action::${action}]`,
        reason:
          "CDK's S3 grant names action families; the statement's resource is the desk's mail bucket only.",
      });
    }
    if (bucket.encryptionKey) this.acknowledgeKeyGrant('the mail bucket');
  }

  /**
   * CDK's KMS grants for an encrypted table or queue name action families (kms:GenerateDataKey*,
   * kms:ReEncrypt*), always on the one customer-managed key of that resource.
   */
  private acknowledgeKeyGrant(what: string): void {
    for (const action of ['kms:GenerateDataKey*', 'kms:ReEncrypt*']) {
      Validations.of(this).acknowledge({
        id: `AwsSolutions-IAM5[Action::${action}]`,
        reason: `CDK's grant on ${what} needs data-key generation and re-encryption with that resource's customer-managed key only (the statement's resource is that key).`,
      });
    }
  }

  /**
   * Lets the function send email from one verified SES identity (a domain or an address), and, when
   * given, through a configuration set (SES authorises both resources; the set's name goes in the
   * environment for the mailer).
   */
  public allowSendingEmailFrom(
    identity: string,
    configurationSet?: { readonly name: string; readonly arn: string },
  ): void {
    const identityArn = Stack.of(this).formatArn({
      service: 'ses',
      resource: 'identity',
      resourceName: identity,
    });
    this.addToRolePolicy(
      new PolicyStatement({
        actions: ['ses:SendEmail', 'ses:SendRawEmail'],
        resources: configurationSet ? [identityArn, configurationSet.arn] : [identityArn],
      }),
    );
    if (configurationSet) this.addEnvironment(SES_CONFIGURATION_SET_ENV, configurationSet.name);
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
