import { ArnFormat, Duration, Stack } from 'aws-cdk-lib';
import { Alarm, ComparisonOperator, TreatMissingData } from 'aws-cdk-lib/aws-cloudwatch';
import { SnsAction } from 'aws-cdk-lib/aws-cloudwatch-actions';
import type { IKey } from 'aws-cdk-lib/aws-kms';
import type { ITopic } from 'aws-cdk-lib/aws-sns';
import { Queue, QueueEncryption, RedrivePermission } from 'aws-cdk-lib/aws-sqs';
import { Construct } from 'constructs';
import { deadLetterQueueName, type QueueDeclaration } from '../desk-resources.ts';

export interface DeadLetterQueueProps {
  readonly queueName: string;
  readonly retention: Duration;
  readonly encryptionKey: IKey;
  /** Receives the alarm when a message lands here. */
  readonly alarmTopic: ITopic;
  /** What failed, in the alarm description: an operator reads it at 3 a.m. */
  readonly purpose: string;
  /**
   * The physical name of the one queue whose redrive policy ends here. Without it, the messages
   * come from a service instead (EventBridge Scheduler's dead-letter queue, a function's on-failure
   * destination), which a redrive allow policy does not govern.
   */
  readonly sourceQueueName?: string;
  /** A FIFO queue's dead-letter queue must be FIFO too. */
  readonly fifo?: boolean;
}

/**
 * A queue where failed work ends, encrypted with the desk key, with an alarm as soon as one
 * message is visible: a failure never ends in silence. Its redrive allow policy declares it a
 * dead-letter queue (which AWS Control Tower's CT.SQS.PR.1 requires of a queue without a
 * dead-letter queue of its own): for its source queue only where it has one, otherwise for the
 * queues of this account and region, since no queue is the source of a service's failures.
 */
export class DeadLetterQueue extends Construct {
  public readonly queueName: string;
  public readonly queue: Queue;
  public readonly alarm: Alarm;

  public constructor(scope: Construct, id: string, props: DeadLetterQueueProps) {
    super(scope, id);
    this.queueName = props.queueName;
    this.queue = new Queue(this, 'Queue', {
      queueName: props.queueName,
      retentionPeriod: props.retention,
      ...(props.fifo ? { fifo: true } : {}),
      encryption: QueueEncryption.KMS,
      encryptionMasterKey: props.encryptionKey,
      enforceSSL: true,
      redriveAllowPolicy: props.sourceQueueName
        ? {
            // Named by its computed ARN: a reference to the source queue, which refers to this
            // queue in its redrive policy, would be a circular dependency.
            sourceQueues: [
              Queue.fromQueueArn(
                this,
                'SourceQueue',
                Stack.of(this).formatArn({
                  service: 'sqs',
                  resource: props.sourceQueueName,
                  arnFormat: ArnFormat.NO_RESOURCE_NAME,
                }),
              ),
            ],
          }
        : { redrivePermission: RedrivePermission.ALLOW_ALL },
    });
    this.alarm = new Alarm(this, 'MessagesVisibleAlarm', {
      alarmDescription: `${props.purpose}: at least one message is in ${props.queueName}. Inspect it, fix the cause, then redrive it.`,
      metric: this.queue.metricApproximateNumberOfMessagesVisible({
        period: Duration.minutes(1),
        statistic: 'Maximum',
      }),
      threshold: 0,
      comparisonOperator: ComparisonOperator.GREATER_THAN_THRESHOLD,
      evaluationPeriods: 1,
      treatMissingData: TreatMissingData.NOT_BREACHING,
    });
    this.alarm.addAlarmAction(new SnsAction(props.alarmTopic));
  }
}

export interface QueueWithDlqProps {
  readonly declaration: QueueDeclaration;
  /** Deployment prefix for the physical queue names (the declaration holds the base name). */
  readonly namePrefix: string;
  readonly encryptionKey: IKey;
  readonly alarmTopic: ITopic;
}

/**
 * A work queue's oldest message this old means its consumer is stuck, failing or throttled (the
 * desk's queues are drained in seconds; a failing message is retried for maxReceiveCount visibility
 * timeouts before it reaches the DLQ, which has its own alarm).
 */
export const OLDEST_MESSAGE_ALARM_SECONDS = 15 * 60;

/**
 * A work queue from a QueueDeclaration, its dead-letter queue, redrive, the DLQ alarm and an alarm
 * on the age of its oldest message.
 */
export class QueueWithDlq extends Construct {
  public readonly declaration: QueueDeclaration;
  public readonly queue: Queue;
  public readonly deadLetterQueue: DeadLetterQueue;
  public readonly oldestMessageAlarm: Alarm;

  public constructor(scope: Construct, id: string, props: QueueWithDlqProps) {
    super(scope, id);
    const { declaration, namePrefix, encryptionKey, alarmTopic } = props;
    this.declaration = declaration;
    const queueName = `${namePrefix}-${declaration.name}`;
    this.deadLetterQueue = new DeadLetterQueue(this, 'DeadLetter', {
      queueName: `${namePrefix}-${deadLetterQueueName(declaration)}`,
      sourceQueueName: queueName,
      retention: Duration.days(declaration.deadLetterRetentionDays),
      encryptionKey,
      alarmTopic,
      purpose: `Messages of the ${declaration.name} queue failed ${declaration.maxReceiveCount} times`,
      ...(declaration.fifo ? { fifo: true } : {}),
    });
    this.queue = new Queue(this, 'Queue', {
      queueName,
      visibilityTimeout: Duration.seconds(declaration.visibilityTimeoutSeconds),
      retentionPeriod: Duration.days(declaration.retentionDays),
      // Deduplication by the sender's id (the case), not by content.
      ...(declaration.fifo ? { fifo: true, contentBasedDeduplication: false } : {}),
      encryption: QueueEncryption.KMS,
      encryptionMasterKey: encryptionKey,
      enforceSSL: true,
      deadLetterQueue: { queue: this.deadLetterQueue.queue, maxReceiveCount: declaration.maxReceiveCount },
    });
    this.oldestMessageAlarm = new Alarm(this, 'OldestMessageAlarm', {
      alarmDescription: `A message has waited more than ${OLDEST_MESSAGE_ALARM_SECONDS / 60} minutes in ${namePrefix}-${declaration.name}: its consumer is failing, throttled or not running. Check the consumer's errors and throttles.`,
      metric: this.queue.metricApproximateAgeOfOldestMessage({
        period: Duration.minutes(5),
        statistic: 'Maximum',
      }),
      threshold: OLDEST_MESSAGE_ALARM_SECONDS,
      comparisonOperator: ComparisonOperator.GREATER_THAN_OR_EQUAL_TO_THRESHOLD,
      evaluationPeriods: 1,
      treatMissingData: TreatMissingData.NOT_BREACHING,
    });
    this.oldestMessageAlarm.addAlarmAction(new SnsAction(alarmTopic));
  }
}
