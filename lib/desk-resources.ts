/**
 * The single declaration of the desk's resources: table, queues, functions, HTTP routes, queue
 * consumers and schedules. The CDK stack (lib/desk-stack.ts) and the local runtime (local/) both
 * read this module, so adding a route or a queue is one edit here.
 *
 * No CDK or AWS SDK import: this is plain data, cheap to load in the local runtime and in tests.
 */

export type AttributeType = 'S' | 'N';

export interface KeyAttribute {
  readonly name: string;
  readonly type: AttributeType;
}

export interface IndexDeclaration {
  readonly indexName: string;
  readonly partitionKey: KeyAttribute;
  readonly sortKey: KeyAttribute;
  /** Attributes copied into the index besides the keys; the rest needs a read of the base item. */
  readonly nonKeyAttributes: readonly string[];
}

export interface TableDeclaration {
  readonly id: string;
  readonly envVar: string;
  readonly partitionKey: KeyAttribute;
  readonly sortKey: KeyAttribute;
  readonly timeToLiveAttribute: string;
  readonly globalSecondaryIndexes: readonly IndexDeclaration[];
}

export const CASE_TABLE = {
  id: 'Cases',
  envVar: 'TABLE_NAME',
  partitionKey: { name: 'pk', type: 'S' },
  sortKey: { name: 'sk', type: 'S' },
  timeToLiveAttribute: 'expiresAt',
  globalSecondaryIndexes: [
    {
      // Open cases by due instant, sharded (gsi1pk = OPEN#<shard>) so that no partition gets hot;
      // the escalation sweep queries each shard up to its horizon instead of scanning.
      indexName: 'byDue',
      partitionKey: { name: 'gsi1pk', type: 'S' },
      sortKey: { name: 'gsi1sk', type: 'S' },
      nonKeyAttributes: ['caseId', 'type', 'status', 'dueAt'],
    },
    {
      // Cases waiting for a pipeline step (e.g. stored but not yet routed), by the time they
      // entered that state; the sweep re-drives the ones stuck too long.
      indexName: 'byPendingStep',
      partitionKey: { name: 'gsi2pk', type: 'S' },
      sortKey: { name: 'gsi2sk', type: 'S' },
      nonKeyAttributes: ['caseId', 'status'],
    },
  ],
} as const satisfies TableDeclaration;

export type IndexName = (typeof CASE_TABLE.globalSecondaryIndexes)[number]['indexName'];

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
} as const satisfies Record<string, QueueDeclaration>;

export type QueueKey = keyof typeof QUEUES;

export function deadLetterQueueName(queue: QueueDeclaration): string {
  return `${queue.name}-dlq`;
}

export interface FunctionDeclaration {
  readonly id: string;
  /** Handler module, relative to the repository root; it exports `handler`. */
  readonly entry: string;
  readonly memoryMb: number;
  readonly timeoutSeconds: number;
  readonly description: string;
  readonly table: 'read' | 'readWrite' | 'none';
  /** Queues this function sends to. */
  readonly sendsTo: readonly QueueKey[];
  readonly sendsEmail: boolean;
  /** Caps the function so it cannot starve the account's concurrency (undefined: no cap). */
  readonly reservedConcurrency?: number;
}

export const FUNCTIONS = {
  health: {
    id: 'HealthFunction',
    entry: 'functions/health/handler.ts',
    memoryMb: 256,
    timeoutSeconds: 5,
    description: 'GET /health: checks the table and the route queue',
    table: 'read',
    sendsTo: ['route'],
    sendsEmail: false,
  },
  submitRequest: {
    id: 'SubmitRequestFunction',
    entry: 'functions/submit-request/handler.ts',
    memoryMb: 512,
    timeoutSeconds: 10,
    description: 'POST /requests: validates, stores the case, enqueues it for routing',
    table: 'readWrite',
    sendsTo: ['route'],
    sendsEmail: false,
  },
  routeCase: {
    id: 'RouteCaseFunction',
    entry: 'functions/route-case/handler.ts',
    memoryMb: 512,
    timeoutSeconds: 30,
    description: 'Route queue consumer: assigns a case to a team and representative',
    table: 'readWrite',
    sendsTo: [],
    sendsEmail: false,
    reservedConcurrency: 5,
  },
  sweep: {
    id: 'SweepFunction',
    entry: 'functions/sweep/handler.ts',
    memoryMb: 512,
    timeoutSeconds: 60,
    description: 'Scheduled sweep: re-drives cases stuck before routing',
    table: 'readWrite',
    sendsTo: ['route'],
    sendsEmail: false,
    reservedConcurrency: 1,
  },
} as const satisfies Record<string, FunctionDeclaration>;

export type FunctionKey = keyof typeof FUNCTIONS;

export type HttpMethod = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

export interface HttpRouteDeclaration {
  readonly method: HttpMethod;
  /** API Gateway route syntax: `/requests/{ref}`. */
  readonly path: string;
  readonly function: FunctionKey;
}

export const HTTP_ROUTES = [
  { method: 'GET', path: '/health', function: 'health' },
  { method: 'POST', path: '/requests', function: 'submitRequest' },
] as const satisfies readonly HttpRouteDeclaration[];

export interface QueueConsumerDeclaration {
  readonly queue: QueueKey;
  readonly function: FunctionKey;
  readonly batchSize: number;
  readonly maxBatchingWindowSeconds: number;
}

export const QUEUE_CONSUMERS = [
  { queue: 'route', function: 'routeCase', batchSize: 10, maxBatchingWindowSeconds: 1 },
] as const satisfies readonly QueueConsumerDeclaration[];

export interface ScheduleDeclaration {
  readonly id: string;
  readonly function: FunctionKey;
  readonly everyMinutes: number;
  readonly description: string;
}

export const SCHEDULES = [
  {
    id: 'SweepSchedule',
    function: 'sweep',
    everyMinutes: 5,
    description: 'Escalation and housekeeping sweep',
  },
] as const satisfies readonly ScheduleDeclaration[];

/** Names of the environment variables that point the SDK clients at local emulators. */
export const ENDPOINT_ENV = {
  dynamodb: 'DESK_DYNAMODB_ENDPOINT',
  sqs: 'DESK_SQS_ENDPOINT',
  ses: 'DESK_SES_ENDPOINT',
} as const;
