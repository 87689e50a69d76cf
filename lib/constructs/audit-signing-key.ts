import { RemovalPolicy } from 'aws-cdk-lib';
import { AccountRootPrincipal, type IRole, PolicyDocument, PolicyStatement } from 'aws-cdk-lib/aws-iam';
import { Key, KeySpec, KeyUsage } from 'aws-cdk-lib/aws-kms';
import { Construct } from 'constructs';
import { grantsOnlyForAwsResources, KEY_ADMIN_ACTIONS } from './content-keys.ts';

/** What verifying a checkpoint needs: the public key, or KMS Verify. No one but the signer may Sign. */
export const AUDIT_VERIFY_ACTIONS = ['kms:GetPublicKey', 'kms:Verify'] as const;

/**
 * The asymmetric key (ECC_NIST_P256, SIGN_VERIFY) that signs the daily audit checkpoints. The account
 * administers it and may read its public key and verify with it (an operator's `desk audit verify`);
 * only the roles given to `allowSigning` (the sweep) may kms:Sign, by a key policy statement naming
 * each role. Retained: without it, no checkpoint could be verified.
 */
export class AuditSigningKey extends Construct {
  public readonly key: Key;

  public constructor(scope: Construct, id: string) {
    super(scope, id);
    this.key = new Key(this, 'Key', {
      description: 'Privacy Desk: signs the daily audit checkpoints (ECDSA P-256)',
      keySpec: KeySpec.ECC_NIST_P256,
      keyUsage: KeyUsage.SIGN_VERIFY,
      // KMS does not rotate asymmetric keys; each checkpoint names the key that signed it.
      enableKeyRotation: false,
      policy: new PolicyDocument({
        statements: [
          new PolicyStatement({
            sid: 'AccountAdministersAndVerifiesButCannotSign',
            principals: [new AccountRootPrincipal()],
            actions: [...KEY_ADMIN_ACTIONS, ...AUDIT_VERIFY_ACTIONS],
            // In a key policy, "*" is this key.
            resources: ['*'],
          }),
          grantsOnlyForAwsResources(),
        ],
      }),
      removalPolicy: RemovalPolicy.RETAIN,
    });
  }

  /** Lets one role sign with the key: in the key policy (by `aws:PrincipalArn`) and the role's policy. */
  public allowSigning(role: IRole): void {
    this.key.addToResourcePolicy(
      new PolicyStatement({
        principals: [new AccountRootPrincipal()],
        actions: ['kms:Sign'],
        resources: ['*'],
        conditions: { ArnEquals: { 'aws:PrincipalArn': role.roleArn } },
      }),
    );
    role.addToPrincipalPolicy(new PolicyStatement({ actions: ['kms:Sign'], resources: [this.key.keyArn] }));
  }
}
