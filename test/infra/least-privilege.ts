import { expect } from 'vitest';
import { CONTENT_KEY_ACTIONS } from '../../lib/constructs/content-keys.ts';
import {
  BUCKETS,
  FUNCTIONS,
  type FunctionDeclaration,
  type FunctionKey,
  MAIL_RECEIVERS,
  type MailReceiverDeclaration,
  QUEUE_CONSUMERS,
  QUEUES,
  type QueueKey,
} from '../../lib/desk-resources.ts';
import { asArray, type DeskTemplate, getAtt } from './desk-template.ts';

/** What CDK's read grant on a table gives, and nothing more is allowed for `table: 'read'`. */
export const DYNAMODB_READ_ACTIONS = [
  'dynamodb:BatchGetItem',
  'dynamodb:ConditionCheckItem',
  'dynamodb:DescribeTable',
  'dynamodb:GetItem',
  'dynamodb:GetRecords',
  'dynamodb:GetShardIterator',
  'dynamodb:Query',
  'dynamodb:Scan',
];
export const DYNAMODB_WRITE_ACTIONS = [
  'dynamodb:BatchWriteItem',
  'dynamodb:DeleteItem',
  'dynamodb:PutItem',
  'dynamodb:UpdateItem',
];
const SQS_SEND_ACTIONS = ['sqs:SendMessage', 'sqs:GetQueueAttributes', 'sqs:GetQueueUrl'];
const SQS_CONSUME_ACTIONS = [
  'sqs:ChangeMessageVisibility',
  'sqs:DeleteMessage',
  'sqs:GetQueueAttributes',
  'sqs:GetQueueUrl',
  'sqs:ReceiveMessage',
];
const STORAGE_KEY_READ_ACTIONS = ['kms:Decrypt', 'kms:DescribeKey'];
const STORAGE_KEY_WRITE_ACTIONS = [
  'kms:Encrypt',
  'kms:GenerateDataKey',
  'kms:GenerateDataKey*',
  'kms:ReEncrypt*',
];

export interface Grant {
  readonly action: string;
  /** The resource as CloudFormation JSON (a string for literal ARNs). */
  readonly resource: string;
  /** The statement's Condition as JSON, when it has one. */
  readonly condition?: string;
}

const json = (value: unknown) => (typeof value === 'string' ? value : JSON.stringify(value));
const objectsUnder = (bucketId: string, prefix: string) =>
  json({ 'Fn::Join': ['', [getAtt(bucketId), `/${prefix}*`]] });
/** The only listing a `purgeAttachments` function may do: keys (and versions) under attachments/. */
export const LIST_ATTACHMENTS_CONDITION = json({
  StringLike: { 's3:prefix': [`${BUCKETS.mail.attachmentPrefix}*`] },
});
export const PURGE_LIST_ACTIONS = ['s3:ListBucket', 's3:ListBucketVersions'];
export const PURGE_DELETE_ACTIONS = ['s3:DeleteObject', 's3:DeleteObjectVersion'];

/** Every (action, resource) pair a role's policies allow, whatever way CDK merged the statements. */
export function grantsOfRole(desk: DeskTemplate, roleId: string): Grant[] {
  return desk.statementsOfRole(roleId).flatMap((statement) => {
    expect(statement.Effect).toBe('Allow');
    const condition = statement.Condition === undefined ? {} : { condition: json(statement.Condition) };
    return asArray(statement.Action).flatMap((action) =>
      asArray(statement.Resource as unknown[]).map((resource) => ({
        action,
        resource: json(resource),
        ...condition,
      })),
    );
  });
}

export interface DeskIds {
  readonly table: string;
  readonly storageKey: string;
  readonly contentKey: string;
  readonly macKey: string;
  readonly auditSigningKey: string;
  readonly mailBucket: string;
  readonly queue: (key: QueueKey) => string;
  readonly failureQueue: (key: FunctionKey) => string;
}

export function deskIds(desk: DeskTemplate, stackName = 'PrivacyDesk'): DeskIds {
  return {
    table: desk.logicalIdsOf('AWS::DynamoDB::Table')[0]!,
    storageKey: desk.keyIdByDescription(/storage encryption/),
    contentKey: desk.keyIdByDescription(/envelope encryption/),
    macKey: desk.keyIdByDescription(/HMAC/),
    auditSigningKey: desk.keyIdByDescription(/audit checkpoints/),
    mailBucket: desk
      .logicalIdsOf('AWS::S3::Bucket')
      .find((id) =>
        JSON.stringify(desk.resource(id).Properties.BucketName ?? '').includes(`-${BUCKETS.mail.name}-`),
      )!,
    queue: (key) => desk.queueId(`${stackName}-${QUEUES[key].name}`),
    failureQueue: (key) => desk.queueId(`${stackName}-${key}-failed`),
  };
}

/**
 * Asserts that a function's role allows exactly what its declaration needs: every grant it has is
 * explained by the declaration, and every declared need has its grant.
 */
export function expectLeastPrivilege(desk: DeskTemplate, key: FunctionKey): void {
  const declaration: FunctionDeclaration = FUNCTIONS[key];
  const ids = deskIds(desk);
  const functionId = desk.functionId(declaration.description);
  const fn = desk.resource(functionId).Properties;
  const logGroupId = (fn.LoggingConfig as { LogGroup: { Ref: string } }).LogGroup.Ref;
  const grants = grantsOfRole(desk, desk.roleIdOfFunction(functionId));

  const consumed = QUEUE_CONSUMERS.filter((consumer) => consumer.function === key).map((c) => c.queue);
  const isReceiver = (MAIL_RECEIVERS as readonly MailReceiverDeclaration[]).some((r) => r.function === key);
  const table = [json(getAtt(ids.table)), json({ 'Fn::Join': ['', [getAtt(ids.table), '/index/*']] })];
  const sendTargets = [
    ...declaration.sendsTo.map((queue) => json(getAtt(ids.queue(queue)))),
    ...(isReceiver ? [json(getAtt(ids.failureQueue(key)))] : []),
  ];
  const writesStorage =
    declaration.table === 'readWrite' || sendTargets.length > 0 || declaration.mailBucket === 'readWrite';
  const readsMail = declaration.mailBucket === 'read' || declaration.mailBucket === 'readWrite';
  const purgesAttachments = declaration.mailBucket === 'purgeAttachments';
  const signsCheckpoints =
    'signsAuditCheckpoints' in declaration && declaration.signsAuditCheckpoints === true;
  const readsStorage = declaration.table !== 'none' || consumed.length > 0 || readsMail;
  const contentActions =
    declaration.content === 'none' ? undefined : CONTENT_KEY_ACTIONS[declaration.content];

  const explain = ({ action, resource, condition }: Grant): string | undefined => {
    // Every grant names its resources; '*' is nowhere needed.
    if (resource === '*') return undefined;
    const [service] = action.split(':');
    switch (service) {
      case 'logs':
        return ['logs:CreateLogStream', 'logs:PutLogEvents'].includes(action) &&
          resource === json(getAtt(logGroupId))
          ? 'own log group'
          : undefined;
      case 'dynamodb':
        if (declaration.table === 'none' || !table.includes(resource)) return undefined;
        if (DYNAMODB_READ_ACTIONS.includes(action)) return 'table read';
        return declaration.table === 'readWrite' && DYNAMODB_WRITE_ACTIONS.includes(action)
          ? 'table write'
          : undefined;
      case 'sqs':
        if (SQS_SEND_ACTIONS.includes(action) && sendTargets.includes(resource)) return 'send';
        return SQS_CONSUME_ACTIONS.includes(action) &&
          consumed.some((queue) => resource === json(getAtt(ids.queue(queue))))
          ? 'consume'
          : undefined;
      case 'kms':
        if (resource === json(getAtt(ids.storageKey))) {
          if (readsStorage && STORAGE_KEY_READ_ACTIONS.includes(action)) return 'storage key read';
          return writesStorage && [...STORAGE_KEY_READ_ACTIONS, ...STORAGE_KEY_WRITE_ACTIONS].includes(action)
            ? 'storage key write'
            : undefined;
        }
        if (resource === json(getAtt(ids.contentKey))) {
          return contentActions?.content.includes(action) ? 'content key' : undefined;
        }
        if (resource === json(getAtt(ids.macKey))) {
          return contentActions?.mac.includes(action) ? 'mac key' : undefined;
        }
        if (resource === json(getAtt(ids.auditSigningKey))) {
          return signsCheckpoints && action === 'kms:Sign' ? 'sign audit checkpoints' : undefined;
        }
        return undefined;
      case 'ses':
        return declaration.sendsEmail &&
          action === 'ses:SendEmail' &&
          /:(identity|configuration-set)\//.test(resource)
          ? 'send email'
          : undefined;
      case 's3': {
        if (purgesAttachments) {
          if (
            PURGE_LIST_ACTIONS.includes(action) &&
            resource === json(getAtt(ids.mailBucket)) &&
            condition === LIST_ATTACHMENTS_CONDITION
          ) {
            return 'list attachments';
          }
          return PURGE_DELETE_ACTIONS.includes(action) &&
            resource === objectsUnder(ids.mailBucket, BUCKETS.mail.attachmentPrefix)
            ? 'delete attachments'
            : undefined;
        }
        if (!readsMail) return undefined;
        if (
          action === 's3:GetObject' &&
          resource === objectsUnder(ids.mailBucket, BUCKETS.mail.inboundPrefix)
        ) {
          return 'read inbound mail';
        }
        return declaration.mailBucket === 'readWrite' &&
          ['s3:GetObject', 's3:PutObject'].includes(action) &&
          resource === objectsUnder(ids.mailBucket, BUCKETS.mail.attachmentPrefix)
          ? 'attachments'
          : undefined;
      }
      default:
        return undefined;
    }
  };

  // Nothing unexplained.
  expect(grants.filter((grant) => explain(grant) === undefined)).toEqual([]);

  // Nothing missing.
  const has = (action: string, resource: string) =>
    grants.some((grant) => grant.action === action && grant.resource === resource);
  expect(has('logs:PutLogEvents', json(getAtt(logGroupId)))).toBe(true);
  if (declaration.table !== 'none') expect(has('dynamodb:GetItem', table[0]!)).toBe(true);
  if (declaration.table === 'readWrite') expect(has('dynamodb:PutItem', table[0]!)).toBe(true);
  for (const target of sendTargets) expect(has('sqs:SendMessage', target)).toBe(true);
  for (const queue of consumed) expect(has('sqs:ReceiveMessage', json(getAtt(ids.queue(queue))))).toBe(true);
  if (contentActions) {
    for (const action of contentActions.content) expect(has(action, json(getAtt(ids.contentKey)))).toBe(true);
    for (const action of contentActions.mac) expect(has(action, json(getAtt(ids.macKey)))).toBe(true);
  }
  expect(has('kms:Decrypt', json(getAtt(ids.contentKey)))).toBe(declaration.content === 'decrypt');
  expect(has('kms:Sign', json(getAtt(ids.auditSigningKey)))).toBe(signsCheckpoints);
  expect(grants.some((grant) => grant.action.startsWith('ses:'))).toBe(declaration.sendsEmail);
  expect(grants.some((grant) => grant.action.startsWith('dynamodb:'))).toBe(declaration.table !== 'none');
  expect(grants.some((grant) => grant.action.startsWith('s3:'))).toBe(declaration.mailBucket !== undefined);
  if (readsMail) {
    expect(has('s3:GetObject', objectsUnder(ids.mailBucket, BUCKETS.mail.inboundPrefix))).toBe(true);
  }
  if (purgesAttachments) {
    for (const action of PURGE_LIST_ACTIONS) expect(has(action, json(getAtt(ids.mailBucket)))).toBe(true);
    for (const action of PURGE_DELETE_ACTIONS) {
      expect(has(action, objectsUnder(ids.mailBucket, BUCKETS.mail.attachmentPrefix))).toBe(true);
    }
  }
  if (declaration.mailBucket === 'readWrite') {
    expect(has('s3:PutObject', objectsUnder(ids.mailBucket, BUCKETS.mail.attachmentPrefix))).toBe(true);
  }
}
