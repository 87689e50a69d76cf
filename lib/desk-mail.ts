import { ArnFormat, Aws, CfnOutput, Stack } from 'aws-cdk-lib';
import { PolicyStatement, ServicePrincipal } from 'aws-cdk-lib/aws-iam';
import type { IKey } from 'aws-cdk-lib/aws-kms';
import type { IBucket } from 'aws-cdk-lib/aws-s3';
import {
  ConfigurationSet,
  ConfigurationSetTlsPolicy,
  DkimIdentity,
  EasyDkimSigningKeyLength,
  EmailIdentity,
  EmailSendingEvent,
  EventDestination,
  Identity,
  type IEmailIdentity,
  type ReceiptRule,
  ReceiptRuleSet,
  SuppressionReasons,
  TlsPolicy,
} from 'aws-cdk-lib/aws-ses';
import { Lambda, LambdaInvocationType, S3 } from 'aws-cdk-lib/aws-ses-actions';
import { Subscription, SubscriptionProtocol, Topic } from 'aws-cdk-lib/aws-sns';
import { Construct } from 'constructs';
import type { DeskConfig } from '../domain/config/desk-config.ts';
import type { DeskFunction } from './constructs/desk-function.ts';
import type { BucketDeclaration } from './desk-resources.ts';
import type { DeskState } from './desk-state.ts';

export interface DeskMailProps {
  readonly state: DeskState;
  readonly config: DeskConfig;
  /** Prefix of physical names, usually the stack name. */
  readonly namePrefix: string;
  /** Recipients verified in SES while the account is in the sandbox (see DeskContext). */
  readonly sandboxRecipients: readonly string[];
  /**
   * The domains are SES identities of the account already (verified outside this stack): refer to
   * them instead of creating them, which CloudFormation would refuse.
   */
  readonly existingIdentities: boolean;
}

/** The domain part of an address; the configuration schema has validated it. */
export function domainOf(address: string): string {
  return address.slice(address.lastIndexOf('@') + 1).toLowerCase();
}

/**
 * SES for the desk. Sending: a domain identity for the configuration's `fromAddress` (Easy DKIM),
 * a configuration set that requires TLS, keeps the account's suppression list and publishes bounces
 * and complaints to an encrypted SNS topic, which feeds every queue declared with `sesEvents`.
 * Receiving (`receive`): a domain identity for `inboundDomain` and a receipt rule set whose one rule
 * stores each message in the mail bucket, then invokes the mail receivers asynchronously.
 */
export class DeskMail extends Construct {
  public readonly sendingDomain: string;
  public readonly inboundDomain: string;
  public readonly sendingIdentity: IEmailIdentity;
  public readonly inboundIdentity: IEmailIdentity;
  public readonly configurationSet: ConfigurationSet;
  public readonly eventsTopic: Topic;
  /** What `ses:SendEmail` is granted on (besides the configuration set). */
  public readonly sendingIdentityArns: readonly string[];
  public receiptRuleSet?: ReceiptRuleSet;
  public receiptRule?: ReceiptRule;
  private readonly props: DeskMailProps;

  public constructor(scope: Construct, id: string, props: DeskMailProps) {
    super(scope, id);
    this.props = props;
    const { state, config } = props;
    const stack = Stack.of(this);
    this.sendingDomain = domainOf(config.fromAddress);
    this.inboundDomain = config.inboundDomain;

    this.configurationSet = new ConfigurationSet(this, 'ConfigurationSet', {
      // Case emails carry personal data: never deliver them over an unencrypted connection.
      tlsPolicy: ConfigurationSetTlsPolicy.REQUIRE,
      reputationMetrics: true,
      sendingEnabled: true,
      suppressionReasons: SuppressionReasons.BOUNCES_AND_COMPLAINTS,
    });

    this.sendingIdentity = this.domainIdentity('SendingIdentity', this.sendingDomain);
    this.inboundIdentity =
      this.inboundDomain === this.sendingDomain
        ? this.sendingIdentity
        : this.domainIdentity('InboundIdentity', this.inboundDomain);

    const identityArn = (identity: string) =>
      stack.formatArn({ service: 'ses', resource: 'identity', resourceName: identity });
    this.sendingIdentityArns = [
      this.sendingIdentity.emailIdentityArn,
      // Authorised instead of the domain when the address itself is also a verified identity.
      identityArn(config.fromAddress.toLowerCase()),
      ...props.sandboxRecipients.map((address) => identityArn(address.toLowerCase())),
    ];

    // Named, so that the storage key's policy can name it below without a reference: the topic is
    // encrypted with that key, and a reference each way would be a circular dependency.
    const topicName = `${props.namePrefix}-ses-events`;
    const topicArn = stack.formatArn({
      service: 'sns',
      resource: topicName,
      arnFormat: ArnFormat.NO_RESOURCE_NAME,
    });
    this.eventsTopic = new Topic(this, 'EventsTopic', {
      topicName,
      displayName: 'Privacy Desk SES bounces and complaints',
      masterKey: state.key,
      enforceSSL: true,
    });
    const configurationSetArn = stack.formatArn({
      service: 'ses',
      resource: 'configuration-set',
      resourceName: this.configurationSet.configurationSetName,
    });
    // SES publishes to the encrypted topic as the SES service, which needs the key for it.
    state.key.addToResourcePolicy(
      new PolicyStatement({
        sid: 'AllowSesEventPublishingToTheEncryptedTopic',
        principals: [new ServicePrincipal('ses.amazonaws.com')],
        actions: ['kms:GenerateDataKey*', 'kms:Decrypt'],
        // A key policy statement: "*" is this key, not every resource.
        resources: ['*'],
        conditions: {
          StringEquals: { 'aws:SourceAccount': Aws.ACCOUNT_ID },
          ArnLike: { 'aws:SourceArn': configurationSetArn },
        },
      }),
    );
    this.configurationSet.addEventDestination('BouncesAndComplaints', {
      destination: EventDestination.snsTopic(this.eventsTopic),
      events: [EmailSendingEvent.BOUNCE, EmailSendingEvent.COMPLAINT],
    });

    // What SqsSubscription does, written out: its key policy statement would name the topic by
    // reference (see above).
    const eventQueues = Object.values(state.queues).filter((queue) => queue.declaration.sesEvents);
    if (eventQueues.length > 0) {
      state.key.addToResourcePolicy(
        new PolicyStatement({
          sid: 'AllowSnsToDeliverSesEventsToTheEncryptedQueues',
          principals: [new ServicePrincipal('sns.amazonaws.com')],
          actions: ['kms:Decrypt', 'kms:GenerateDataKey'],
          // A key policy statement: "*" is this key, not every resource.
          resources: ['*'],
          conditions: { ArnEquals: { 'aws:SourceArn': topicArn } },
        }),
      );
    }
    for (const queue of eventQueues) {
      queue.queue.addToResourcePolicy(
        new PolicyStatement({
          principals: [new ServicePrincipal('sns.amazonaws.com')],
          actions: ['sqs:SendMessage'],
          resources: [queue.queue.queueArn],
          conditions: { ArnEquals: { 'aws:SourceArn': this.eventsTopic.topicArn } },
        }),
      );
      const subscription = new Subscription(this, `${queue.declaration.id}Subscription`, {
        topic: this.eventsTopic,
        protocol: SubscriptionProtocol.SQS,
        endpoint: queue.queue.queueArn,
        // The message body is SES's event itself, not an SNS envelope around it.
        rawMessageDelivery: true,
      });
      const queuePolicy = queue.queue.node.tryFindChild('Policy');
      if (queuePolicy) subscription.node.addDependency(queuePolicy);
    }
  }

  /**
   * The inbound path: a receipt rule set with one rule for every address at `inboundDomain`. The
   * rule first stores the raw message under the bucket's inbound prefix (SES hands a Lambda action
   * the headers only), then invokes each receiver asynchronously with SES's event.
   */
  public receive(options: {
    readonly bucket: IBucket;
    /** The bucket's name computed without a reference to it (DeskState.bucketNames). */
    readonly bucketName: string;
    readonly bucketDeclaration: BucketDeclaration;
    readonly receivers: readonly DeskFunction[];
  }): ReceiptRuleSet {
    const { bucket, bucketDeclaration, receivers } = options;
    const ruleSetName = `${this.props.namePrefix}-inbound`;
    const ruleName = 'store-and-receive';
    this.receiptRuleSet = new ReceiptRuleSet(this, 'ReceiptRuleSet', { receiptRuleSetName: ruleSetName });
    this.receiptRule = this.receiptRuleSet.addRule('StoreAndReceive', {
      receiptRuleName: ruleName,
      recipients: [this.inboundDomain],
      // Adds SES's spam and virus verdicts to the event; the receiver decides what to do with them.
      scanEnabled: true,
      // Refuse mail delivered without TLS: replies quote case content.
      tlsPolicy: TlsPolicy.REQUIRE,
      actions: [
        // Adds the bucket policy statement for ses.amazonaws.com (s3:PutObject under the prefix,
        // condition aws:SourceAccount). No kmsKey: that would be SES's client-side encryption, which
        // only the Java and Ruby S3 encryption clients read; the bucket's default SSE-KMS applies.
        new S3({ bucket, objectKeyPrefix: bucketDeclaration.inboundPrefix }),
        ...receivers.map((fn) => new Lambda({ function: fn, invocationType: LambdaInvocationType.EVENT })),
      ],
    });
    if (bucket.encryptionKey) this.letSesWriteEncrypted(options.bucketName, bucket.encryptionKey);
    return this.receiptRuleSet;
  }

  /**
   * SES writes to a bucket encrypted with a customer-managed key as itself, so S3 needs the key on
   * its behalf: for this bucket only (encryption context), and only through S3. The bucket is named
   * by its computed name: its ARN would make the key and the bucket refer to each other.
   */
  private letSesWriteEncrypted(bucketName: string, key: IKey): void {
    const bucketArn = `arn:${Aws.PARTITION}:s3:::${bucketName}`;
    key.addToResourcePolicy(
      new PolicyStatement({
        sid: 'AllowSesToStoreInboundMailInTheMailBucket',
        principals: [new ServicePrincipal('ses.amazonaws.com')],
        actions: ['kms:GenerateDataKey', 'kms:Decrypt'],
        // A key policy statement: "*" is this key, not every resource.
        resources: ['*'],
        conditions: {
          StringEquals: { 'kms:ViaService': `s3.${Aws.REGION}.amazonaws.com` },
          // The bucket's ARN with an S3 Bucket Key, the object's ARN without one.
          StringLike: { 'kms:EncryptionContext:aws:s3:arn': [bucketArn, `${bucketArn}/*`] },
        },
      }),
    );
  }

  private domainIdentity(id: string, domain: string): IEmailIdentity {
    if (this.props.existingIdentities) return EmailIdentity.fromEmailIdentityName(this, id, domain);
    const identity = new EmailIdentity(this, id, {
      identity: Identity.domain(domain),
      dkimIdentity: DkimIdentity.easyDkim(EasyDkimSigningKeyLength.RSA_2048_BIT),
      // Every email from this domain uses the desk's configuration set, even without naming it.
      configurationSet: this.configurationSet,
    });
    // The three CNAME records that verify the domain and sign its mail (Easy DKIM).
    identity.dkimRecords.forEach((record, index) => {
      new CfnOutput(this, `${id}DkimRecord${index + 1}`, {
        key: `${id}DkimRecord${index + 1}`,
        description: `DNS record ${index + 1} of 3 for ${domain}: add it as a CNAME to verify the domain in SES`,
        value: `${record.name} CNAME ${record.value}`,
      });
    });
    return identity;
  }
}
