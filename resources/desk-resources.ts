/**
 * The single declaration of the desk's resources: table, queues, functions, HTTP routes, queue
 * consumers and schedules. The CDK stack (lib/, through lib/desk-resources.ts), the Lambda
 * functions, the adapters and the local runtime (local/) all read this module, so adding a route or
 * a queue is one edit here.
 *
 * No CDK or AWS SDK import: this is plain data, cheap to load in the local runtime and in tests, and
 * it lives outside lib/ so that runtime code never imports from the CDK side (a bundle test checks
 * that no function bundle contains aws-cdk-lib or constructs).
 */

import type { FunctionKey } from './functions.ts';
import type { QueueKey } from './queues.ts';

export * from './case-table.ts';
export * from './functions.ts';
export * from './queues.ts';

export type HttpMethod = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

export interface HttpRouteDeclaration {
  readonly method: HttpMethod;
  /** API Gateway route syntax: `/requests/{ref}`. */
  readonly path: string;
  readonly function: FunctionKey;
  /** Its own throttle from the configuration's `throttling` (else the stage default, API_THROTTLING). */
  readonly throttle?: 'form' | 'verification' | 'statusReads' | 'staff';
  /** Only for signed-in staff: the stack puts the staff JWT authorizer on it (the function checks again). */
  readonly staffOnly?: true;
}

export const HTTP_ROUTES = [
  { method: 'GET', path: '/health', function: 'health' },
  { method: 'POST', path: '/requests', function: 'submitRequest', throttle: 'form' },
  { method: 'GET', path: '/requests/verify', function: 'verifyEmail', throttle: 'verification' },
  { method: 'GET', path: '/requests/{ref}', function: 'requestStatus', throttle: 'statusReads' },
  { method: 'GET', path: '/requests/{ref}/export', function: 'exportCase', throttle: 'statusReads' },
  { method: 'GET', path: '/openapi.json', function: 'openApi' },
  { method: 'GET', path: '/staff/cases', function: 'staffCases', throttle: 'staff', staffOnly: true },
  { method: 'POST', path: '/staff/cases', function: 'staffActions', throttle: 'staff', staffOnly: true },
  { method: 'GET', path: '/staff/cases/{ref}', function: 'staffCases', throttle: 'staff', staffOnly: true },
  {
    method: 'POST',
    path: '/staff/cases/{ref}/actions',
    function: 'staffActions',
    throttle: 'staff',
    staffOnly: true,
  },
  {
    method: 'GET',
    path: '/staff/reports/summary',
    function: 'staffReports',
    throttle: 'staff',
    staffOnly: true,
  },
  // The staff console's: who is signed in, and the notice an action would send (nothing written).
  { method: 'GET', path: '/staff/me', function: 'staffCases', throttle: 'staff', staffOnly: true },
  {
    method: 'POST',
    path: '/staff/cases/{ref}/actions/preview',
    function: 'staffActions',
    throttle: 'staff',
    staffOnly: true,
  },
] as const satisfies readonly HttpRouteDeclaration[];

export interface QueueConsumerDeclaration {
  readonly queue: QueueKey;
  readonly function: FunctionKey;
  readonly batchSize: number;
  readonly maxBatchingWindowSeconds: number;
}

export const QUEUE_CONSUMERS = [
  { queue: 'route', function: 'routeCase', batchSize: 10, maxBatchingWindowSeconds: 1 },
  { queue: 'notify', function: 'sendNotification', batchSize: 10, maxBatchingWindowSeconds: 1 },
  { queue: 'bounces', function: 'handleBounce', batchSize: 10, maxBatchingWindowSeconds: 1 },
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

export interface MailReceiverDeclaration {
  /** Invoked by the SES receipt rule (in AWS) or the local mail drop, with SES's Lambda action event. */
  readonly function: FunctionKey;
}

/**
 * Functions that receive inbound email: neither an HTTP route nor a queue consumer. SES stores the
 * raw message in BUCKETS.mail under `inboundPrefix` + its SES message id, then invokes each of them
 * asynchronously with headers only (the Lambda action event): in AWS from the stack's receipt rule,
 * locally through `POST /local/mail` and `npm run mail:deliver`.
 */
export const MAIL_RECEIVERS = [
  { function: 'receiveMail' },
] as const satisfies readonly MailReceiverDeclaration[];

export interface BucketDeclaration {
  readonly id: string;
  /** Base name; deployments and test runs add a prefix. */
  readonly name: string;
  readonly envVar: string;
  /** Where SES writes each raw inbound message: `<inboundPrefix><SES message id>`. */
  readonly inboundPrefix: string;
  /** Where the desk keeps attachments, encrypted per case: `<attachmentPrefix><caseId>/...`. */
  readonly attachmentPrefix: string;
  /** Raw inbound messages are deleted after this many days (the thread keeps what was filed). */
  readonly inboundRetentionDays: number;
}

export const BUCKETS = {
  mail: {
    id: 'MailBucket',
    name: 'mail',
    envVar: 'MAIL_BUCKET',
    inboundPrefix: 'inbound/',
    attachmentPrefix: 'attachments/',
    inboundRetentionDays: 30,
  },
} as const satisfies Record<string, BucketDeclaration>;

export type BucketKey = keyof typeof BUCKETS;

/**
 * API Gateway stage throttling, for the routes without a throttle of their own (health, the API
 * document); the local gateway enforces the same limits.
 */
export const API_THROTTLING = { rateLimitPerSecond: 20, burstLimit: 40 } as const;

/** Request body limit of the intake (the API's own limit is 10 MB). */
export const MAX_REQUEST_BODY_BYTES = 64 * 1024;

/** Comma-separated origins the HTTP functions answer CORS for (empty: none). */
export const CORS_ORIGINS_ENV = 'DESK_CORS_ORIGINS';

/**
 * Powertools settings of every function (POWERTOOLS_SERVICE_NAME, POWERTOOLS_METRICS_NAMESPACE) and
 * the custom metrics the stack alarms on. Metrics are written as EMF log lines, so no function needs
 * cloudwatch:PutMetricData; Powertools adds the dimension `service=<serviceName>` to each.
 */
export const METRICS = {
  serviceName: 'privacy-desk',
  namespace: 'PrivacyDesk',
  /** Published by the sweep: open cases past their due date (a gauge; the alarm fires above zero). */
  overdueCases: 'OverdueCases',
  /**
   * Published by the sweep: cases and outbox emails it stopped re-driving in this run, after
   * `maxRedriveAttempts` (a count per run; the alarm fires when any run gave up on something).
   */
  redrivesGivenUp: 'RedrivesGivenUp',
} as const;

/**
 * Environment variables the stack sets for the adapters (adapters/crypto/keys-from-env.ts,
 * functions/shared/wiring.ts, adapters/desk-config-from-env.ts read them; test/infra checks the names).
 */
export const DEPLOYMENT_ENV = {
  /** Symmetric KMS key of the Encryption SDK keyring (functions with `content` other than `none`). */
  contentKeyArn: 'DESK_CONTENT_KEY_ARN',
  /** HMAC_256 KMS key: GenerateMac once per cold start derives the desk's keyed-hash key. */
  macKeyArn: 'DESK_MAC_KEY_ARN',
  /** SES configuration set every email is sent with (functions with `sendsEmail`). */
  sesConfigurationSet: 'DESK_SES_CONFIGURATION_SET',
  /** Base URL of the links in emails, overriding the configuration file's `publicBaseUrl`. */
  publicBaseUrl: 'DESK_PUBLIC_BASE_URL',
  /** Asymmetric KMS key that signs the audit checkpoints (functions with `signsAuditCheckpoints`). */
  auditSigningKeyArn: 'DESK_AUDIT_SIGNING_KEY_ARN',
} as const;

/** Names of the environment variables that point the SDK clients at local emulators. */
export const ENDPOINT_ENV = {
  dynamodb: 'DESK_DYNAMODB_ENDPOINT',
  sqs: 'DESK_SQS_ENDPOINT',
  ses: 'DESK_SES_ENDPOINT',
  s3: 'DESK_S3_ENDPOINT',
} as const;

/**
 * How the staff functions verify a staff token (adapters/auth/staff-auth.ts): the issuer (`iss`),
 * the audience (`aud`, the app client) and where the issuer publishes its signing keys. In AWS the
 * stack points them at its Cognito user pool; locally at the runtime's development issuer.
 */
export const STAFF_AUTH_ENV = {
  issuer: 'DESK_STAFF_ISSUER',
  audience: 'DESK_STAFF_AUDIENCE',
  jwksUrl: 'DESK_STAFF_JWKS_URL',
} as const;
