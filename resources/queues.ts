/** The desk's SQS queues, each with its dead-letter queue (see desk-resources.ts). */

export interface QueueDeclaration {
  readonly id: string;
  /** Base name; deployments and test runs add a prefix. */
  readonly name: string;
  readonly envVar: string;
  readonly visibilityTimeoutSeconds: number;
  /** Receives before a message moves to the dead-letter queue. */
  readonly maxReceiveCount: number;
  readonly retentionDays: number;
  readonly deadLetterRetentionDays: number;
  /**
   * SES bounce and complaint events of the desk's configuration set reach this queue (SES -> SNS
   * topic -> this queue, raw message delivery: each message body is one SES event as JSON).
   */
  readonly sesEvents?: boolean;
  /**
   * A FIFO queue (its name ends in `.fifo`, and so does its dead-letter queue's): senders give each
   * message a deduplication id, and SQS drops a second message with that id within 5 minutes.
   */
  readonly fifo?: boolean;
  /**
   * Read by systems outside the desk (no consumer in QUEUE_CONSUMERS): the stack outputs its URL and
   * ARN, and the queue may carry what those systems need (see its message schema).
   */
  readonly externalConsumer?: string;
}

export const QUEUES = {
  route: {
    id: 'RouteQueue',
    name: 'route',
    envVar: 'ROUTE_QUEUE_URL',
    // Six times the consumer's timeout, as AWS recommends for Lambda event sources.
    visibilityTimeoutSeconds: 180,
    maxReceiveCount: 5,
    retentionDays: 4,
    deadLetterRetentionDays: 14,
  },
  notify: {
    id: 'NotifyQueue',
    name: 'notify',
    envVar: 'NOTIFY_QUEUE_URL',
    visibilityTimeoutSeconds: 180,
    maxReceiveCount: 5,
    retentionDays: 4,
    deadLetterRetentionDays: 14,
  },
  // SES bounce and complaint events (configuration set -> SNS -> this queue, raw message delivery).
  bounces: {
    id: 'BounceQueue',
    name: 'bounces',
    envVar: 'BOUNCE_QUEUE_URL',
    visibilityTimeoutSeconds: 180,
    maxReceiveCount: 5,
    retentionDays: 4,
    deadLetterRetentionDays: 14,
    sesEvents: true,
  },
  /*
   * Marketing opt-outs for the marketing systems (SuppressionMessageSchema): the one queue that
   * carries an email address, because suppressing an address needs the address. FIFO, deduplicated
   * per case, so that a retried routing step does not hand the same opt-out over twice.
   */
  suppression: {
    id: 'SuppressionQueue',
    name: 'suppression.fifo',
    envVar: 'SUPPRESSION_QUEUE_URL',
    visibilityTimeoutSeconds: 300,
    maxReceiveCount: 5,
    // The longest SQS keeps a message: a marketing system that is down for a week still gets it.
    retentionDays: 14,
    deadLetterRetentionDays: 14,
    fifo: true,
    externalConsumer: 'marketing systems: stop marketing email and profiling for the address',
  },
} as const satisfies Record<string, QueueDeclaration>;

export type QueueKey = keyof typeof QUEUES;

export function deadLetterQueueName(queue: QueueDeclaration): string {
  return queue.fifo ? `${queue.name.replace(/\.fifo$/, '')}-dlq.fifo` : `${queue.name}-dlq`;
}
