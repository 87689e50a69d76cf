import { Match } from 'aws-cdk-lib/assertions';
import { describe, expect, it } from 'vitest';
import { BUCKETS, FUNCTIONS, type FunctionDeclaration } from '../../lib/desk-resources.ts';
import { DeskTemplate, getAtt, ref, synthDesk } from './desk-template.ts';
import { deskIds, grantsOfRole, LIST_ATTACHMENTS_CONDITION } from './least-privilege.ts';

/* Prepare: the app as `cdk synth` builds it, without bundling. */
const { template } = synthDesk();
const desk = new DeskTemplate(template);
const { mailBucket: bucketId, storageKey: keyId } = deskIds(desk);
const bucketObjects = (prefix: string) =>
  JSON.stringify({ 'Fn::Join': ['', [getAtt(bucketId), `/${prefix}*`]] });

describe('mail bucket', () => {
  it('is private, encrypted with the desk key, retained, and expires raw inbound mail', () => {
    template.hasResource('AWS::S3::Bucket', {
      Properties: {
        BucketEncryption: {
          ServerSideEncryptionConfiguration: [
            {
              BucketKeyEnabled: true,
              ServerSideEncryptionByDefault: { SSEAlgorithm: 'aws:kms', KMSMasterKeyID: getAtt(keyId) },
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
      Bucket: ref(bucketId),
      PolicyDocument: {
        Statement: Match.arrayWith([
          Match.objectLike({ Effect: 'Deny', Condition: { Bool: { 'aws:SecureTransport': 'false' } } }),
        ]),
      },
    });
  });
});

describe('functions and the mail bucket', () => {
  it('the inbound function reads raw mail and reads and writes attachments, each under its own prefix only', () => {
    const fn = FUNCTIONS.receiveMail;
    const functionId = desk.functionId(fn.description);
    expect(desk.resource(functionId).Properties.Environment).toMatchObject({
      Variables: { [BUCKETS.mail.envVar]: ref(bucketId) },
    });
    const s3 = grantsOfRole(desk, desk.roleIdOfFunction(functionId)).filter((grant) =>
      grant.action.startsWith('s3:'),
    );
    expect(s3).toEqual(
      expect.arrayContaining([
        { action: 's3:GetObject', resource: bucketObjects(BUCKETS.mail.inboundPrefix) },
        { action: 's3:GetObject', resource: bucketObjects(BUCKETS.mail.attachmentPrefix) },
        { action: 's3:PutObject', resource: bucketObjects(BUCKETS.mail.attachmentPrefix) },
      ]),
    );
    expect(s3).toHaveLength(3);
  });

  it('the sweep only lists and deletes attachments (every version), listing under attachments/ only', () => {
    const functionId = desk.functionId(FUNCTIONS.sweep.description);
    expect(desk.resource(functionId).Properties.Environment).toMatchObject({
      Variables: { [BUCKETS.mail.envVar]: ref(bucketId) },
    });
    const s3 = grantsOfRole(desk, desk.roleIdOfFunction(functionId)).filter((grant) =>
      grant.action.startsWith('s3:'),
    );
    const bucketArn = JSON.stringify(getAtt(bucketId));
    expect(s3).toEqual(
      expect.arrayContaining([
        { action: 's3:ListBucket', resource: bucketArn, condition: LIST_ATTACHMENTS_CONDITION },
        { action: 's3:ListBucketVersions', resource: bucketArn, condition: LIST_ATTACHMENTS_CONDITION },
        { action: 's3:DeleteObject', resource: bucketObjects(BUCKETS.mail.attachmentPrefix) },
        { action: 's3:DeleteObjectVersion', resource: bucketObjects(BUCKETS.mail.attachmentPrefix) },
      ]),
    );
    expect(s3).toHaveLength(4);
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
