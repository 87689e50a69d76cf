import path from 'node:path';
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { S3Client } from '@aws-sdk/client-s3';
import { SQSClient } from '@aws-sdk/client-sqs';
import { ENV_LOCAL_KEYS_FILE } from '../adapters/crypto/keys-from-env.ts';
import { ENV_CONFIG_FILE, ENV_PUBLIC_BASE_URL } from '../adapters/desk-config-from-env.ts';
import { loadDeskConfig } from '../domain/config/load-desk-config.ts';
import { deskSettings } from '../domain/desk-settings.ts';
import { openApiDocumentJson } from '../functions/openapi/openapi-document.ts';
import {
  BUCKETS,
  type BucketKey,
  CASE_TABLE,
  ENDPOINT_ENV,
  QUEUE_CONSUMERS,
  QUEUES,
  type QueueKey,
  STAFF_AUTH_ENV,
} from '../resources/desk-resources.ts';
import {
  DEV_JWKS_PATH,
  DEV_STAFF_AUDIENCE,
  devIssuerRoute,
  devIssuerUrl,
  ensureDevIssuerKey,
} from './dev-issuer.ts';
import { startDynamoDbLocal } from './emulators/dynamodb-local.ts';
import { startSesEmulator } from './emulators/ses.ts';
import { startSqsEmulator } from './emulators/sqs.ts';
import { type Gateway, type LocalRoute, startGateway, type ThrottleSettings } from './gateway.ts';
import { handlerLoader } from './lambda-invoke.ts';
import { mailDropRoute } from './mail-drop.ts';
import { type BucketNames, ensureBuckets, ensureQueues, ensureTable, type QueueUrls } from './provision.ts';
import { type Scheduler, startScheduler } from './scheduler.ts';
import { type Poller, startPoller } from './sqs-poller.ts';
import { staffConsoleRoute } from './staff-console.ts';

export const LOCAL_REGION = 'us-east-1';
const LOCAL_CREDENTIALS = { accessKeyId: 'local', secretAccessKey: 'local' };

export interface EmulatorEndpoints {
  readonly dynamodb: string;
  readonly sqs: string;
  readonly ses: string;
  /** fauxqs serves S3 on the same port as SQS (path-style URLs). */
  readonly s3: string;
}

export interface Emulators {
  readonly endpoints: EmulatorEndpoints;
  stop(): Promise<void>;
}

export interface EmulatorOptions {
  readonly dynamodbPort: number;
  readonly sqsPort: number;
  readonly sesPort: number;
  /** On-disk DynamoDB folder; undefined runs it in memory. */
  readonly dynamodbDataDir?: string;
  /** How long DynamoDB Local may take to answer (30 s by default; a loaded machine takes longer). */
  readonly dynamodbReadyTimeoutMs?: number;
  readonly log?: (message: string) => void;
}

/** Starts DynamoDB Local, the SQS emulator and the SES emulator; stops the ones started if one fails. */
export async function startEmulators(options: EmulatorOptions): Promise<Emulators> {
  const log = options.log ?? (() => undefined);
  const stops: (() => Promise<void>)[] = [];
  const stopAll = async () => {
    for (const stop of stops.reverse()) await stop().catch(() => undefined);
  };
  try {
    let started = Date.now();
    const dynamodb = await startDynamoDbLocal({
      port: options.dynamodbPort,
      dataDir: options.dynamodbDataDir,
      portEnvVar: 'DESK_DYNAMODB_PORT',
      ...(options.dynamodbReadyTimeoutMs ? { readyTimeoutMs: options.dynamodbReadyTimeoutMs } : {}),
    });
    stops.push(dynamodb.stop);
    log(`DynamoDB Local   ${dynamodb.endpoint}   (${Date.now() - started} ms)`);
    started = Date.now();
    const sqs = await startSqsEmulator({ port: options.sqsPort, portEnvVar: 'DESK_SQS_PORT' });
    stops.push(sqs.stop);
    log(`SQS (fauxqs)     ${sqs.endpoint}   (${Date.now() - started} ms)`);
    started = Date.now();
    const ses = await startSesEmulator({ port: options.sesPort, portEnvVar: 'DESK_SES_PORT' });
    stops.push(ses.stop);
    log(`SES (local)      ${ses.endpoint}   (${Date.now() - started} ms)`);
    log(`S3 (fauxqs)      ${sqs.endpoint}   (the SQS emulator's port)`);
    return {
      endpoints: { dynamodb: dynamodb.endpoint, sqs: sqs.endpoint, ses: ses.endpoint, s3: sqs.endpoint },
      stop: stopAll,
    };
  } catch (error) {
    await stopAll();
    throw error;
  }
}

export interface ResourceNames {
  readonly tableName: string;
  /** Prepended to every queue and bucket name, e.g. `privacy-desk-`. */
  readonly queuePrefix: string;
}

/** The environment the CDK stack gives the functions, pointed at the emulators. */
export function deskEnvironment(
  endpoints: EmulatorEndpoints,
  tableName: string,
  queueUrls: QueueUrls,
  bucketNames?: BucketNames,
): Record<string, string> {
  const queueEnv = Object.fromEntries(
    (Object.keys(QUEUES) as QueueKey[]).map((key) => [QUEUES[key].envVar, queueUrls[key].url]),
  );
  const bucketEnv = bucketNames
    ? Object.fromEntries(
        (Object.keys(BUCKETS) as BucketKey[]).map((key) => [BUCKETS[key].envVar, bucketNames[key]]),
      )
    : {};
  return {
    AWS_REGION: LOCAL_REGION,
    // Locally the metrics (EMF) have no CloudWatch to go to: keep them off stdout.
    POWERTOOLS_METRICS_NAMESPACE: 'PrivacyDesk',
    POWERTOOLS_METRICS_DISABLED: 'true',
    AWS_ACCESS_KEY_ID: LOCAL_CREDENTIALS.accessKeyId,
    AWS_SECRET_ACCESS_KEY: LOCAL_CREDENTIALS.secretAccessKey,
    [ENDPOINT_ENV.dynamodb]: endpoints.dynamodb,
    [ENDPOINT_ENV.sqs]: endpoints.sqs,
    [ENDPOINT_ENV.ses]: endpoints.ses,
    [ENDPOINT_ENV.s3]: endpoints.s3,
    [CASE_TABLE.envVar]: tableName,
    ...queueEnv,
    ...bucketEnv,
  };
}

export function localDynamoDbClient(endpoint: string): DynamoDBClient {
  return new DynamoDBClient({ endpoint, region: LOCAL_REGION, credentials: LOCAL_CREDENTIALS });
}

export function localSqsClient(endpoint: string): SQSClient {
  return new SQSClient({ endpoint, region: LOCAL_REGION, credentials: LOCAL_CREDENTIALS });
}

export function localS3Client(endpoint: string): S3Client {
  return new S3Client({
    endpoint,
    region: LOCAL_REGION,
    credentials: LOCAL_CREDENTIALS,
    forcePathStyle: true,
  });
}

export interface DeskServicesOptions {
  readonly endpoints: EmulatorEndpoints;
  readonly names: ResourceNames;
  /** The desk configuration file (teams, routing, addresses). */
  readonly configFile: string;
  /** The local key file (see local-keys.ts). */
  readonly keysFile: string;
  /** Overrides API_THROTTLING (tests that post many bodies). */
  readonly throttling?: ThrottleSettings;
  readonly gatewayPort: number;
  readonly localRoutes?: readonly LocalRoute[];
  /** See PollerOptions.retryDelaySeconds. */
  readonly retryDelaySeconds?: number;
  /** See PollerOptions.visibilityTimeoutSeconds. */
  readonly visibilityTimeoutSeconds?: number;
  /** Overrides the schedules' rate (demos); undefined keeps the declared rate; 0 disables the scheduler. */
  readonly scheduleIntervalSeconds?: number;
  readonly log?: (message: string) => void;
}

export interface DeskServices {
  readonly gateway: Gateway;
  readonly queueUrls: QueueUrls;
  readonly bucketNames: BucketNames;
  readonly environment: Record<string, string>;
  /** Stops taking messages from the queues (they wait there) until resumePollers; for benchmarks. */
  pausePollers(): Promise<void>;
  resumePollers(): void;
  /** The development issuer's signing key (dev-issuer.ts), beside the local keys. */
  readonly staffIssuerKeyFile: string;
  stop(): Promise<void>;
}

/**
 * Provisions the declared table and queues, sets the functions' environment in this process,
 * and starts the gateway, the queue pollers and the scheduler that invoke the handlers.
 */
export async function startDeskServices(options: DeskServicesOptions): Promise<DeskServices> {
  const log = options.log ?? (() => undefined);
  // Fail at start-up, naming the bad field, rather than at the first request (and before provisioning).
  const config = loadDeskConfig(options.configFile);
  deskSettings(config, options.configFile);
  const dynamodb = localDynamoDbClient(options.endpoints.dynamodb);
  const sqs = localSqsClient(options.endpoints.sqs);
  await ensureTable(dynamodb, options.names.tableName);
  const queueUrls = await ensureQueues(sqs, options.names.queuePrefix);
  const s3 = localS3Client(options.endpoints.s3);
  const bucketNames = await ensureBuckets(s3, options.names.queuePrefix);
  dynamodb.destroy();

  const environment: Record<string, string> = {
    ...deskEnvironment(options.endpoints, options.names.tableName, queueUrls, bucketNames),
    [ENV_CONFIG_FILE]: options.configFile,
    [ENV_LOCAL_KEYS_FILE]: options.keysFile,
    // What the stack bundles as a define (openApiDefine): the function serves it as built here.
    DESK_OPENAPI_DOCUMENT: openApiDocumentJson(config),
  };
  Object.assign(process.env, environment);

  // The staff sign-in: a development issuer on the gateway, with its key beside the content keys.
  const staffIssuerKeyFile = await ensureDevIssuerKey(path.dirname(options.keysFile));
  const loadHandler = handlerLoader();
  const reportError = (where: string) => (error: unknown) =>
    log(`${where} failed: ${error instanceof Error ? `${error.name}: ${error.message}` : String(error)}`);

  const gateway = await startGateway({
    port: options.gatewayPort,
    loadHandler,
    // The mail drop: what SES does for inbound email (POST /local/mail, npm run mail:deliver).
    localRoutes: [
      ...(options.localRoutes ?? []),
      devIssuerRoute(staffIssuerKeyFile, () => environment[STAFF_AUTH_ENV.issuer] ?? ''),
      // The staff console at /staff/ and its local sign-in (local-only: in AWS, Cognito's hosted UI).
      staffConsoleRoute({
        configFile: options.configFile,
        issuerKeyFile: () => staffIssuerKeyFile,
        issuer: () => environment[STAFF_AUTH_ENV.issuer] ?? '',
        audience: () => environment[STAFF_AUTH_ENV.audience] ?? '',
      }),
      mailDropRoute({ s3, bucketName: bucketNames.mail, configFile: options.configFile, loadHandler }),
    ],
    throttling: options.throttling,
    // The configuration's throttles per route, as the stage's route settings in AWS.
    routeThrottling: Object.fromEntries(
      Object.entries(config.throttling).map(([route, limits]) => [
        route,
        { rateLimitPerSecond: limits.rateLimit, burstLimit: limits.burstLimit },
      ]),
    ),
    portEnvVar: 'DESK_GATEWAY_PORT',
    onError: (requestId, error) => reportError(`request ${requestId}`)(error),
  });
  // Links in emails point at this gateway; handlers read it at their first invocation.
  environment[ENV_PUBLIC_BASE_URL] = gateway.url.replace('127.0.0.1', 'localhost');
  process.env[ENV_PUBLIC_BASE_URL] = environment[ENV_PUBLIC_BASE_URL];
  const staffAuth = {
    [STAFF_AUTH_ENV.issuer]: devIssuerUrl(environment[ENV_PUBLIC_BASE_URL]),
    [STAFF_AUTH_ENV.audience]: DEV_STAFF_AUDIENCE,
    [STAFF_AUTH_ENV.jwksUrl]: `${gateway.url}${DEV_JWKS_PATH}`,
  };
  Object.assign(environment, staffAuth);
  Object.assign(process.env, staffAuth);
  const startPollers = (): Poller[] =>
    QUEUE_CONSUMERS.map((consumer) =>
      startPoller({
        client: sqs,
        consumer,
        queueUrl: queueUrls[consumer.queue].url,
        loadHandler,
        retryDelaySeconds: options.retryDelaySeconds,
        visibilityTimeoutSeconds: options.visibilityTimeoutSeconds,
        onError: reportError(`consumer ${consumer.function}`),
      }),
    );
  let pollers = startPollers();
  const scheduler: Scheduler | undefined =
    options.scheduleIntervalSeconds === 0
      ? undefined
      : startScheduler({
          loadHandler,
          intervalSeconds: options.scheduleIntervalSeconds,
          onError: (schedule, error) => reportError(`schedule ${schedule.id}`)(error),
        });

  return {
    gateway,
    queueUrls,
    bucketNames,
    environment,
    pausePollers: async () => {
      await Promise.all(pollers.map((poller) => poller.stop()));
      pollers = [];
    },
    resumePollers: () => {
      if (pollers.length === 0) pollers = startPollers();
    },
    staffIssuerKeyFile,
    stop: async () => {
      await gateway.stop();
      await Promise.all(pollers.map((poller) => poller.stop()));
      await scheduler?.stop();
      sqs.destroy();
      s3.destroy();
    },
  };
}
