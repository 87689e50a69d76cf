import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { ensureLocalSigningKey } from '../adapters/crypto/checkpoint-signing.ts';
import type { LocalKeys } from '../adapters/crypto/keys-from-env.ts';

/**
 * The local stand-in for KMS: two random 256-bit keys (content encryption, keyed hashing), made on
 * first start into the data folder, readable by the owner only, never committed. Deleting them
 * (npm run reset) makes the stored content unreadable, as deleting a KMS key would.
 */
export function ensureLocalKeys(dataDir: string): string {
  const file = path.join(dataDir, 'keys.json');
  if (!existsSync(file)) {
    mkdirSync(dataDir, { recursive: true });
    const keys: LocalKeys = {
      contentKey: randomBytes(32).toString('base64'),
      macKey: randomBytes(32).toString('base64'),
    };
    writeFileSync(file, `${JSON.stringify(keys, null, 2)}\n`, { mode: 0o600, flag: 'wx' });
  }
  // The audit checkpoints' signing key (the local stand-in for the asymmetric KMS key), beside them.
  ensureLocalSigningKey(dataDir);
  return file;
}
