import { describe, expect, it } from 'vitest';
import { deadLetterQueueName, FUNCTIONS, type FunctionKey, QUEUES } from '../../lib/desk-resources.ts';
import { asArray, DeskTemplate, getAtt, type PolicyStatementJson, synthDesk } from './desk-template.ts';

/*
 * The suppression queue carries opt-outs, with the address, to the marketing systems: encrypted,
 * with its own dead-letter queue, deduplicated per case, sent to by the routing function alone, and
 * readable by the consumer roles named in the context, through SQS only.
 */
const { template } = synthDesk();
const desk = new DeskTemplate(template);
const suppression = QUEUES.suppression;
const queueId = desk.queueId(`PrivacyDesk-${suppression.name}`);
const deadLetterId = desk.queueId(`PrivacyDesk-${deadLetterQueueName(suppression)}`);
const storageKeyArn = getAtt(desk.keyIdByDescription(/storage encryption/));

const CONSUMER = 'arn:aws:iam::123456789012:role/marketing-suppression-reader';

describe('the suppression queue', () => {
  it('is FIFO without content-based deduplication, encrypted with the storage key, redriven to a FIFO DLQ', () => {
    expect({
      queue: desk.resource(queueId).Properties,
      deadLetter: desk.resource(deadLetterId).Properties,
    }).toMatchObject({
      queue: {
        QueueName: 'PrivacyDesk-suppression.fifo',
        FifoQueue: true,
        ContentBasedDeduplication: false,
        KmsMasterKeyId: storageKeyArn,
        MessageRetentionPeriod: 14 * 86_400,
        RedrivePolicy: { deadLetterTargetArn: getAtt(deadLetterId), maxReceiveCount: 5 },
      },
      deadLetter: {
        QueueName: 'PrivacyDesk-suppression-dlq.fifo',
        FifoQueue: true,
        KmsMasterKeyId: storageKeyArn,
      },
    });
  });

  it('may be sent to by the routing, mail and staff action functions only', () => {
    const senders = desk
      .logicalIdsOf('AWS::IAM::Role')
      .filter((role) =>
        desk
          .statementsOfRole(role)
          .some(
            (statement) =>
              asArray(statement.Action).includes('sqs:SendMessage') &&
              JSON.stringify(statement.Resource).includes(`"${queueId}"`),
          ),
      );
    const routeCase = desk.roleIdOfFunction(desk.functionId(FUNCTIONS.routeCase.description));
    const receiveMail = desk.roleIdOfFunction(desk.functionId(FUNCTIONS.receiveMail.description));
    // A staff `change_type` to marketing_opt_out is the email's `#type marketing_opt_out`.
    const staffActions = desk.roleIdOfFunction(desk.functionId(FUNCTIONS.staffActions.description));
    const declaredSenders = (Object.entries(FUNCTIONS) as [FunctionKey, (typeof FUNCTIONS)[FunctionKey]][])
      .filter(([, fn]) => (fn.sendsTo as readonly string[]).includes('suppression'))
      .map(([key]) => key);
    expect({ senders: senders.sort(), declaredSenders }).toEqual({
      senders: [routeCase, receiveMail, staffActions].sort(),
      declaredSenders: ['routeCase', 'receiveMail', 'staffActions'],
    });
  });

  it('outputs its URL and ARN for the marketing systems', () => {
    template.hasOutput('SuppressionQueueUrl', { Value: { Ref: queueId } });
    template.hasOutput('SuppressionQueueArn', { Value: getAtt(queueId) });
  });

  it('lets nobody outside the stack read it unless the context names a consumer role', () => {
    const policies = template.findResources('AWS::SQS::QueuePolicy', {
      Properties: { Queues: [{ Ref: queueId }] },
    });
    const statements = Object.values(policies).flatMap(
      (policy) => (policy.Properties.PolicyDocument as { Statement: PolicyStatementJson[] }).Statement,
    );
    expect(statements.filter((statement) => statement.Effect === 'Allow')).toEqual([]);
  });
});

describe('with a consumer role in desk:suppressionConsumerRoleArns', () => {
  const granted = synthDesk({ 'desk:suppressionConsumerRoleArns': CONSUMER });
  const grantedDesk = new DeskTemplate(granted.template);
  const grantedQueueId = grantedDesk.queueId('PrivacyDesk-suppression.fifo');
  const keyId = grantedDesk.keyIdByDescription(/storage encryption/);

  it('the role may receive, delete and change visibility on this queue, nothing else', () => {
    const policies = granted.template.findResources('AWS::SQS::QueuePolicy', {
      Properties: { Queues: [{ Ref: grantedQueueId }] },
    });
    const allows = Object.values(policies)
      .flatMap(
        (policy) => (policy.Properties.PolicyDocument as { Statement: PolicyStatementJson[] }).Statement,
      )
      .filter((statement) => statement.Effect === 'Allow');
    expect(allows).toEqual([
      {
        Sid: 'MarketingSystemsConsume',
        Effect: 'Allow',
        Principal: { AWS: CONSUMER },
        Action: [
          'sqs:ChangeMessageVisibility',
          'sqs:DeleteMessage',
          'sqs:GetQueueAttributes',
          'sqs:ReceiveMessage',
        ],
        Resource: getAtt(grantedQueueId),
      },
    ]);
    const elsewhere = Object.entries(granted.template.findResources('AWS::SQS::QueuePolicy'))
      .filter(([, policy]) => JSON.stringify(policy).includes(CONSUMER))
      .map(([, policy]) => policy.Properties.Queues);
    expect(elsewhere).toEqual([[{ Ref: grantedQueueId }]]);
  });

  it('the role may decrypt with the storage key only through SQS, for this queue', () => {
    const forConsumer = grantedDesk
      .keyStatements(keyId)
      .filter((statement) => JSON.stringify(statement.Principal).includes(CONSUMER));
    expect(forConsumer).toEqual([
      {
        Sid: 'MarketingSystemsDecryptSuppressionQueue',
        Effect: 'Allow',
        Principal: { AWS: CONSUMER },
        Action: 'kms:Decrypt',
        Resource: '*',
        Condition: {
          StringEquals: {
            'kms:ViaService': { 'Fn::Join': ['', ['sqs.', { Ref: 'AWS::Region' }, '.amazonaws.com']] },
            'kms:EncryptionContext:aws:sqs:arn': {
              'Fn::Join': [
                '',
                [
                  'arn:',
                  { Ref: 'AWS::Partition' },
                  ':sqs:',
                  { Ref: 'AWS::Region' },
                  ':',
                  { Ref: 'AWS::AccountId' },
                  ':PrivacyDesk-suppression.fifo',
                ],
              ],
            },
          },
        },
      },
    ]);
  });

  it('refuses a value that is not an IAM role ARN', () => {
    expect(() => synthDesk({ 'desk:suppressionConsumerRoleArns': 'marketing' })).toThrow(/IAM role ARN/);
  });
});
