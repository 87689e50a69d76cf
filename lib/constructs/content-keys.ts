import { RemovalPolicy } from 'aws-cdk-lib';
import {
  AccountRootPrincipal,
  AnyPrincipal,
  Effect,
  type IRole,
  PolicyDocument,
  PolicyStatement,
} from 'aws-cdk-lib/aws-iam';
import { Key, KeySpec, KeyUsage } from 'aws-cdk-lib/aws-kms';
import { Construct } from 'constructs';
import type { ContentUse } from './desk-function.ts';

/**
 * What the account itself (and so its IAM administrators) may do with a content key: manage it,
 * never use it. Without kms:Encrypt, kms:Decrypt, kms:GenerateDataKey*, kms:GenerateMac or
 * kms:CreateGrant here, no IAM policy alone can open case content: only the key policy statements
 * added by `ContentKeys.allow` can, each naming one function's role. Changing that takes a visible
 * kms:PutKeyPolicy call, which CloudTrail records.
 */
export const KEY_ADMIN_ACTIONS = [
  'kms:CancelKeyDeletion',
  'kms:CreateAlias',
  'kms:DeleteAlias',
  'kms:DescribeKey',
  'kms:DisableKey',
  'kms:DisableKeyRotation',
  'kms:EnableKey',
  'kms:EnableKeyRotation',
  'kms:GetKeyPolicy',
  'kms:GetKeyRotationStatus',
  'kms:ListAliases',
  'kms:ListGrants',
  'kms:ListKeyPolicies',
  'kms:ListResourceTags',
  'kms:PutKeyPolicy',
  'kms:RevokeGrant',
  'kms:RotateKeyOnDemand',
  'kms:ScheduleKeyDeletion',
  'kms:TagResource',
  'kms:UntagResource',
  'kms:UpdateAlias',
  'kms:UpdateKeyDescription',
] as const;

/** What each content use needs of the two keys (AWS Encryption SDK KMS keyring; GenerateMac once per cold start). */
export const CONTENT_KEY_ACTIONS: Record<ContentUse, { content: string[]; mac: string[] }> = {
  encrypt: { content: ['kms:GenerateDataKey'], mac: ['kms:GenerateMac'] },
  decrypt: { content: ['kms:GenerateDataKey', 'kms:Decrypt'], mac: ['kms:GenerateMac'] },
};

/**
 * A key policy statement that refuses kms:CreateGrant unless the grant is for an AWS resource
 * (DynamoDB, for one, creates grants on the table's key on the caller's behalf) or the caller is an
 * AWS service: a grant is a way around the key policy, which nobody else should be able to make
 * (AWS Control Tower control CT.KMS.PR.3). Every key of the desk has it.
 */
export function grantsOnlyForAwsResources(): PolicyStatement {
  return new PolicyStatement({
    sid: 'GrantsOnlyForAwsResourcesOrByAwsServices',
    effect: Effect.DENY,
    principals: [new AnyPrincipal()],
    actions: ['kms:CreateGrant'],
    // In a key policy, "*" is this key.
    resources: ['*'],
    conditions: {
      BoolIfExists: { 'kms:GrantIsForAWSResource': 'false', 'aws:PrincipalIsAWSService': 'false' },
    },
  });
}

function adminOnlyPolicy(): PolicyDocument {
  return new PolicyDocument({
    statements: [
      new PolicyStatement({
        sid: 'AccountAdministersButCannotUseTheKey',
        principals: [new AccountRootPrincipal()],
        actions: [...KEY_ADMIN_ACTIONS],
        // In a key policy, "*" is this key.
        resources: ['*'],
      }),
      grantsOnlyForAwsResources(),
    ],
  });
}

/**
 * The keys of case content, separate from the key of the table, queues and buckets: a symmetric key
 * for envelope encryption (AWS Encryption SDK) and an HMAC_256 key for keyed hashes (email lookups,
 * duplicate detection). Their key policies let the account administer them and let each content
 * function's role use them as its declaration says, nothing else.
 */
export class ContentKeys extends Construct {
  public readonly contentKey: Key;
  public readonly macKey: Key;

  public constructor(scope: Construct, id: string) {
    super(scope, id);
    this.contentKey = new Key(this, 'ContentKey', {
      description: 'Privacy Desk: envelope encryption of case content (AWS Encryption SDK)',
      enableKeyRotation: true,
      policy: adminOnlyPolicy(),
      // Retained: without it, every sealed case would be unreadable.
      removalPolicy: RemovalPolicy.RETAIN,
    });
    this.macKey = new Key(this, 'MacKey', {
      description: 'Privacy Desk: HMAC key for keyed hashes of email addresses',
      keySpec: KeySpec.HMAC_256,
      keyUsage: KeyUsage.GENERATE_VERIFY_MAC,
      // KMS does not rotate HMAC keys; a new key would change every stored hash.
      enableKeyRotation: false,
      policy: adminOnlyPolicy(),
      removalPolicy: RemovalPolicy.RETAIN,
    });
  }

  /**
   * Lets one role use the keys, in both key policies and in the role's own policy (KMS needs both).
   * The key policy names the role in an `aws:PrincipalArn` condition rather than as its principal:
   * KMS refuses a policy naming a role IAM has not finished creating, and a replaced role would
   * leave a dangling principal behind.
   */
  public allow(role: IRole, use: ContentUse): void {
    const actions = CONTENT_KEY_ACTIONS[use];
    for (const [key, keyActions] of [
      [this.contentKey, actions.content],
      [this.macKey, actions.mac],
    ] as const) {
      key.addToResourcePolicy(
        new PolicyStatement({
          principals: [new AccountRootPrincipal()],
          actions: keyActions,
          // A key policy statement: "*" is this key, not every resource.
          resources: ['*'],
          conditions: { ArnEquals: { 'aws:PrincipalArn': role.roleArn } },
        }),
      );
      role.addToPrincipalPolicy(new PolicyStatement({ actions: keyActions, resources: [key.keyArn] }));
    }
  }
}
