import {
  getLocalCryptographicMaterialsCache,
  NodeCachingMaterialsManager,
} from '@aws-crypto/caching-materials-manager-node';
import { buildDecrypt } from '@aws-crypto/decrypt-node';
import { buildEncrypt } from '@aws-crypto/encrypt-node';
import { KmsKeyringNode, type KmsNodeClientSupplier } from '@aws-crypto/kms-keyring-node';
import {
  AlgorithmSuiteIdentifier,
  CommitmentPolicy,
  type KeyringNode,
  type NodeMaterialsManager,
} from '@aws-crypto/material-management-node';
import { RawAesKeyringNode, RawAesWrappingSuiteIdentifier } from '@aws-crypto/raw-aes-keyring-node';
import type { ContentCipher } from '../../domain/content-cipher.ts';

/*
 * The Encryption SDK's packages one by one rather than @aws-crypto/client-node: that one is CommonJS
 * only and re-exports every keyring (the hierarchical keyring brings a DynamoDB client, the RSA
 * keyring more), which esbuild cannot leave out of a bundle.
 */

/**
 * The suite every new blob is written with: AES-256-GCM, key commitment (HKDF-SHA512), no ECDSA
 * signature. A signature proves to a reader that the writer could not have been any other holder of
 * the data key: it matters when readers and writers trust each other less than they trust KMS. Here
 * every writer and reader is one of the desk's own functions with the same key grant, so the
 * signature proves nothing, yet costs an ECDSA P-384 key pair per message, a signature and its check
 * (most of the CPU of a small decrypt) and about 100 bytes per blob. Key commitment stays: it makes
 * a blob decrypt to one plaintext only, whatever data key a forged header would offer.
 */
export const CONTENT_SUITE = AlgorithmSuiteIdentifier.ALG_AES256_GCM_IV12_TAG16_HKDF_SHA512_COMMIT_KEY;

// One encrypted data key per blob (one KMS key, or the local key): a blob with more is not ours.
const { encrypt } = buildEncrypt({
  commitmentPolicy: CommitmentPolicy.REQUIRE_ENCRYPT_REQUIRE_DECRYPT,
  maxEncryptedDataKeys: 1,
});
// Decrypt still accepts the signing suite: blobs written before the suite was chosen carry it.
const { decrypt } = buildDecrypt({
  commitmentPolicy: CommitmentPolicy.REQUIRE_ENCRYPT_REQUIRE_DECRYPT,
  maxEncryptedDataKeys: 1,
});

/**
 * Limits of a data-key cache (the Encryption SDK's caching materials manager in front of the
 * keyring). A data key is reused only for the same encryption context (so the same case and purpose)
 * and a cached decryption only for the same blob's data key, within these limits.
 */
export interface DataKeyCacheLimits {
  /** How long a data key may be used or remembered. */
  readonly maxAgeMs: number;
  /** How many blobs one cached data key may seal. */
  readonly maxMessagesEncrypted: number;
  /** How many entries the cache holds (least recently used go first). */
  readonly capacity: number;
}

/**
 * For a function that reads or seals many blobs in one invocation (the sweep, the notification
 * sender): a minute is well within one run and short enough that a revoked key grant takes effect
 * soon after; 100 messages per data key bounds what one leaked data key opens.
 */
export const DATA_KEY_CACHE_LIMITS: DataKeyCacheLimits = {
  maxAgeMs: 60_000,
  maxMessagesEncrypted: 100,
  capacity: 1000,
};

/** The AWS Encryption SDK with any keyring: KMS in AWS, raw AES locally. */
export class EncryptionSdkCipher implements ContentCipher {
  private readonly materials: KeyringNode | NodeMaterialsManager;

  constructor(keyring: KeyringNode, options: { readonly dataKeyCache?: DataKeyCacheLimits } = {}) {
    const limits = options.dataKeyCache;
    this.materials = limits
      ? new NodeCachingMaterialsManager({
          backingMaterials: keyring,
          cache: getLocalCryptographicMaterialsCache(limits.capacity),
          maxAge: limits.maxAgeMs,
          maxMessagesEncrypted: limits.maxMessagesEncrypted,
        })
      : keyring;
  }

  async encrypt(plaintext: Uint8Array, context: Readonly<Record<string, string>>): Promise<Uint8Array> {
    const { result } = await encrypt(this.materials, plaintext, {
      encryptionContext: { ...context },
      suiteId: CONTENT_SUITE,
    });
    return result;
  }

  async decrypt(ciphertext: Uint8Array, context: Readonly<Record<string, string>>): Promise<Uint8Array> {
    const { plaintext, messageHeader } = await decrypt(this.materials, ciphertext);
    // The SDK authenticates the stored context; we still must check it is the one we expect.
    for (const [key, value] of Object.entries(context)) {
      if (messageHeader.encryptionContext[key] !== value) {
        throw new Error(`Encryption context mismatch on "${key}"`);
      }
    }
    return plaintext;
  }
}

/** The KMS keyring; `clientProvider` lets a benchmark or test count the calls to KMS. */
export function kmsKeyring(keyArn: string, clientProvider?: KmsNodeClientSupplier): KeyringNode {
  return new KmsKeyringNode({ generatorKeyId: keyArn, ...(clientProvider ? { clientProvider } : {}) });
}

export function rawAesKeyring(key: Uint8Array): KeyringNode {
  // The SDK wants a buffer of its own, not a view into Node's shared buffer pool.
  const isolated = new Uint8Array(key.length);
  isolated.set(key);
  return new RawAesKeyringNode({
    keyName: 'local-content-key',
    keyNamespace: 'privacy-desk-local',
    unencryptedMasterKey: isolated,
    wrappingSuite: RawAesWrappingSuiteIdentifier.AES256_GCM_IV12_TAG16_NO_PADDING,
  });
}
