import { Annotations, CfnOutput, Duration, Stack, Validations } from 'aws-cdk-lib';
import type { HttpApi, HttpStage } from 'aws-cdk-lib/aws-apigatewayv2';
import { Alarm, ComparisonOperator, type Metric, TreatMissingData } from 'aws-cdk-lib/aws-cloudwatch';
import { SnsAction } from 'aws-cdk-lib/aws-cloudwatch-actions';
import { Role, ServicePrincipal } from 'aws-cdk-lib/aws-iam';
import { SqsEventSource } from 'aws-cdk-lib/aws-lambda-event-sources';
import {
  ContextAttribute,
  Schedule,
  ScheduleExpression,
  ScheduleTargetInput,
} from 'aws-cdk-lib/aws-scheduler';
import { LambdaInvoke } from 'aws-cdk-lib/aws-scheduler-targets';
import { Construct } from 'constructs';
import {
  cfnArnReference,
  DeskFunction,
  deskConfigDefine,
  openApiDefine,
} from './constructs/desk-function.ts';
import { DeadLetterQueue } from './constructs/queue-with-dlq.ts';
import { createDeskHttpApi } from './desk-http-api.ts';
import { DeskMail } from './desk-mail.ts';
import {
  BUCKETS,
  CORS_ORIGINS_ENV,
  DEPLOYMENT_ENV,
  FUNCTIONS,
  type FunctionDeclaration,
  type FunctionKey,
  HTTP_ROUTES,
  MAIL_RECEIVERS,
  type MailReceiverDeclaration,
  QUEUE_CONSUMERS,
  QUEUES,
  SCHEDULES,
  STAFF_AUTH_ENV,
} from './desk-resources.ts';
import {
  ASYNC_RETRY_ATTEMPTS,
  type DeskServiceProps,
  isLoopback,
  VISIBILITY_TIMEOUT_FACTOR,
} from './desk-service-props.ts';
import type { DeskState } from './desk-state.ts';
import { StaffSignIn } from './staff-sign-in.ts';

export { type DeskServiceProps, VISIBILITY_TIMEOUT_FACTOR } from './desk-service-props.ts';

/**
 * The service part of the desk, generated from resources/desk-resources.ts: one function per FUNCTIONS
 * entry with exactly the access its declaration names, the HTTP API with every HTTP_ROUTES entry,
 * SES sending and the inbound receipt rule for MAIL_RECEIVERS, an SQS event source per
 * QUEUE_CONSUMERS entry and an EventBridge Scheduler schedule per SCHEDULES entry, with alarms on
 * every failure path.
 */
export class DeskService extends Construct {
  public readonly functions: Record<FunctionKey, DeskFunction>;
  public readonly api: HttpApi;
  public readonly stage: HttpStage;
  public readonly mail: DeskMail;
  public readonly staffSignIn: StaffSignIn;
  /** Queues where failed asynchronous work ends (schedules, mail receivers); each has its alarm. */
  public readonly failureQueues: DeadLetterQueue[] = [];
  /** Every alarm of this construct, for the dashboard. */
  public readonly alarms: Alarm[] = [];
  private readonly alarmAction: SnsAction;

  public constructor(scope: Construct, id: string, props: DeskServiceProps) {
    super(scope, id);
    const { state, config } = props;
    this.alarmAction = new SnsAction(state.alarmTopic);
    const httpFunctions = new Set<FunctionKey>(HTTP_ROUTES.map((route) => route.function));
    const staffFunctions = new Set<FunctionKey>(
      HTTP_ROUTES.filter((route) => 'staffOnly' in route).map((route) => route.function),
    );
    this.staffSignIn = new StaffSignIn(this, 'StaffSignIn', {
      namePrefix: props.namePrefix,
      callbackUrls: props.staffConsoleCallbackUrls,
      ...(props.staffSignInDomainPrefix ? { domainPrefix: props.staffSignInDomainPrefix } : {}),
    });

    this.mail = new DeskMail(this, 'Mail', {
      state,
      config,
      namePrefix: props.namePrefix,
      sandboxRecipients: props.sesSandboxRecipients,
      existingIdentities: props.sesExistingIdentities,
    });

    this.functions = Object.fromEntries(
      (Object.entries(FUNCTIONS) as [FunctionKey, FunctionDeclaration][]).map(([key, declaration]) => {
        const fn = new DeskFunction(this, declaration.id, {
          declaration,
          projectRoot: props.projectRoot,
          define:
            key === 'openApi'
              ? { ...deskConfigDefine(config), ...openApiDefine(config) }
              : deskConfigDefine(config),
          logRetention: props.logRetention,
          logEncryptionKey: state.key,
        });
        if (declaration.table !== 'none') {
          fn.bindTable(state.table, declaration.table);
        }
        for (const queueKey of declaration.sendsTo) {
          fn.bindQueue(queueKey, state.queues[queueKey].queue);
        }
        if (declaration.content !== 'none') {
          fn.bindContentKeys(state.contentKeys, declaration.content);
        }
        if ('signsAuditCheckpoints' in declaration && declaration.signsAuditCheckpoints) {
          fn.addEnvironment(DEPLOYMENT_ENV.auditSigningKeyArn, state.auditSigningKey.key.keyArn);
          state.auditSigningKey.allowSigning(fn.executionRole);
        }
        if (declaration.sendsEmail) {
          fn.allowSendingEmail({
            identityArns: this.mail.sendingIdentityArns,
            configurationSetName: this.mail.configurationSet.configurationSetName,
          });
        }
        if (declaration.mailBucket) {
          fn.bindMailBucket(state.buckets.mail, declaration.mailBucket);
        }
        if (httpFunctions.has(key)) {
          fn.addEnvironment(CORS_ORIGINS_ENV, props.corsOrigins.join(','));
        }
        if (staffFunctions.has(key)) {
          // The function verifies the token again, against the same pool and client.
          fn.addEnvironment(STAFF_AUTH_ENV.issuer, this.staffSignIn.issuer);
          fn.addEnvironment(STAFF_AUTH_ENV.audience, this.staffSignIn.client.userPoolClientId);
          fn.addEnvironment(STAFF_AUTH_ENV.jwksUrl, this.staffSignIn.jwksUrl);
        }
        this.alarmOn(`${declaration.id}ErrorsAlarm`, fn.metricErrors({ period: Duration.minutes(5) }), {
          description: `${declaration.id} threw (${declaration.description}). Look for its request id in the function's log group.`,
        });
        this.alarmOn(`${declaration.id}ThrottlesAlarm`, fn.metricThrottles({ period: Duration.minutes(5) }), {
          description: `${declaration.id} was throttled: its reserved concurrency${declaration.reservedConcurrency ? ` (${declaration.reservedConcurrency})` : ''} or the account's concurrency is exhausted. Requests were refused or events delayed.`,
        });
        return [key, fn];
      }),
    ) as Record<FunctionKey, DeskFunction>;

    ({ api: this.api, stage: this.stage } = createDeskHttpApi(this, props, this.functions, this.staffSignIn));
    this.alarmOn('ApiServerErrorsAlarm', this.api.metricServerError({ period: Duration.minutes(5) }), {
      description:
        'The HTTP API answered 5xx: a handler failed or timed out. See the API access log and function logs.',
    });

    // Links in emails: the configuration's base URL, unless it is the example's localhost, which
    // no recipient could open; then the API's own URL.
    if (isLoopback(config.publicBaseUrl)) {
      Annotations.of(this).addWarningV2(
        'privacy-desk:publicBaseUrl',
        `publicBaseUrl in the configuration is ${config.publicBaseUrl}; links in emails use the API URL instead. Set it to your own domain to change that.`,
      );
      for (const fn of Object.values(this.functions)) {
        fn.addEnvironment(DEPLOYMENT_ENV.publicBaseUrl, this.stage.url);
      }
    }

    this.createQueueConsumers(state);
    this.createSchedules(props);
    this.createInboundMail(props);

    new CfnOutput(this, 'ApiUrl', {
      key: 'ApiUrl',
      value: this.stage.url,
      description: 'Base URL of the HTTP API',
    });
  }

  private createQueueConsumers(state: DeskState): void {
    for (const consumer of QUEUE_CONSUMERS) {
      const queue = QUEUES[consumer.queue];
      const fn = this.functions[consumer.function];
      const declaration: FunctionDeclaration = fn.declaration;
      if (queue.visibilityTimeoutSeconds < VISIBILITY_TIMEOUT_FACTOR * declaration.timeoutSeconds) {
        throw new Error(
          `QUEUES.${consumer.queue}.visibilityTimeoutSeconds (${queue.visibilityTimeoutSeconds}) must be at least ` +
            `${VISIBILITY_TIMEOUT_FACTOR} x FUNCTIONS.${consumer.function}.timeoutSeconds (${declaration.timeoutSeconds})`,
        );
      }
      fn.addEventSource(
        new SqsEventSource(state.queues[consumer.queue].queue, {
          batchSize: consumer.batchSize,
          maxBatchingWindow: Duration.seconds(consumer.maxBatchingWindowSeconds),
          reportBatchItemFailures: true,
          // With reserved concurrency, let the poller stop at that cap instead of being throttled:
          // throttled batches return to the queue and count as receives towards the DLQ.
          maxConcurrency:
            declaration.reservedConcurrency !== undefined && declaration.reservedConcurrency >= 2
              ? declaration.reservedConcurrency
              : undefined,
        }),
      );
    }
  }

  private createSchedules(props: DeskServiceProps): void {
    if ((SCHEDULES as readonly unknown[]).length === 0) return;
    const { state } = props;
    const scheduleDlq = new DeadLetterQueue(this, 'ScheduleDeadLetter', {
      queueName: `${props.namePrefix}-schedule-dlq`,
      retention: Duration.days(14),
      encryptionKey: state.key,
      alarmTopic: state.alarmTopic,
      purpose: 'A scheduled invocation failed after its retries',
    });
    this.failureQueues.push(scheduleDlq);
    Validations.of(scheduleDlq).acknowledge({
      id: 'AwsSolutions-SQS3',
      reason:
        'This queue is itself the dead-letter queue of the EventBridge Scheduler targets; it is alarmed and needs no DLQ of its own.',
    });
    for (const declaration of SCHEDULES) {
      const fn = this.functions[declaration.function];
      new Schedule(this, declaration.id, {
        description: declaration.description,
        schedule: ScheduleExpression.rate(Duration.minutes(declaration.everyMinutes)),
        target: new LambdaInvoke(fn, {
          role: this.schedulerRole(declaration.id, fn, scheduleDlq),
          input: ScheduleTargetInput.fromObject({ scheduledAt: ContextAttribute.scheduledTime }),
          deadLetterQueue: scheduleDlq.queue,
          retryAttempts: 3,
          // A run older than one period is superseded by the next one.
          maxEventAge: Duration.minutes(Math.max(1, declaration.everyMinutes)),
        }),
      });
    }
  }

  /**
   * SES receiving: the receipt rule stores every message for the inbound domain in the mail bucket,
   * then invokes each MAIL_RECEIVERS function asynchronously; an invocation that still fails after
   * Lambda's retries lands in that function's failure queue (alarmed). Without receivers the rule
   * still stores the mail (it expires with the bucket's lifecycle rule).
   */
  private createInboundMail(props: DeskServiceProps): void {
    const { state } = props;
    const receivers = (MAIL_RECEIVERS as readonly MailReceiverDeclaration[]).map((receiver) => {
      const fn = this.functions[receiver.function];
      const failures = new DeadLetterQueue(this, `${fn.declaration.id}FailureQueue`, {
        queueName: `${props.namePrefix}-${receiver.function}-failed`,
        retention: Duration.days(14),
        encryptionKey: state.key,
        alarmTopic: state.alarmTopic,
        purpose: `An inbound email could not be processed by ${fn.declaration.id} after ${ASYNC_RETRY_ATTEMPTS} retries (the raw message stays in the mail bucket)`,
      });
      this.failureQueues.push(failures);
      Validations.of(failures).acknowledge({
        id: 'AwsSolutions-SQS3',
        reason:
          "This queue is itself the on-failure destination of the function's asynchronous invocations; it is alarmed and needs no DLQ of its own.",
      });
      fn.sendAsyncFailuresTo(failures.queue, {
        retryAttempts: ASYNC_RETRY_ATTEMPTS,
        maxEventAge: Duration.hours(6),
      });
      return fn;
    });
    this.mail.receive({
      bucket: state.buckets.mail,
      bucketName: state.bucketNames.mail,
      bucketDeclaration: BUCKETS.mail,
      receivers,
    });
    new CfnOutput(this, 'InboundAddressPattern', {
      key: 'InboundAddressPattern',
      value: `case+<token>@${this.mail.inboundDomain}`,
      description: 'Reply addresses the desk puts in Reply-To; SES receives every address of this domain',
    });
    new CfnOutput(this, 'InboundMxRecord', {
      key: 'InboundMxRecord',
      value: `${this.mail.inboundDomain} MX 10 inbound-smtp.${Stack.of(this).region}.amazonaws.com`,
      description: 'The MX record that routes the inbound domain to SES in this region',
    });
    new CfnOutput(this, 'ActivateReceiptRuleSet', {
      key: 'ActivateReceiptRuleSet',
      value: `aws ses set-active-receipt-rule-set --rule-set-name ${this.mail.receiptRuleSet!.receiptRuleSetName} --region ${Stack.of(this).region}`,
      description: 'CloudFormation cannot activate a receipt rule set: run this once after the first deploy',
    });
  }

  /**
   * The role EventBridge Scheduler assumes for one schedule. CDK's default target role grants only
   * sqs:SendMessage on the dead-letter queue, which fails on a KMS-encrypted queue; this one also
   * gets the key through the queue's grant.
   */
  private schedulerRole(scheduleId: string, fn: DeskFunction, deadLetter: DeadLetterQueue): Role {
    const stack = Stack.of(this);
    const role = new Role(this, `${scheduleId}Role`, {
      description: `EventBridge Scheduler: ${scheduleId}`,
      assumedBy: new ServicePrincipal('scheduler.amazonaws.com', {
        conditions: {
          StringEquals: {
            'aws:SourceAccount': stack.account,
            'aws:SourceArn': stack.formatArn({
              service: 'scheduler',
              resource: 'schedule-group',
              resourceName: 'default',
            }),
          },
        },
      }),
    });
    deadLetter.queue.grantSendMessages(role);
    Validations.of(role).acknowledge({
      id: `AwsSolutions-IAM5[Resource::${cfnArnReference(fn)}:*]`,
      reason:
        'The Scheduler target grant covers the versions and aliases of this one function, so the schedule may point at an alias later.',
    });
    for (const action of ['kms:GenerateDataKey*', 'kms:ReEncrypt*']) {
      Validations.of(role).acknowledge({
        id: `AwsSolutions-IAM5[Action::${action}]`,
        reason:
          "CDK's grant on the encrypted schedule dead-letter queue: data keys of the desk's customer-managed key only (the statement's resource is that key).",
      });
    }
    return role;
  }

  private alarmOn(id: string, metric: Metric, options: { readonly description: string }): Alarm {
    const alarm = new Alarm(this, id, {
      alarmDescription: options.description,
      metric: metric.with({ statistic: 'Sum' }),
      threshold: 1,
      comparisonOperator: ComparisonOperator.GREATER_THAN_OR_EQUAL_TO_THRESHOLD,
      evaluationPeriods: 1,
      treatMissingData: TreatMissingData.NOT_BREACHING,
    });
    alarm.addAlarmAction(this.alarmAction);
    this.alarms.push(alarm);
    return alarm;
  }
}
