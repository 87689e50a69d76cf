import {
  createHash,
  createPrivateKey,
  createPublicKey,
  generateKeyPairSync,
  type KeyObject,
  sign,
  verify,
} from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { GetPublicKeyCommand, KMSClient, SignCommand } from '@aws-sdk/client-kms';
import type { CheckpointSigner, CheckpointVerifier } from '../../domain/audit/audit-store.ts';
import { getOptionalStringFromEnv } from '../env.ts';
import { ENV_LOCAL_KEYS_FILE } from './keys-from-env.ts';

/*
 * The key that signs the audit checkpoints: an asymmetric ECC_NIST_P256 KMS key in AWS (only the
 * sweep may Sign; verifying needs only the public key), an EC P-256 key in a PEM file beside the
 * local keys locally (made on first start). Both give an ECDSA SHA-256 signature in DER, so one
 * check (node:crypto, with the public key) verifies either.
 */

export const ENV_AUDIT_SIGNING_KEY_ARN = 'DESK_AUDIT_SIGNING_KEY_ARN';
export const LOCAL_SIGNING_KEY_FILE = 'audit-signing-key.pem';

/** Makes the local signing key (owner-readable only) unless it exists; returns its file. */
export function ensureLocalSigningKey(dataDir: string): string {
  const file = path.join(dataDir, LOCAL_SIGNING_KEY_FILE);
  if (!existsSync(file)) {
    mkdirSync(dataDir, { recursive: true });
    const { privateKey } = generateKeyPairSync('ec', { namedCurve: 'P-256' });
    try {
      writeFileSync(file, privateKey.export({ type: 'pkcs8', format: 'pem' }), { mode: 0o600, flag: 'wx' });
    } catch (error) {
      // Made by another process in the meantime: that one is the key.
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    }
  }
  return file;
}

/** A short, stable id of a public key: the first 16 hex digits of the SHA-256 of its SPKI form. */
export const localKeyId = (publicKey: KeyObject): string =>
  `local:${createHash('sha256')
    .update(publicKey.export({ type: 'spki', format: 'der' }))
    .digest('hex')
    .slice(0, 16)}`;

export class LocalCheckpointSigner implements CheckpointSigner {
  readonly keyId: string;
  private readonly privateKey: KeyObject;

  constructor(pem: string) {
    this.privateKey = createPrivateKey(pem);
    this.keyId = localKeyId(createPublicKey(this.privateKey));
  }

  async sign(message: Uint8Array): Promise<{ signature: Uint8Array; keyId: string }> {
    return { signature: sign('sha256', message, this.privateKey), keyId: this.keyId };
  }
}

/** Verifies with public keys by key id; unknown key ids do not verify. */
export class PublicKeyVerifier implements CheckpointVerifier {
  constructor(private readonly publicKeys: (keyId: string) => Promise<KeyObject | undefined>) {}

  async verify(message: Uint8Array, signature: Uint8Array, keyId: string): Promise<boolean> {
    const key = await this.publicKeys(keyId);
    return key ? verify('sha256', message, key, signature) : false;
  }
}

export class KmsCheckpointSigner implements CheckpointSigner {
  constructor(
    private readonly kms: KMSClient,
    private readonly keyId: string,
  ) {}

  async sign(message: Uint8Array): Promise<{ signature: Uint8Array; keyId: string }> {
    // KMS signs the SHA-256 digest: the same signature as ECDSA SHA-256 over the message itself.
    const { Signature } = await this.kms.send(
      new SignCommand({
        KeyId: this.keyId,
        Message: createHash('sha256').update(message).digest(),
        MessageType: 'DIGEST',
        SigningAlgorithm: 'ECDSA_SHA_256',
      }),
    );
    if (!Signature) throw new Error('KMS Sign returned no signature');
    return { signature: Signature, keyId: this.keyId };
  }
}

/** The public key of a KMS signing key (kms:GetPublicKey), once per key. */
export function kmsPublicKeys(kms: KMSClient): (keyId: string) => Promise<KeyObject | undefined> {
  const cache = new Map<string, Promise<KeyObject | undefined>>();
  return (keyId) => {
    if (keyId.startsWith('local:')) return Promise.resolve(undefined);
    let key = cache.get(keyId);
    if (!key) {
      key = kms
        .send(new GetPublicKeyCommand({ KeyId: keyId }))
        .then(({ PublicKey }) =>
          PublicKey
            ? createPublicKey({ key: Buffer.from(PublicKey), format: 'der', type: 'spki' })
            : undefined,
        );
      cache.set(keyId, key);
    }
    return key;
  };
}

/** The local signing key's file: beside the local content keys. */
function localSigningKeyFile(): string | undefined {
  const keysFile = getOptionalStringFromEnv(ENV_LOCAL_KEYS_FILE);
  return keysFile ? path.join(path.dirname(keysFile), LOCAL_SIGNING_KEY_FILE) : undefined;
}

/** The sweep's signer: KMS with DESK_AUDIT_SIGNING_KEY_ARN, else the local key file. */
export function checkpointSignerFromEnv(): CheckpointSigner {
  const arn = getOptionalStringFromEnv(ENV_AUDIT_SIGNING_KEY_ARN);
  if (arn) return new KmsCheckpointSigner(new KMSClient({}), arn);
  const file = localSigningKeyFile();
  if (!file) throw new Error(`Set ${ENV_AUDIT_SIGNING_KEY_ARN} (AWS) or ${ENV_LOCAL_KEYS_FILE} (local)`);
  ensureLocalSigningKey(path.dirname(file));
  return new LocalCheckpointSigner(readFileSync(file, 'utf8'));
}

/**
 * The verifier: the local key file's public key for `local:` key ids when there is one, KMS
 * GetPublicKey for key ARNs.
 */
export function checkpointVerifierFromEnv(): CheckpointVerifier {
  const file = localSigningKeyFile();
  const local =
    file && existsSync(file) ? createPublicKey(createPrivateKey(readFileSync(file, 'utf8'))) : undefined;
  let kms: ReturnType<typeof kmsPublicKeys> | undefined;
  return new PublicKeyVerifier(async (keyId) => {
    if (keyId.startsWith('local:')) return local && localKeyId(local) === keyId ? local : undefined;
    kms ??= kmsPublicKeys(new KMSClient({}));
    return kms(keyId);
  });
}
