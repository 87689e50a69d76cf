import { readFileSync } from 'node:fs';
import { Match, Template } from 'aws-cdk-lib/assertions';
import { describe, expect, it } from 'vitest';
import { BUCKETS, FUNCTIONS, type FunctionDeclaration } from '../../lib/desk-resources.ts';
import { buildDeskApp } from '../../lib/desk-stack.ts';

/* Prepare: the app as `cdk synth` builds it, without bundling. */
const CDK_JSON_CONTEXT = JSON.parse(readFileSync(new URL('../../cdk.json', import.meta.url), 'utf8')).context;
const { stack } = buildDeskApp({ ...CDK_JSON_CONTEXT, 'aws:cdk:bundling-stacks': [] });
const template = Template.fromStack(stack);

const only = (resources: Record<string, unknown>) => {
  const ids = Object.keys(resources);
  expect(ids).toHaveLength(1);
  return ids[0]!;
};
const bucketId = only(template.findResources('AWS::S3::Bucket'));
const keyId = only(template.findResources('AWS::KMS::Key'));
const functionId = (fn: FunctionDeclaration) =>
  only(template.findResources('AWS::Lambda::Function', { Properties: { Description: fn.description } }));
const bucketObjects = (prefix: string) => ({
  'Fn::Join': ['', [{ 'Fn::GetAtt': [bucketId, 'Arn'] }, `/${prefix}*`]],
});

describe('mail bucket', () => {
  it('is private, encrypted with the desk key, retained, and expires raw inbound mail', () => {
    template.hasResource('AWS::S3::Bucket', {
      Properties: {
        BucketEncryption: {
          ServerSideEncryptionConfiguration: [
            {
              BucketKeyEnabled: true,
              ServerSideEncryptionByDefault: {
                SSEAlgorithm: 'aws:kms',
                KMSMasterKeyID: { 'Fn::GetAtt': [keyId, 'Arn'] },
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
        LifecycleConfiguration: {
          Rules: Match.arrayWith([
            Match.objectLike({
              Prefix: BUCKETS.mail.inboundPrefix,
              ExpirationInDays: BUCKETS.mail.inboundRetentionDays,
              Status: 'Enabled',
            }),
          ]),
        },
      },
      DeletionPolicy: 'Retain',
    });
  });

  it('refuses every request without TLS', () => {
    template.hasResourceProperties('AWS::S3::BucketPolicy', {
      Bucket: { Ref: bucketId },
      PolicyDocument: {
        Statement: Match.arrayWith([
          Match.objectLike({ Effect: 'Deny', Condition: { Bool: { 'aws:SecureTransport': 'false' } } }),
        ]),
      },
    });
  });
});

describe('functions and the mail bucket', () => {
  it('the inbound function reads raw mail and writes attachments, each under its own prefix only', () => {
    const fn = FUNCTIONS.receiveMail;
    template.hasResourceProperties('AWS::Lambda::Function', {
      Description: fn.description,
      Environment: { Variables: Match.objectLike({ [BUCKETS.mail.envVar]: { Ref: bucketId } }) },
    });
    const role = (
      template.toJSON().Resources[functionId(fn)] as { Properties: { Role: { 'Fn::GetAtt': string[] } } }
    ).Properties.Role['Fn::GetAtt'][0];
    const policies = template.findResources('AWS::IAM::Policy', { Properties: { Roles: [{ Ref: role }] } });
    const statements = Object.values(policies).flatMap(
      (policy) =>
        (
          policy as {
            Properties: { PolicyDocument: { Statement: { Action: string[]; Resource: unknown }[] } };
          }
        ).Properties.PolicyDocument.Statement,
    );
    const s3 = statements.filter((statement) =>
      [statement.Action].flat().some((action) => action.startsWith('s3:')),
    );
    expect(s3).toEqual([
      expect.objectContaining({
        Action: expect.arrayContaining(['s3:GetObject*']),
        Resource: [{ 'Fn::GetAtt': [bucketId, 'Arn'] }, bucketObjects(BUCKETS.mail.inboundPrefix)],
      }),
      expect.objectContaining({
        Action: expect.arrayContaining(['s3:PutObject']),
        Resource: bucketObjects(BUCKETS.mail.attachmentPrefix),
      }),
    ]);
    expect(JSON.stringify(s3)).not.toMatch(/s3:DeleteObject/);
  });

  it.each(
    (Object.entries(FUNCTIONS) as [string, FunctionDeclaration][]).filter(
      ([, fn]) => fn.mailBucket === undefined,
    ),
  )('%s has no bucket name in its environment', (_key, fn) => {
    template.hasResourceProperties('AWS::Lambda::Function', {
      Description: fn.description,
      Environment: { Variables: Match.not(Match.objectLike({ [BUCKETS.mail.envVar]: Match.anyValue() })) },
    });
  });
});
