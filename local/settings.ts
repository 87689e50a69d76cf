import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** Every knob of the local runtime, from environment variables with the documented defaults. */
export interface LocalSettings {
  readonly gatewayPort: number;
  readonly dynamodbPort: number;
  readonly sqsPort: number;
  readonly sesPort: number;
  readonly dataDir: string;
  readonly configFile: string;
  readonly scheduleIntervalSeconds?: number;
  readonly retryDelaySeconds?: number;
}

export const repositoryRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

function intFromEnv(name: string, fallback: number): number;
function intFromEnv(name: string, fallback?: number): number | undefined;
function intFromEnv(name: string, fallback?: number): number | undefined {
  const raw = process.env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < 0 || value > 65535) {
    throw new Error(`${name} must be a whole number between 0 and 65535, got "${raw}"`);
  }
  return value;
}

export function localSettings(): LocalSettings {
  return {
    gatewayPort: intFromEnv('DESK_GATEWAY_PORT', 3000),
    dynamodbPort: intFromEnv('DESK_DYNAMODB_PORT', 8000),
    sqsPort: intFromEnv('DESK_SQS_PORT', 9324),
    sesPort: intFromEnv('DESK_SES_PORT', 8005),
    dataDir: path.resolve(repositoryRoot, process.env.DESK_DATA_DIR || '.local-data'),
    configFile: path.resolve(repositoryRoot, process.env.DESK_CONFIG_FILE || 'config/desk.config.json'),
    scheduleIntervalSeconds: intFromEnv('DESK_SCHEDULE_SECONDS'),
    retryDelaySeconds: intFromEnv('DESK_RETRY_DELAY_SECONDS'),
  };
}

/** Names of the local resources; tests use their own, so they can run beside `npm start`. */
export const LOCAL_RESOURCE_NAMES = {
  tableName: 'privacy-desk-cases',
  queuePrefix: 'privacy-desk-',
} as const;
