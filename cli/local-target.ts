import { existsSync } from 'node:fs';
import path from 'node:path';
import { GetQueueUrlCommand, type SQSClient } from '@aws-sdk/client-sqs';
import { ENV_LOCAL_KEYS_FILE } from '../adapters/crypto/keys-from-env.ts';
import { ENV_CONFIG_FILE, ENV_PUBLIC_BASE_URL } from '../adapters/desk-config-from-env.ts';
import { deskEnvironment, type EmulatorEndpoints, localSqsClient } from '../local/desk-runtime.ts';
import { isPortAnswering } from '../local/ports.ts';
import type { BucketNames, QueueUrls } from '../local/provision.ts';
import { LOCAL_RESOURCE_NAMES, localSettings } from '../local/settings.ts';
import { BUCKETS, type BucketKey, QUEUES, type QueueKey } from '../resources/desk-resources.ts';

/**
 * The running local desk (`npm start`) as an operator command sees it: the emulators on the
 * default ports (or the DESK_* port variables), the table and queues of LOCAL_RESOURCE_NAMES, the
 * configuration file and the local keys in the data folder.
 */
export interface LocalTarget {
  readonly endpoints: EmulatorEndpoints;
  readonly tableName: string;
  readonly queuePrefix: string;
  readonly configFile: string;
  readonly keysFile: string;
  readonly publicBaseUrl: string;
}

export class LocalDeskNotRunningError extends Error {
  override readonly name = 'LocalDeskNotRunningError';
}

export async function localTarget(): Promise<LocalTarget> {
  const settings = localSettings();
  const host = '127.0.0.1';
  for (const [what, port, variable] of [
    ['DynamoDB Local', settings.dynamodbPort, 'DESK_DYNAMODB_PORT'],
    ['the SQS emulator', settings.sqsPort, 'DESK_SQS_PORT'],
  ] as const) {
    if (!(await isPortAnswering(port, host))) {
      throw new LocalDeskNotRunningError(
        `nothing answers on ${host}:${port} (${what}, ${variable}): start the local desk with \`npm start\` first`,
      );
    }
  }
  return {
    endpoints: {
      dynamodb: `http://${host}:${settings.dynamodbPort}`,
      sqs: `http://${host}:${settings.sqsPort}`,
      ses: `http://${host}:${settings.sesPort}`,
      // fauxqs serves S3 on the SQS port.
      s3: `http://${host}:${settings.sqsPort}`,
    },
    tableName: LOCAL_RESOURCE_NAMES.tableName,
    queuePrefix: LOCAL_RESOURCE_NAMES.queuePrefix,
    configFile: settings.configFile,
    keysFile: path.join(settings.dataDir, 'keys.json'),
    publicBaseUrl: `http://localhost:${settings.gatewayPort}`,
  };
}

/** The URL of a queue the running desk created (GetQueueUrl: nothing is created here). */
export async function queueUrl(sqs: SQSClient, target: LocalTarget, name: string): Promise<string> {
  try {
    const { QueueUrl } = await sqs.send(
      new GetQueueUrlCommand({ QueueName: `${target.queuePrefix}${name}` }),
    );
    if (!QueueUrl) throw new Error('no URL');
    return QueueUrl;
  } catch (error) {
    throw new LocalDeskNotRunningError(
      `queue ${target.queuePrefix}${name} not found (${error instanceof Error ? error.name : String(error)}): is \`npm start\` running?`,
    );
  }
}

/**
 * Sets this process's environment as the local runtime sets it for the handlers, so a handler
 * loaded afterwards works on the running desk's table and queues.
 */
export async function useLocalDeskEnvironment(target: LocalTarget): Promise<void> {
  if (!existsSync(target.keysFile)) {
    throw new LocalDeskNotRunningError(
      `no local keys at ${target.keysFile}: start the local desk once first`,
    );
  }
  const sqs = localSqsClient(target.endpoints.sqs);
  try {
    const entries = await Promise.all(
      (Object.keys(QUEUES) as QueueKey[]).map(
        async (key) =>
          [key, { url: await queueUrl(sqs, target, QUEUES[key].name), deadLetterUrl: '' }] as const,
      ),
    );
    const queueUrls = Object.fromEntries(entries) as QueueUrls;
    // The names ensureBuckets gives the running desk's buckets (nothing is created here).
    const bucketNames = Object.fromEntries(
      (Object.keys(BUCKETS) as BucketKey[]).map((key) => [key, `${target.queuePrefix}${BUCKETS[key].name}`]),
    ) as BucketNames;
    Object.assign(process.env, {
      ...deskEnvironment(target.endpoints, target.tableName, queueUrls, bucketNames),
      [ENV_CONFIG_FILE]: target.configFile,
      [ENV_LOCAL_KEYS_FILE]: target.keysFile,
      [ENV_PUBLIC_BASE_URL]: target.publicBaseUrl,
    });
  } finally {
    sqs.destroy();
  }
}
