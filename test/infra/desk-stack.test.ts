import { readFileSync } from 'node:fs';
import { App, Stack, Validations } from 'aws-cdk-lib';
import { Capture, Match, Template } from 'aws-cdk-lib/assertions';
import { Table, AttributeType as TableAttributeType } from 'aws-cdk-lib/aws-dynamodb';
import { Queue } from 'aws-cdk-lib/aws-sqs';
import { AwsSolutionsChecks } from 'cdk-nag';
import { describe, expect, it } from 'vitest';
import { DeskFunction } from '../../lib/constructs/desk-function.ts';
import {
  CASE_TABLE,
  deadLetterQueueName,
  FUNCTIONS,
  type FunctionDeclaration,
  HTTP_ROUTES,
  QUEUE_CONSUMERS,
  QUEUES,
  SCHEDULES,
} from '../../lib/desk-resources.ts';
import { buildDeskApp } from '../../lib/desk-stack.ts';

/* Prepare: the app as `cdk synth` builds it (feature flags from cdk.json), without bundling. */
const CDK_JSON_CONTEXT = JSON.parse(readFileSync(new URL('../../cdk.json', import.meta.url), 'utf8')).context;
const SKIP_BUNDLING = { 'aws:cdk:bundling-stacks': [] };

function synthDesk(context: Record<string, unknown> = {}) {
  const { app, stack } = buildDeskApp({ ...CDK_JSON_CONTEXT, ...SKIP_BUNDLING, ...context });
  return { app, stack, template: Template.fromStack(stack) };
}

const { template } = synthDesk();
const DESK_FUNCTION_PROPS = { Runtime: 'nodejs24.x', Architectures: ['arm64'] };

type CfnResource = { Type: string; Properties: Record<string, unknown> };

function onlyLogicalId(resources: Record<string, unknown>, what: string): string {
  const ids = Object.keys(resources);
  expect(ids, what).toHaveLength(1);
  return ids[0]!;
}

function logicalIdOf(type: string, properties: Record<string, unknown>): string {
  return onlyLogicalId(
    template.findResources(type, { Properties: properties }),
    `${type} ${JSON.stringify(properties)}`,
  );
}

function resource(logicalId: string): CfnResource {
  const found = template.toJSON().Resources[logicalId] as CfnResource | undefined;
  if (!found) throw new Error(`no resource ${logicalId}`);
  return found;
}

const keyId = onlyLogicalId(template.findResources('AWS::KMS::Key'), 'the desk key');
const keyArn = { 'Fn::GetAtt': [keyId, 'Arn'] };
const topicId = onlyLogicalId(
  template.findResources('AWS::SNS::Topic', { Properties: { DisplayName: 'Privacy Desk operator alarms' } }),
  'the alarm topic',
);
const functionIdByDeclaration = (declarationKey: keyof typeof FUNCTIONS) =>
  logicalIdOf('AWS::Lambda::Function', { Description: FUNCTIONS[declarationKey].description });
const queueIdByName = (name: string) => logicalIdOf('AWS::SQS::Queue', { QueueName: `PrivacyDesk-${name}` });

describe('encryption key and alarm topic', () => {
  it('creates one customer-managed key with rotation, retained on stack deletion', () => {
    template.resourceCountIs('AWS::KMS::Key', 1);
    template.hasResource('AWS::KMS::Key', {
      Properties: { EnableKeyRotation: true },
      DeletionPolicy: 'Retain',
    });
  });

  it('lets CloudWatch alarms use the key, or they could not publish to the encrypted topic', () => {
    template.hasResourceProperties('AWS::KMS::Key', {
      KeyPolicy: {
        Statement: Match.arrayWith([
          Match.objectLike({
            Principal: { Service: 'cloudwatch.amazonaws.com' },
            Action: ['kms:Decrypt', 'kms:GenerateDataKey*'],
          }),
        ]),
      },
    });
  });

  it('encrypts the alarm topic with the key and refuses publishing without TLS', () => {
    template.hasResourceProperties('AWS::SNS::Topic', { KmsMasterKeyId: keyArn });
    template.hasResourceProperties('AWS::SNS::TopicPolicy', {
      PolicyDocument: {
        Statement: Match.arrayWith([
          Match.objectLike({ Effect: 'Deny', Condition: { Bool: { 'aws:SecureTransport': 'false' } } }),
          Match.objectLike({ Effect: 'Allow', Principal: { Service: 'cloudwatch.amazonaws.com' } }),
        ]),
      },
    });
  });
});

describe('SES bounce and complaint events', () => {
  it('publishes bounces and complaints of a configuration set to an encrypted topic', () => {
    const topic = onlyLogicalId(
      template.findResources('AWS::SNS::Topic', {
        Properties: { DisplayName: 'Privacy Desk SES bounces and complaints', KmsMasterKeyId: keyArn },
      }),
      'the delivery events topic',
    );
    template.hasResourceProperties('AWS::SES::ConfigurationSetEventDestination', {
      EventDestination: {
        Enabled: true,
        MatchingEventTypes: ['bounce', 'complaint'],
        SnsDestination: { TopicARN: { Ref: topic } },
      },
    });
    template.hasResourceProperties('AWS::SNS::Subscription', {
      Protocol: 'sqs',
      RawMessageDelivery: true,
      TopicArn: { Ref: topic },
      Endpoint: { 'Fn::GetAtt': [queueIdByName(QUEUES.bounces.name), 'Arn'] },
    });
  });

  it('lets SES and SNS use the key for this account only, and the sender name the configuration set', () => {
    template.hasResourceProperties('AWS::KMS::Key', {
      KeyPolicy: {
        Statement: Match.arrayWith([
          Match.objectLike({
            Principal: { Service: ['ses.amazonaws.com', 'sns.amazonaws.com'] },
            Action: ['kms:Decrypt', 'kms:GenerateDataKey*'],
            Condition: { StringEquals: { 'aws:SourceAccount': Match.anyValue() } },
          }),
        ]),
      },
    });
    template.hasResourceProperties('AWS::Lambda::Function', {
      Description: FUNCTIONS.sendNotification.description,
      Environment: { Variables: Match.objectLike({ DESK_SES_CONFIGURATION_SET: Match.anyValue() }) },
    });
  });
});

describe('case table', () => {
  it('has the declared keys, on-demand billing, TTL, PITR and deletion protection', () => {
    template.resourceCountIs('AWS::DynamoDB::Table', 1);
    template.hasResource('AWS::DynamoDB::Table', {
      Properties: {
        KeySchema: [
          { AttributeName: CASE_TABLE.partitionKey.name, KeyType: 'HASH' },
          { AttributeName: CASE_TABLE.sortKey.name, KeyType: 'RANGE' },
        ],
        AttributeDefinitions: Match.arrayWith([
          { AttributeName: CASE_TABLE.partitionKey.name, AttributeType: CASE_TABLE.partitionKey.type },
          { AttributeName: CASE_TABLE.sortKey.name, AttributeType: CASE_TABLE.sortKey.type },
        ]),
        BillingMode: 'PAY_PER_REQUEST',
        TimeToLiveSpecification: { AttributeName: CASE_TABLE.timeToLiveAttribute, Enabled: true },
        PointInTimeRecoverySpecification: { PointInTimeRecoveryEnabled: true },
        DeletionProtectionEnabled: true,
      },
      DeletionPolicy: 'Retain',
      UpdateReplacePolicy: 'Retain',
    });
  });

  it('is encrypted with the customer-managed key', () => {
    template.hasResourceProperties('AWS::DynamoDB::Table', {
      SSESpecification: { SSEEnabled: true, SSEType: 'KMS', KMSMasterKeyId: keyArn },
    });
  });

  it.each(CASE_TABLE.globalSecondaryIndexes.map((index) => [index.indexName, index] as const))(
    'has the GSI %s with an INCLUDE projection of the declared attributes',
    (_name, index) => {
      template.hasResourceProperties('AWS::DynamoDB::Table', {
        GlobalSecondaryIndexes: Match.arrayWith([
          {
            IndexName: index.indexName,
            KeySchema: [
              { AttributeName: index.partitionKey.name, KeyType: 'HASH' },
              { AttributeName: index.sortKey.name, KeyType: 'RANGE' },
            ],
            Projection: { ProjectionType: 'INCLUDE', NonKeyAttributes: [...index.nonKeyAttributes] },
          },
        ]),
      });
    },
  );
});

describe('queues', () => {
  it.each(Object.values(QUEUES).map((queue) => [queue.name, queue] as const))(
    '%s: encrypted with the key, redriven to its DLQ after maxReceiveCount',
    (_name, queue) => {
      const deadLetterId = queueIdByName(deadLetterQueueName(queue));
      template.hasResourceProperties('AWS::SQS::Queue', {
        QueueName: `PrivacyDesk-${queue.name}`,
        VisibilityTimeout: queue.visibilityTimeoutSeconds,
        MessageRetentionPeriod: queue.retentionDays * 86_400,
        KmsMasterKeyId: keyArn,
        RedrivePolicy: {
          deadLetterTargetArn: { 'Fn::GetAtt': [deadLetterId, 'Arn'] },
          maxReceiveCount: queue.maxReceiveCount,
        },
      });
      expect(resource(deadLetterId).Properties).toMatchObject({
        MessageRetentionPeriod: queue.deadLetterRetentionDays * 86_400,
        KmsMasterKeyId: keyArn,
      });
    },
  );

  it.each(Object.values(QUEUES).map((queue) => [queue.name, queue] as const))(
    '%s: its DLQ raises an alarm to the topic as soon as one message is visible',
    (_name, queue) => {
      const deadLetterId = queueIdByName(deadLetterQueueName(queue));
      template.hasResourceProperties('AWS::CloudWatch::Alarm', {
        Namespace: 'AWS/SQS',
        MetricName: 'ApproximateNumberOfMessagesVisible',
        Dimensions: [{ Name: 'QueueName', Value: { 'Fn::GetAtt': [deadLetterId, 'QueueName'] } }],
        ComparisonOperator: 'GreaterThanThreshold',
        Threshold: 0,
        AlarmActions: [{ Ref: topicId }],
      });
    },
  );

  it('refuses every queue operation without TLS', () => {
    const policies = template.findResources('AWS::SQS::QueuePolicy', {
      Properties: {
        PolicyDocument: {
          Statement: Match.arrayWith([
            Match.objectLike({ Effect: 'Deny', Condition: { Bool: { 'aws:SecureTransport': 'false' } } }),
          ]),
        },
      },
    });
    const queueCount = Object.keys(template.findResources('AWS::SQS::Queue')).length;
    expect(Object.keys(policies)).toHaveLength(queueCount);
  });
});

describe('functions', () => {
  it('creates exactly one Node.js 24 arm64 function per FUNCTIONS entry', () => {
    const deskFunctions = template.findResources('AWS::Lambda::Function', {
      Properties: DESK_FUNCTION_PROPS,
    });
    expect(Object.keys(deskFunctions)).toHaveLength(Object.keys(FUNCTIONS).length);
  });

  it.each(Object.entries(FUNCTIONS) as [string, FunctionDeclaration][])(
    '%s: sizing, environment and log group from the declaration',
    (_key, fn) => {
      const environment: Record<string, unknown> = {
        NODE_OPTIONS: '--enable-source-maps',
        POWERTOOLS_SERVICE_NAME: 'privacy-desk',
      };
      if (fn.table !== 'none') environment[CASE_TABLE.envVar] = Match.anyValue();
      for (const queueKey of fn.sendsTo) environment[QUEUES[queueKey].envVar] = Match.anyValue();
      template.hasResourceProperties('AWS::Lambda::Function', {
        ...DESK_FUNCTION_PROPS,
        Handler: 'index.handler',
        Description: fn.description,
        MemorySize: fn.memoryMb,
        Timeout: fn.timeoutSeconds,
        ReservedConcurrentExecutions: fn.reservedConcurrency ?? Match.absent(),
        Environment: { Variables: Match.objectLike(environment) },
        LoggingConfig: { LogGroup: { Ref: Match.anyValue() } },
      });
    },
  );

  it('gives every function a log group with a retention period', () => {
    const logGroup = new Capture();
    template.allResourcesProperties('AWS::Lambda::Function', {
      LoggingConfig: { LogGroup: { Ref: logGroup } },
    });
    do {
      expect(resource(logGroup.asString()).Properties.RetentionInDays).toBe(30);
    } while (logGroup.next());
  });

  it.each(Object.entries(FUNCTIONS))('%s: has an Errors alarm that notifies the topic', (key) => {
    template.hasResourceProperties('AWS::CloudWatch::Alarm', {
      Namespace: 'AWS/Lambda',
      MetricName: 'Errors',
      Dimensions: [
        { Name: 'FunctionName', Value: { Ref: functionIdByDeclaration(key as keyof typeof FUNCTIONS) } },
      ],
      AlarmActions: [{ Ref: topicId }],
    });
  });
});

describe('HTTP API', () => {
  it('has one route per HTTP_ROUTES entry and nothing else', () => {
    template.resourceCountIs('AWS::ApiGatewayV2::Route', HTTP_ROUTES.length);
  });

  it.each(HTTP_ROUTES.map((route) => [`${route.method} ${route.path}`, route] as const))(
    '%s reaches the declared function',
    (routeKey, route) => {
      const target = new Capture();
      template.hasResourceProperties('AWS::ApiGatewayV2::Route', {
        RouteKey: routeKey,
        Target: { 'Fn::Join': ['', ['integrations/', { Ref: target }]] },
      });
      expect(resource(target.asString()).Properties).toMatchObject({
        IntegrationType: 'AWS_PROXY',
        IntegrationUri: { 'Fn::GetAtt': [functionIdByDeclaration(route.function), 'Arn'] },
      });
    },
  );

  it('throttles the $default stage with the default rate and burst', () => {
    template.hasResourceProperties('AWS::ApiGatewayV2::Stage', {
      StageName: '$default',
      AutoDeploy: true,
      DefaultRouteSettings: { ThrottlingRateLimit: 20, ThrottlingBurstLimit: 40 },
    });
  });

  it('writes access logs that name the route but never the query string', () => {
    const format = new Capture();
    template.hasResourceProperties('AWS::ApiGatewayV2::Stage', {
      AccessLogSettings: { DestinationArn: Match.anyValue(), Format: format },
    });
    const fields = JSON.parse(format.asString()) as Record<string, string>;
    expect(fields).toMatchObject({ requestId: '$context.requestId', routeKey: '$context.routeKey' });
    expect(format.asString()).not.toMatch(/requestPath|querystring|queryString|identity\.sourceIp/);
  });

  it('has no CORS configuration unless origins are configured', () => {
    template.hasResourceProperties('AWS::ApiGatewayV2::Api', { CorsConfiguration: Match.absent() });
  });

  it('takes CORS origins and throttling from context', () => {
    const { template: configured } = synthDesk({
      'desk:corsOrigins': 'https://privacy.example.org, https://staging.example.org',
      'desk:throttleRateLimit': '5',
      'desk:throttleBurstLimit': '10',
    });
    configured.hasResourceProperties('AWS::ApiGatewayV2::Api', {
      CorsConfiguration: Match.objectLike({
        AllowOrigins: ['https://privacy.example.org', 'https://staging.example.org'],
      }),
    });
    configured.hasResourceProperties('AWS::ApiGatewayV2::Stage', {
      DefaultRouteSettings: { ThrottlingRateLimit: 5, ThrottlingBurstLimit: 10 },
    });
    configured.hasResourceProperties('AWS::Lambda::Function', {
      Description: FUNCTIONS[HTTP_ROUTES[0].function].description,
      Environment: {
        Variables: Match.objectLike({
          DESK_CORS_ORIGINS: 'https://privacy.example.org,https://staging.example.org',
        }),
      },
    });
  });

  it('outputs the API URL', () => {
    template.hasOutput('ApiUrl', { Value: Match.anyValue() });
  });
});

describe('queue consumers', () => {
  it.each(
    QUEUE_CONSUMERS.map((consumer) => [`${consumer.queue} -> ${consumer.function}`, consumer] as const),
  )('%s: batch settings from the declaration, partial batch failures reported', (_name, consumer) => {
    template.hasResourceProperties('AWS::Lambda::EventSourceMapping', {
      EventSourceArn: { 'Fn::GetAtt': [queueIdByName(QUEUES[consumer.queue].name), 'Arn'] },
      FunctionName: { Ref: functionIdByDeclaration(consumer.function) },
      BatchSize: consumer.batchSize,
      MaximumBatchingWindowInSeconds: consumer.maxBatchingWindowSeconds,
      FunctionResponseTypes: ['ReportBatchItemFailures'],
    });
  });

  it.each(
    QUEUE_CONSUMERS.map((consumer) => [`${consumer.queue} -> ${consumer.function}`, consumer] as const),
  )('%s: the queue hides a message for at least six consumer timeouts', (_name, consumer) => {
    const queue = resource(queueIdByName(QUEUES[consumer.queue].name));
    const fn = resource(functionIdByDeclaration(consumer.function));
    expect(queue.Properties.VisibilityTimeout as number).toBeGreaterThanOrEqual(
      6 * (fn.Properties.Timeout as number),
    );
  });
});

describe('schedules', () => {
  it.each(SCHEDULES.map((schedule) => [schedule.id, schedule] as const))(
    '%s: invokes its function at the declared rate with the scheduled time as input',
    (_id, schedule) => {
      const input = new Capture();
      const deadLetter = new Capture();
      template.hasResourceProperties('AWS::Scheduler::Schedule', {
        ScheduleExpression: `rate(${schedule.everyMinutes} minutes)`,
        FlexibleTimeWindow: { Mode: 'OFF' },
        Target: {
          Arn: { 'Fn::GetAtt': [functionIdByDeclaration(schedule.function), 'Arn'] },
          Input: input,
          DeadLetterConfig: { Arn: { 'Fn::GetAtt': [deadLetter, 'Arn'] } },
          RetryPolicy: { MaximumRetryAttempts: Match.anyValue(), MaximumEventAgeInSeconds: Match.anyValue() },
          RoleArn: Match.anyValue(),
        },
      });
      expect(JSON.parse(input.asString())).toEqual({ scheduledAt: '<aws.scheduler.scheduled-time>' });
      expect(resource(deadLetter.asString()).Properties).toMatchObject({ KmsMasterKeyId: keyArn });
    },
  );

  it('lets the scheduler role write to the encrypted dead-letter queue (the key included)', () => {
    const role = new Capture();
    template.hasResourceProperties('AWS::Scheduler::Schedule', {
      Target: { RoleArn: { 'Fn::GetAtt': [role, 'Arn'] } },
    });
    template.hasResourceProperties('AWS::IAM::Policy', {
      Roles: [{ Ref: role.asString() }],
      PolicyDocument: {
        Statement: Match.arrayWith([
          Match.objectLike({ Action: Match.arrayWith(['sqs:SendMessage']) }),
          Match.objectLike({ Action: Match.arrayWith(['kms:GenerateDataKey*']), Resource: keyArn }),
          Match.objectLike({ Action: 'lambda:InvokeFunction' }),
        ]),
      },
    });
  });
});

describe('context', () => {
  it('names the stack from context', () => {
    const { stack } = synthDesk({ 'desk:stackName': 'PrivacyDeskStaging' });
    expect(stack.stackName).toBe('PrivacyDeskStaging');
  });

  it('rejects a bad value with the key it came from', () => {
    expect(() => buildDeskApp({ ...SKIP_BUNDLING, 'desk:throttleRateLimit': 'fast' })).toThrow(
      /desk:throttleRateLimit/,
    );
  });
});

describe('DeskFunction in a bare stack', () => {
  function bareStack() {
    const app = new App({ context: SKIP_BUNDLING });
    const stack = new Stack(app, 'Bare');
    const table = new Table(stack, 'Table', {
      partitionKey: { name: 'pk', type: TableAttributeType.STRING },
    });
    const fn = new DeskFunction(stack, 'Fn', {
      declaration: { ...FUNCTIONS.health, table: 'read', sendsTo: [], sendsEmail: true },
      projectRoot: new URL('../..', import.meta.url).pathname,
    });
    return { stack, table, fn };
  }

  it('bindTable read grants no write action', () => {
    const { stack, table, fn } = bareStack();
    fn.bindTable(table, 'read');
    const policy = JSON.stringify(Template.fromStack(stack).findResources('AWS::IAM::Policy'));
    expect(policy).toContain('dynamodb:GetItem');
    expect(policy).not.toMatch(/dynamodb:(PutItem|UpdateItem|DeleteItem|BatchWriteItem)/);
  });

  it('allowSendingEmailFrom grants SES sending on that identity only', () => {
    const { stack, fn } = bareStack();
    fn.allowSendingEmailFrom('example.org');
    Template.fromStack(stack).hasResourceProperties('AWS::IAM::Policy', {
      PolicyDocument: {
        Statement: Match.arrayWith([
          {
            Effect: 'Allow',
            Action: ['ses:SendEmail', 'ses:SendRawEmail'],
            Resource: {
              'Fn::Join': ['', Match.arrayWith([Match.stringLikeRegexp(':identity/example\\.org$')])],
            },
          },
        ]),
      },
    });
  });
});

describe('cdk-nag AwsSolutions', () => {
  it('reports no unacknowledged error', () => {
    const { app } = synthDesk();
    const errors = new AwsSolutionsChecks()
      .validateScope(app)
      .violations.filter((violation) => violation.severity === 'error')
      .map((violation) => ({
        rule: violation.ruleName,
        resources: violation.violatingResources.map((r) => r.constructPath),
      }));
    expect(errors).toEqual([]);
  });

  it('passes as a synth-time validation plugin, as in bin/privacy-desk.ts', () => {
    const { app } = buildDeskApp({ ...CDK_JSON_CONTEXT, ...SKIP_BUNDLING });
    Validations.of(app).addPlugins(new AwsSolutionsChecks(app));
    expect(() => app.synth()).not.toThrow();
  });

  it('still catches a finding nobody acknowledged (guards the check itself)', () => {
    const { app, stack } = buildDeskApp({ ...CDK_JSON_CONTEXT, ...SKIP_BUNDLING });
    new Queue(stack, 'UnguardedQueue');
    const rules = new AwsSolutionsChecks()
      .validateScope(app)
      .violations.map((violation) => violation.ruleName);
    expect(rules).toEqual(expect.arrayContaining(['AwsSolutions-SQS3', 'AwsSolutions-SQS4']));
  });
});
