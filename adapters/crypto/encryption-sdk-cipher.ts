import {
  buildClient,
  CommitmentPolicy,
  type KeyringNode,
  KmsKeyringNode,
  RawAesKeyringNode,
  RawAesWrappingSuiteIdentifier,
} from '@aws-crypto/client-node';
import type { ContentCipher } from '../../domain/content-cipher.ts';

const { encrypt, decrypt } = buildClient(CommitmentPolicy.REQUIRE_ENCRYPT_REQUIRE_DECRYPT);

/** The AWS Encryption SDK with any keyring: KMS in AWS, raw AES locally. */
export class EncryptionSdkCipher implements ContentCipher {
  constructor(private readonly keyring: KeyringNode) {}

  async encrypt(plaintext: Uint8Array, context: Readonly<Record<string, string>>): Promise<Uint8Array> {
    const { result } = await encrypt(this.keyring, plaintext, { encryptionContext: { ...context } });
    return result;
  }

  async decrypt(ciphertext: Uint8Array, context: Readonly<Record<string, string>>): Promise<Uint8Array> {
    const { plaintext, messageHeader } = await decrypt(this.keyring, ciphertext);
    // The SDK authenticates the stored context; we still must check it is the one we expect.
    for (const [key, value] of Object.entries(context)) {
      if (messageHeader.encryptionContext[key] !== value) {
        throw new Error(`Encryption context mismatch on "${key}"`);
      }
    }
    return plaintext;
  }
}

export function kmsKeyring(keyArn: string): KeyringNode {
  return new KmsKeyringNode({ generatorKeyId: keyArn });
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
