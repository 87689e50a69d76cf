import { readFileSync } from 'node:fs';
import { GenerateMacCommand, KMSClient } from '@aws-sdk/client-kms';
import * as z from 'zod';
import { getOptionalStringFromEnv } from '../env.ts';
import {
  DATA_KEY_CACHE_LIMITS,
  EncryptionSdkCipher,
  kmsKeyring,
  rawAesKeyring,
} from './encryption-sdk-cipher.ts';
import { HmacHasher } from './hmac-hasher.ts';

/**
 * The key provider, chosen by configuration only:
 * - AWS: `DESK_CONTENT_KEY_ARN` (symmetric KMS key for envelope encryption) and `DESK_MAC_KEY_ARN`
 *   (an HMAC_256 KMS key; the root MAC key is KMS GenerateMac over a fixed label, computed once per
 *   execution environment and never stored).
 * - Local: `DESK_LOCAL_KEYS_FILE`, a JSON file with two random 256-bit keys that the local runtime
 *   generates on first start into the data folder (never committed).
 */
export const ENV_CONTENT_KEY_ARN = 'DESK_CONTENT_KEY_ARN';
export const ENV_MAC_KEY_ARN = 'DESK_MAC_KEY_ARN';
export const ENV_LOCAL_KEYS_FILE = 'DESK_LOCAL_KEYS_FILE';

const ROOT_MAC_LABEL = 'privacy-desk:root-mac-key:v1';

export const LocalKeysSchema = z.object({
  contentKey: z.base64().refine((v) => Buffer.from(v, 'base64').length === 32, 'must be 32 bytes'),
  macKey: z.base64().refine((v) => Buffer.from(v, 'base64').length === 32, 'must be 32 bytes'),
});
export type LocalKeys = z.infer<typeof LocalKeysSchema>;

export interface DeskKeys {
  readonly cipher: EncryptionSdkCipher;
  readonly hasher: HmacHasher;
}

export interface KeysOptions {
  /**
   * Put a data-key cache (DATA_KEY_CACHE_LIMITS) in front of the keyring: for functions that seal or
   * open many blobs per invocation. The first call in an execution environment decides.
   */
  readonly cacheDataKeys?: boolean;
}

let keys: Promise<DeskKeys> | undefined;

export function keysFromEnv(options: KeysOptions = {}): Promise<DeskKeys> {
  keys ??= loadKeys(options).catch((error: unknown) => {
    keys = undefined;
    throw error;
  });
  return keys;
}

async function loadKeys(options: KeysOptions): Promise<DeskKeys> {
  const cipherOptions = options.cacheDataKeys ? { dataKeyCache: DATA_KEY_CACHE_LIMITS } : {};
  const contentKeyArn = getOptionalStringFromEnv(ENV_CONTENT_KEY_ARN);
  const macKeyArn = getOptionalStringFromEnv(ENV_MAC_KEY_ARN);
  if (contentKeyArn && macKeyArn) {
    const kms = new KMSClient({});
    const { Mac } = await kms.send(
      new GenerateMacCommand({
        KeyId: macKeyArn,
        MacAlgorithm: 'HMAC_SHA_256',
        Message: new TextEncoder().encode(ROOT_MAC_LABEL),
      }),
    );
    if (!Mac) throw new Error('KMS GenerateMac returned no MAC');
    return {
      cipher: new EncryptionSdkCipher(kmsKeyring(contentKeyArn), cipherOptions),
      hasher: new HmacHasher(Mac),
    };
  }
  const file = getOptionalStringFromEnv(ENV_LOCAL_KEYS_FILE);
  if (!file) {
    throw new Error(
      `Set ${ENV_CONTENT_KEY_ARN} and ${ENV_MAC_KEY_ARN} (AWS) or ${ENV_LOCAL_KEYS_FILE} (local)`,
    );
  }
  const local = LocalKeysSchema.parse(JSON.parse(readFileSync(file, 'utf8')));
  return {
    cipher: new EncryptionSdkCipher(rawAesKeyring(Buffer.from(local.contentKey, 'base64')), cipherOptions),
    hasher: new HmacHasher(Buffer.from(local.macKey, 'base64')),
  };
}
