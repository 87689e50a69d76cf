import { fileURLToPath } from 'node:url';
import { CfnOutput, Duration, RemovalPolicy, Stack, Validations } from 'aws-cdk-lib';
import { AccessLogFormat } from 'aws-cdk-lib/aws-apigateway';
import {
  CorsHttpMethod,
  HttpApi,
  HttpMethod,
  type HttpStage,
  LogGroupLogDestination,
} from 'aws-cdk-lib/aws-apigatewayv2';
import { HttpLambdaIntegration } from 'aws-cdk-lib/aws-apigatewayv2-integrations';
import { Alarm, ComparisonOperator, type Metric, TreatMissingData } from 'aws-cdk-lib/aws-cloudwatch';
import { SnsAction } from 'aws-cdk-lib/aws-cloudwatch-actions';
import { Role, ServicePrincipal } from 'aws-cdk-lib/aws-iam';
import { SqsEventSource } from 'aws-cdk-lib/aws-lambda-event-sources';
import { LogGroup, RetentionDays } from 'aws-cdk-lib/aws-logs';
import {
  ContextAttribute,
  Schedule,
  ScheduleExpression,
  ScheduleTargetInput,
} from 'aws-cdk-lib/aws-scheduler';
import { LambdaInvoke } from 'aws-cdk-lib/aws-scheduler-targets';
import { Construct } from 'constructs';
import type { DeskConfig } from '../domain/config/desk-config.ts';
import { DeliveryEvents } from './constructs/delivery-events.ts';
import { cfnArnReference, DeskFunction, deskConfigDefine } from './constructs/desk-function.ts';
import { DeadLetterQueue } from './constructs/queue-with-dlq.ts';
import {
  FUNCTIONS,
  type FunctionDeclaration,
  type FunctionKey,
  HTTP_ROUTES,
  QUEUE_CONSUMERS,
  QUEUES,
  SCHEDULES,
} from './desk-resources.ts';
import type { DeskState } from './desk-state.ts';

/** Repository root: FUNCTIONS entries are relative to it. */
const PROJECT_ROOT = fileURLToPath(new URL('..', import.meta.url));

/** AWS's advice for Lambda event sources: the queue hides a message for six function timeouts. */
const VISIBILITY_TIMEOUT_FACTOR = 6;

/** Read by the HTTP handlers' CORS middleware (functions/shared/http-handler.ts). */
const CORS_ORIGINS_ENV = 'DESK_CORS_ORIGINS';

export interface DeskServiceProps {
  readonly state: DeskState;
  /** Prefix of physical names, usually the stack name. */
  readonly namePrefix: string;
  /** Browser origins allowed to call the API; none means no CORS at all. */
  readonly corsOrigins: readonly string[];
  readonly throttle: { readonly rateLimit: number; readonly burstLimit: number };
  /** SES identity (domain or address) that functions with `sendsEmail` may send from. */
  readonly sesIdentity: string;
  /** The validated desk configuration; bundled into each function (see deskConfigDefine). */
  readonly config: DeskConfig;
}

/**
 * The service part of the desk, generated from lib/desk-resources.ts: one function per FUNCTIONS
 * entry, the HTTP API with every HTTP_ROUTES entry, an SQS event source per QUEUE_CONSUMERS entry
 * and an EventBridge Scheduler schedule per SCHEDULES entry, with alarms on every failure path.
 */
export class DeskService extends Construct {
  public readonly functions: Record<FunctionKey, DeskFunction>;
  public readonly api: HttpApi;
  public readonly stage: HttpStage;

  public constructor(scope: Construct, id: string, props: DeskServiceProps) {
    super(scope, id);
    const { state } = props;
    const alarmAction = new SnsAction(state.alarmTopic);
    const httpFunctions = new Set<FunctionKey>(HTTP_ROUTES.map((route) => route.function));
    // Bounces and complaints of every email the desk sends come back on the bounces queue.
    const deliveryEvents = new DeliveryEvents(this, 'DeliveryEvents', {
      namePrefix: props.namePrefix,
      key: state.key,
      queue: state.queues.bounces.queue,
    });

    this.functions = Object.fromEntries(
      (Object.entries(FUNCTIONS) as [FunctionKey, FunctionDeclaration][]).map(([key, declaration]) => {
        const fn = new DeskFunction(this, declaration.id, {
          declaration,
          projectRoot: PROJECT_ROOT,
          define: deskConfigDefine(props.config),
        });
        if (declaration.table !== 'none') {
          fn.bindTable(state.table, declaration.table);
        }
        for (const queueKey of declaration.sendsTo) {
          fn.bindQueue(queueKey, state.queues[queueKey].queue);
        }
        if (declaration.sendsEmail) {
          fn.allowSendingEmailFrom(props.sesIdentity, {
            name: deliveryEvents.configurationSet.configurationSetName,
            arn: deliveryEvents.configurationSetArn,
          });
        }
        if (declaration.mailBucket) {
          fn.bindMailBucket(state.buckets.mail, declaration.mailBucket);
        }
        if (httpFunctions.has(key)) {
          fn.addEnvironment(CORS_ORIGINS_ENV, props.corsOrigins.join(','));
        }
        this.alarmOn(`${declaration.id}ErrorsAlarm`, fn.metricErrors({ period: Duration.minutes(5) }), {
          description: `${declaration.id} threw (${declaration.description}). Look for its request id in the function's log group.`,
          alarmAction,
        });
        return [key, fn];
      }),
    ) as Record<FunctionKey, DeskFunction>;

    ({ api: this.api, stage: this.stage } = this.createHttpApi(props));
    this.alarmOn('ApiServerErrorsAlarm', this.api.metricServerError({ period: Duration.minutes(5) }), {
      description:
        'The HTTP API answered 5xx: a handler failed or timed out. See the API access log and function logs.',
      alarmAction,
    });

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

    if (SCHEDULES.length > 0) {
      const scheduleDlq = new DeadLetterQueue(this, 'ScheduleDeadLetter', {
        queueName: `${props.namePrefix}-schedule-dlq`,
        retention: Duration.days(14),
        encryptionKey: state.key,
        alarmTopic: state.alarmTopic,
        purpose: 'A scheduled invocation failed after its retries',
      });
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

    new CfnOutput(this, 'ApiUrl', {
      key: 'ApiUrl',
      value: this.stage.url,
      description: 'Base URL of the HTTP API',
    });
  }

  private createHttpApi(props: DeskServiceProps): { api: HttpApi; stage: HttpStage } {
    const methods = [...new Set(HTTP_ROUTES.map((route) => CorsHttpMethod[route.method]))];
    const api = new HttpApi(this, 'HttpApi', {
      description: 'Privacy Desk intake API',
      createDefaultStage: false,
      corsPreflight:
        props.corsOrigins.length > 0
          ? {
              allowOrigins: [...props.corsOrigins],
              allowMethods: [...methods, CorsHttpMethod.OPTIONS],
              allowHeaders: ['content-type'],
              maxAge: Duration.hours(1),
            }
          : undefined,
    });

    const accessLogs = new LogGroup(this, 'ApiAccessLogs', {
      retention: RetentionDays.ONE_MONTH,
      removalPolicy: RemovalPolicy.DESTROY,
    });
    const stage = api.addStage('DefaultStage', {
      stageName: '$default',
      autoDeploy: true,
      throttle: { rateLimit: props.throttle.rateLimit, burstLimit: props.throttle.burstLimit },
      accessLogSettings: {
        destination: new LogGroupLogDestination(accessLogs),
        // Route and path only: the query string carries case tokens and never reaches the logs.
        // No source IP or user agent either: the desk logs ids, not personal data.
        format: AccessLogFormat.custom(
          JSON.stringify({
            requestId: '$context.requestId',
            requestTime: '$context.requestTime',
            routeKey: '$context.routeKey',
            path: '$context.path',
            status: '$context.status',
            protocol: '$context.protocol',
            responseLength: '$context.responseLength',
            responseLatency: '$context.responseLatency',
            integrationStatus: '$context.integrationStatus',
            integrationLatency: '$context.integrationLatency',
            integrationError: '$context.integrationErrorMessage',
            error: '$context.error.message',
          }),
        ),
      },
    });

    const integrations = new Map<FunctionKey, HttpLambdaIntegration>();
    for (const route of HTTP_ROUTES) {
      let integration = integrations.get(route.function);
      if (!integration) {
        integration = new HttpLambdaIntegration(
          `${FUNCTIONS[route.function].id}Integration`,
          this.functions[route.function],
        );
        integrations.set(route.function, integration);
      }
      const routes = api.addRoutes({ path: route.path, methods: [HttpMethod[route.method]], integration });
      for (const routeConstruct of routes) {
        Validations.of(routeConstruct).acknowledge({
          id: 'AwsSolutions-APIG4',
          reason:
            'The intake API is public on purpose: the web form is anonymous and a requester is verified by email, not by an API authorizer.',
        });
      }
    }
    return { api, stage };
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

  private alarmOn(
    id: string,
    metric: Metric,
    options: { readonly description: string; readonly alarmAction: SnsAction },
  ): Alarm {
    const alarm = new Alarm(this, id, {
      alarmDescription: options.description,
      metric: metric.with({ statistic: 'Sum' }),
      threshold: 1,
      comparisonOperator: ComparisonOperator.GREATER_THAN_OR_EQUAL_TO_THRESHOLD,
      evaluationPeriods: 1,
      treatMissingData: TreatMissingData.NOT_BREACHING,
    });
    alarm.addAlarmAction(options.alarmAction);
    return alarm;
  }
}
