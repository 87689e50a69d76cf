import { Stack } from 'aws-cdk-lib';
import { PolicyStatement, ServicePrincipal } from 'aws-cdk-lib/aws-iam';
import type { Key } from 'aws-cdk-lib/aws-kms';
import { ConfigurationSet, EmailSendingEvent, EventDestination } from 'aws-cdk-lib/aws-ses';
import { Subscription, SubscriptionProtocol, Topic } from 'aws-cdk-lib/aws-sns';
import type { IQueue } from 'aws-cdk-lib/aws-sqs';
import { Construct } from 'constructs';

export interface DeliveryEventsProps {
  /** Prefix of the configuration set's name, usually the stack name. */
  readonly namePrefix: string;
  /** The desk key: the topic is encrypted with it, and so is the queue. */
  readonly key: Key;
  /** Receives the events (raw message delivery): the bounces queue. */
  readonly queue: IQueue;
}

/**
 * SES bounce and complaint events for the desk's email: a configuration set whose event destination
 * is an encrypted SNS topic, subscribed by the bounces queue with raw message delivery, so the queue
 * receives SES's event JSON itself. The sending function names the configuration set on every email.
 */
export class DeliveryEvents extends Construct {
  public readonly configurationSet: ConfigurationSet;
  public readonly topic: Topic;

  public constructor(scope: Construct, id: string, props: DeliveryEventsProps) {
    super(scope, id);
    const stack = Stack.of(this);
    this.topic = new Topic(this, 'Topic', {
      displayName: 'Privacy Desk SES bounces and complaints',
      masterKey: props.key,
      enforceSSL: true,
    });
    // SES publishes to the encrypted topic and SNS delivers to the encrypted queue: both services
    // need the desk key, for this account only.
    props.key.addToResourcePolicy(
      new PolicyStatement({
        sid: 'AllowSesAndSnsToDeliverSendingEvents',
        principals: [new ServicePrincipal('ses.amazonaws.com'), new ServicePrincipal('sns.amazonaws.com')],
        actions: ['kms:Decrypt', 'kms:GenerateDataKey*'],
        resources: ['*'],
        conditions: { StringEquals: { 'aws:SourceAccount': stack.account } },
      }),
    );
    // A plain subscription, not SqsSubscription: that one also writes the topic's ARN into the key's
    // policy, and the topic is encrypted with the same key (a dependency cycle). The account-wide key
    // statement above covers SNS; the queue policy names this topic.
    new Subscription(this, 'QueueSubscription', {
      topic: this.topic,
      protocol: SubscriptionProtocol.SQS,
      endpoint: props.queue.queueArn,
      rawMessageDelivery: true,
    });
    props.queue.addToResourcePolicy(
      new PolicyStatement({
        sid: 'AllowTheDeliveryEventsTopic',
        principals: [new ServicePrincipal('sns.amazonaws.com')],
        actions: ['sqs:SendMessage'],
        resources: [props.queue.queueArn],
        conditions: { ArnEquals: { 'aws:SourceArn': this.topic.topicArn } },
      }),
    );
    this.configurationSet = new ConfigurationSet(this, 'ConfigurationSet', {
      configurationSetName: `${props.namePrefix}-desk-mail`,
    });
    this.configurationSet.addEventDestination('BouncesAndComplaints', {
      destination: EventDestination.snsTopic(this.topic),
      events: [EmailSendingEvent.BOUNCE, EmailSendingEvent.COMPLAINT],
    });
  }

  /** The ARN SES authorises SendEmail against when an email names this configuration set. */
  public get configurationSetArn(): string {
    return Stack.of(this).formatArn({
      service: 'ses',
      resource: 'configuration-set',
      resourceName: this.configurationSet.configurationSetName,
    });
  }
}
