import { Match } from 'aws-cdk-lib/assertions';
import { AwsSolutionsChecks } from 'cdk-nag';
import { describe, expect, it, vi } from 'vitest';
import {
  BUCKETS,
  FUNCTIONS,
  type FunctionKey,
  MAIL_RECEIVERS,
  type MailReceiverDeclaration,
  QUEUES,
  type QueueDeclaration,
} from '../../lib/desk-resources.ts';
import { asArray, DeskTemplate, getAtt, ref, synthDesk } from './desk-template.ts';
import { deskIds, expectLeastPrivilege } from './least-privilege.ts';

/*
 * Prepare: the declarations plus a mail receiver and a queue of SES events, so that the inbound path
 * and the event subscription are tested whatever lib/desk-resources.ts declares today. The fixture
 * receiver points at an existing handler (bundling is skipped); real receivers are tested too.
 */
vi.mock('../../lib/desk-resources.ts', async (importOriginal) => {
  const actual = await importOriginal<typeof import('../../lib/desk-resources.ts')>();
  return {
    ...actual,
    FUNCTIONS: {
      ...actual.FUNCTIONS,
      mailFixture: {
        id: 'MailFixtureFunction',
        entry: 'functions/health/handler.ts',
        memoryMb: 1024,
        timeoutSeconds: 60,
        description: 'Test fixture: a mail receiver',
        table: 'readWrite',
        sendsTo: ['notify'],
        sendsEmail: false,
        content: 'decrypt',
        mailBucket: 'readWrite',
        reservedConcurrency: 5,
      },
      inboundReaderFixture: {
        id: 'InboundReaderFixtureFunction',
        entry: 'functions/health/handler.ts',
        memoryMb: 256,
        timeoutSeconds: 10,
        description: 'Test fixture: reads raw inbound mail only',
        table: 'none',
        sendsTo: [],
        sendsEmail: false,
        content: 'none',
        mailBucket: 'read',
      },
    },
    QUEUES: {
      ...actual.QUEUES,
      sesEventsFixture: {
        id: 'SesEventsFixtureQueue',
        name: 'ses-events-fixture',
        envVar: 'SES_EVENTS_FIXTURE_QUEUE_URL',
        visibilityTimeoutSeconds: 180,
        maxReceiveCount: 5,
        retentionDays: 4,
        deadLetterRetentionDays: 14,
        sesEvents: true,
      },
    },
    MAIL_RECEIVERS: [...actual.MAIL_RECEIVERS, { function: 'mailFixture' }],
  };
});

const { app, template } = synthDesk();
const desk = new DeskTemplate(template);
const ids = deskIds(desk);
const receivers = (MAIL_RECEIVERS as readonly MailReceiverDeclaration[]).map(
  (r) => r.function as FunctionKey,
);
const functionId = (key: FunctionKey) => desk.functionId(FUNCTIONS[key].description);
const queues = Object.entries(QUEUES) as [string, QueueDeclaration][];
const INBOUND_DOMAIN = 'replies.example.org';

describe('the test declarations', () => {
  it('include the fixtures', () => {
    expect(receivers).toContain('mailFixture');
    expect(queues.filter(([, queue]) => queue.sesEvents)).not.toHaveLength(0);
  });
});

describe('SES sending', () => {
  it('creates a domain identity for the sender address, with 2048-bit Easy DKIM and the configuration set', () => {
    const configurationSet = desk.logicalIdsOf('AWS::SES::ConfigurationSet');
    expect(configurationSet).toHaveLength(1);
    template.hasResourceProperties('AWS::SES::EmailIdentity', {
      EmailIdentity: 'example.org',
      DkimSigningAttributes: { NextSigningKeyLength: 'RSA_2048_BIT' },
      ConfigurationSetAttributes: { ConfigurationSetName: ref(configurationSet[0]!) },
    });
  });

  it('has a configuration set that requires TLS, keeps reputation metrics and suppresses bounces and complaints', () => {
    template.hasResourceProperties('AWS::SES::ConfigurationSet', {
      DeliveryOptions: { TlsPolicy: 'REQUIRE' },
      ReputationOptions: { ReputationMetricsEnabled: true },
      SendingOptions: { SendingEnabled: true },
      SuppressionOptions: { SuppressedReasons: ['BOUNCE', 'COMPLAINT'] },
    });
  });

  it('publishes bounces and complaints to an SNS topic encrypted with the storage key', () => {
    const topic = desk.onlyLogicalId('AWS::SNS::Topic', { DisplayName: Match.stringLikeRegexp('bounces') });
    template.hasResourceProperties('AWS::SES::ConfigurationSetEventDestination', {
      EventDestination: {
        Enabled: true,
        MatchingEventTypes: ['bounce', 'complaint'],
        SnsDestination: { TopicARN: ref(topic) },
      },
    });
    expect(desk.resource(topic).Properties.KmsMasterKeyId).toEqual(getAtt(ids.storageKey));
    template.hasResourceProperties('AWS::SNS::TopicPolicy', {
      Topics: [ref(topic)],
      PolicyDocument: {
        Statement: Match.arrayWith([
          Match.objectLike({
            Action: 'sns:Publish',
            Principal: { Service: 'ses.amazonaws.com' },
            Condition: Match.objectLike({
              StringEquals: Match.objectLike({ 'AWS:SourceAccount': Match.anyValue() }),
            }),
          }),
        ]),
      },
    });
  });

  it('lets SES use the storage key for the topic, for this account and configuration set only', () => {
    const statement = desk
      .keyStatements(ids.storageKey)
      .find((s) => s.Sid === 'AllowSesEventPublishingToTheEncryptedTopic');
    expect(statement).toMatchObject({
      Principal: { Service: 'ses.amazonaws.com' },
      Action: ['kms:Decrypt', 'kms:GenerateDataKey*'],
      Condition: {
        StringEquals: { 'aws:SourceAccount': { Ref: 'AWS::AccountId' } },
        ArnLike: { 'aws:SourceArn': expect.anything() },
      },
    });
    expect(JSON.stringify(statement?.Condition?.ArnLike)).toContain(':configuration-set/');
  });

  it.each(queues.map(([key, queue]) => [key, queue] as const))(
    '%s: subscribed to the SES events with raw message delivery exactly when declared with sesEvents',
    (_key, queue) => {
      const queueId = desk.queueId(`PrivacyDesk-${queue.name}`);
      const subscriptions = template.findResources('AWS::SNS::Subscription', {
        Properties: { Protocol: 'sqs', Endpoint: getAtt(queueId) },
      });
      expect(Object.keys(subscriptions)).toHaveLength(queue.sesEvents ? 1 : 0);
      for (const subscription of Object.values(subscriptions)) {
        expect(subscription).toMatchObject({ Properties: { RawMessageDelivery: true } });
      }
    },
  );

  it('lets the topic, and only it, deliver to the encrypted event queues', () => {
    const topic = desk.onlyLogicalId('AWS::SNS::Topic', { TopicName: 'PrivacyDesk-ses-events' });
    for (const [, queue] of queues.filter(([, declaration]) => declaration.sesEvents)) {
      template.hasResourceProperties('AWS::SQS::QueuePolicy', {
        Queues: [ref(desk.queueId(`PrivacyDesk-${queue.name}`))],
        PolicyDocument: {
          Statement: Match.arrayWith([
            Match.objectLike({
              Effect: 'Allow',
              Principal: { Service: 'sns.amazonaws.com' },
              Action: 'sqs:SendMessage',
              Condition: { ArnEquals: { 'aws:SourceArn': ref(topic) } },
            }),
          ]),
        },
      });
    }
    const keyStatement = desk
      .keyStatements(ids.storageKey)
      .find((statement) => statement.Sid === 'AllowSnsToDeliverSesEventsToTheEncryptedQueues');
    expect(keyStatement).toMatchObject({
      Principal: { Service: 'sns.amazonaws.com' },
      Action: ['kms:Decrypt', 'kms:GenerateDataKey'],
    });
    expect(JSON.stringify(keyStatement?.Condition?.ArnEquals?.['aws:SourceArn'])).toMatch(
      /:sns:.*:PrivacyDesk-ses-events"/,
    );
  });

  it('outputs the DKIM records of both domains', () => {
    for (const identity of ['SendingIdentity', 'InboundIdentity']) {
      for (const n of [1, 2, 3]) template.hasOutput(`${identity}DkimRecord${n}`, { Value: Match.anyValue() });
    }
  });

  it('grants ses:SendEmail on verified sandbox recipients when they are listed', () => {
    const { template: sandbox } = synthDesk({ 'desk:sesSandboxRecipients': 'tester@example.net' });
    const policies = JSON.stringify(sandbox.findResources('AWS::IAM::Policy'));
    expect(policies).toContain(':identity/tester@example.net');
    expect(JSON.stringify(template.findResources('AWS::IAM::Policy'))).not.toContain('tester@example.net');
  });

  it('refers to existing identities instead of creating them when told so', () => {
    const { template: existing } = synthDesk({ 'desk:sesExistingIdentities': 'true' });
    existing.resourceCountIs('AWS::SES::EmailIdentity', 0);
    expect(JSON.stringify(existing.findResources('AWS::IAM::Policy'))).toContain(':identity/example.org');
  });
});

describe('SES receiving', () => {
  const ruleId = desk.logicalIdsOf('AWS::SES::ReceiptRule')[0]!;
  const rule = desk.resource(ruleId).Properties.Rule as {
    Actions: Record<string, Record<string, unknown>>[];
    Recipients: string[];
  };

  it('has one receipt rule set, named after the stack, with one rule for the inbound domain', () => {
    template.resourceCountIs('AWS::SES::ReceiptRuleSet', 1);
    template.hasResourceProperties('AWS::SES::ReceiptRuleSet', { RuleSetName: 'PrivacyDesk-inbound' });
    template.resourceCountIs('AWS::SES::ReceiptRule', 1);
    expect(desk.resource(ruleId).Properties.Rule).toMatchObject({
      Enabled: true,
      Recipients: [INBOUND_DOMAIN],
      ScanEnabled: true,
      TlsPolicy: 'Require',
    });
  });

  it('stores the message in the mail bucket under the inbound prefix first, without client-side encryption', () => {
    expect(rule.Actions[0]).toEqual({
      S3Action: { BucketName: ref(ids.mailBucket), ObjectKeyPrefix: BUCKETS.mail.inboundPrefix },
    });
  });

  it('then invokes every mail receiver asynchronously', () => {
    expect(rule.Actions.slice(1)).toEqual(
      receivers.map((key) => ({
        LambdaAction: { FunctionArn: getAtt(functionId(key)), InvocationType: 'Event' },
      })),
    );
  });

  it.each(receivers.map((key) => [key]))('%s: SES of this account may invoke it', (key) => {
    template.hasResourceProperties('AWS::Lambda::Permission', {
      Action: 'lambda:InvokeFunction',
      FunctionName: getAtt(functionId(key)),
      Principal: 'ses.amazonaws.com',
      SourceAccount: { Ref: 'AWS::AccountId' },
    });
  });

  it.each(receivers.map((key) => [key]))(
    '%s: failed invocations go to an encrypted, alarmed failure queue after 2 retries',
    (key) => {
      const failureQueue = ids.failureQueue(key);
      template.hasResourceProperties('AWS::Lambda::EventInvokeConfig', {
        FunctionName: ref(functionId(key)),
        MaximumRetryAttempts: 2,
        DestinationConfig: { OnFailure: { Destination: getAtt(failureQueue) } },
      });
      expect(desk.resource(failureQueue).Properties.KmsMasterKeyId).toEqual(getAtt(ids.storageKey));
      template.hasResourceProperties('AWS::CloudWatch::Alarm', {
        MetricName: 'ApproximateNumberOfMessagesVisible',
        Dimensions: [{ Name: 'QueueName', Value: getAtt(failureQueue, 'QueueName') }],
        Threshold: 0,
      });
    },
  );

  it('the rule waits for the bucket policy and the invoke permissions', () => {
    const dependsOn = desk.resource(ruleId).DependsOn ?? [];
    expect(dependsOn.some((id) => desk.resource(id).Type === 'AWS::S3::BucketPolicy')).toBe(true);
    expect(dependsOn.filter((id) => desk.resource(id).Type === 'AWS::Lambda::Permission')).toHaveLength(
      receivers.length,
    );
  });

  it('outputs the reply address pattern, the MX record and the activation command', () => {
    template.hasOutput('InboundAddressPattern', { Value: `case+<token>@${INBOUND_DOMAIN}` });
    template.hasOutput('InboundMxRecord', {
      Value: {
        'Fn::Join': ['', [`${INBOUND_DOMAIN} MX 10 inbound-smtp.`, { Ref: 'AWS::Region' }, '.amazonaws.com']],
      },
    });
    template.hasOutput('ActivateReceiptRuleSet', {
      Value: { 'Fn::Join': ['', Match.arrayWith([Match.stringLikeRegexp('set-active-receipt-rule-set')])] },
    });
  });
});

describe('mail bucket', () => {
  const bucket = desk.resource(ids.mailBucket);

  it('is private, versioned, encrypted with the storage key (S3 Bucket Key on) and retained', () => {
    expect(bucket).toMatchObject({
      DeletionPolicy: 'Retain',
      Properties: {
        BucketEncryption: {
          ServerSideEncryptionConfiguration: [
            {
              BucketKeyEnabled: true,
              ServerSideEncryptionByDefault: {
                SSEAlgorithm: 'aws:kms',
                KMSMasterKeyID: getAtt(ids.storageKey),
              },
            },
          ],
        },
        PublicAccessBlockConfiguration: {
          BlockPublicAcls: true,
          BlockPublicPolicy: true,
          IgnorePublicAcls: true,
          RestrictPublicBuckets: true,
        },
        OwnershipControls: { Rules: [{ ObjectOwnership: 'BucketOwnerEnforced' }] },
        VersioningConfiguration: { Status: 'Enabled' },
      },
    });
  });

  it('expires raw inbound mail after the declared days and deleted versions after 30; keeps attachments', () => {
    const rules = (bucket.Properties.LifecycleConfiguration as { Rules: Record<string, unknown>[] }).Rules;
    expect(rules).toContainEqual(
      expect.objectContaining({
        Prefix: BUCKETS.mail.inboundPrefix,
        ExpirationInDays: BUCKETS.mail.inboundRetentionDays,
        Status: 'Enabled',
      }),
    );
    expect(rules).toContainEqual(
      expect.objectContaining({ NoncurrentVersionExpiration: { NoncurrentDays: 30 }, Status: 'Enabled' }),
    );
    const expiring = rules.filter((rule) => rule.ExpirationInDays !== undefined);
    expect(expiring.every((rule) => rule.Prefix === BUCKETS.mail.inboundPrefix)).toBe(true);
  });

  it('logs access to a private, retained log bucket', () => {
    const logBucket = (bucket.Properties.LoggingConfiguration as { DestinationBucketName: { Ref: string } })
      .DestinationBucketName.Ref;
    expect(desk.resource(logBucket)).toMatchObject({
      DeletionPolicy: 'Retain',
      Properties: { PublicAccessBlockConfiguration: { BlockPublicAcls: true, RestrictPublicBuckets: true } },
    });
  });

  it('refuses requests without TLS and lets SES of this account put objects under the inbound prefix only', () => {
    template.hasResourceProperties('AWS::S3::BucketPolicy', {
      Bucket: ref(ids.mailBucket),
      PolicyDocument: {
        Statement: Match.arrayWith([
          Match.objectLike({ Effect: 'Deny', Condition: { Bool: { 'aws:SecureTransport': 'false' } } }),
          {
            Effect: 'Allow',
            Principal: { Service: 'ses.amazonaws.com' },
            Action: 's3:PutObject',
            Resource: { 'Fn::Join': ['', [getAtt(ids.mailBucket), `/${BUCKETS.mail.inboundPrefix}*`]] },
            Condition: { StringEquals: { 'aws:SourceAccount': { Ref: 'AWS::AccountId' } } },
          },
        ]),
      },
    });
  });

  it('lets SES use the storage key through S3, for this bucket only', () => {
    const statement = desk
      .keyStatements(ids.storageKey)
      .find((s) => s.Sid === 'AllowSesToStoreInboundMailInTheMailBucket');
    expect(statement).toMatchObject({
      Principal: { Service: 'ses.amazonaws.com' },
      Action: ['kms:Decrypt', 'kms:GenerateDataKey'],
      Condition: { StringEquals: { 'kms:ViaService': expect.anything() } },
    });
    const contexts = asArray(
      statement?.Condition?.StringLike?.['kms:EncryptionContext:aws:s3:arn'] as unknown[] | undefined,
    );
    // The bucket by its computed name (its ARN would be a circular reference): the same parts.
    expect(JSON.stringify(bucket.Properties.BucketName)).toContain('privacydesk-mail-');
    const stackUuid = JSON.stringify({ 'Fn::Select': [2, { 'Fn::Split': ['/', { Ref: 'AWS::StackId' }] }] });
    expect(JSON.stringify(bucket.Properties.BucketName)).toContain(stackUuid);
    expect(contexts).toHaveLength(2);
    for (const context of contexts) {
      expect(JSON.stringify(context)).toMatch(/:s3:::privacydesk-mail-/);
      expect(JSON.stringify(context)).toContain(stackUuid);
    }
  });
});

describe('functions with mail access', () => {
  it.each(
    [...new Set(['mailFixture', 'inboundReaderFixture', ...receivers])].map((key) => [key as FunctionKey]),
  )('%s: may do what its declaration says, and nothing else', (key) => {
    expectLeastPrivilege(desk, key);
  });

  it('get the bucket name in MAIL_BUCKET; others do not', () => {
    for (const [key, fn] of Object.entries(FUNCTIONS) as [FunctionKey, { mailBucket?: string }][]) {
      const variables = (
        desk.resource(functionId(key)).Properties.Environment as { Variables: Record<string, unknown> }
      ).Variables;
      expect(variables[BUCKETS.mail.envVar], key).toEqual(fn.mailBucket ? ref(ids.mailBucket) : undefined);
    }
  });
});

describe('cdk-nag AwsSolutions with mail receivers and SES event queues', () => {
  it('reports no unacknowledged finding, error or warning', () => {
    const errors = new AwsSolutionsChecks().validateScope(app).violations.map((violation) => ({
      rule: violation.ruleName,
      resources: violation.violatingResources.map((r) => r.constructPath),
    }));
    expect(errors).toEqual([]);
  });
});
