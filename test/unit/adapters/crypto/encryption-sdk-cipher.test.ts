import { randomBytes } from 'node:crypto';
import { buildDecrypt } from '@aws-crypto/decrypt-node';
import { buildEncrypt } from '@aws-crypto/encrypt-node';
import type { KmsNodeClientSupplier } from '@aws-crypto/kms-keyring-node';
import { AlgorithmSuiteIdentifier, CommitmentPolicy } from '@aws-crypto/material-management-node';
import { describe, expect, it } from 'vitest';
import {
  CONTENT_SUITE,
  DATA_KEY_CACHE_LIMITS,
  EncryptionSdkCipher,
  kmsKeyring,
  rawAesKeyring,
} from '../../../../adapters/crypto/encryption-sdk-cipher.ts';
import { openJson, sealJson } from '../../../../domain/content-cipher.ts';

const KEY = new Uint8Array(32).fill(7);
const KEY_ARN = 'arn:aws:kms:eu-west-1:123456789012:key/0b6f1d1e-2a3b-4c5d-8e9f-0a1b2c3d4e5f';
const { decrypt: sdkDecrypt } = buildDecrypt(CommitmentPolicy.REQUIRE_ENCRYPT_REQUIRE_DECRYPT);

/**
 * KMS as the keyring calls it (GenerateDataKey, Decrypt), in memory: the fault-free stand-in for
 * counting calls, which no local emulator here offers.
 */
function countingKms() {
  const keys = new Map<string, Uint8Array>();
  const calls = { generateDataKey: 0, decrypt: 0 };
  const client = {
    generateDataKey: async ({ NumberOfBytes }: { NumberOfBytes: number }) => {
      calls.generateDataKey++;
      const plaintext = new Uint8Array(randomBytes(NumberOfBytes));
      const blob = new Uint8Array(randomBytes(32));
      // A copy: the SDK wipes the plaintext data key it was given once it is done with it.
      keys.set(Buffer.from(blob).toString('hex'), new Uint8Array(plaintext));
      return { KeyId: KEY_ARN, Plaintext: plaintext, CiphertextBlob: blob };
    },
    decrypt: async ({ CiphertextBlob }: { CiphertextBlob: Uint8Array }) => {
      calls.decrypt++;
      const plaintext = keys.get(Buffer.from(CiphertextBlob).toString('hex'));
      if (!plaintext) throw new Error('InvalidCiphertextException');
      return { KeyId: KEY_ARN, Plaintext: new Uint8Array(plaintext) };
    },
    encrypt: async () => {
      throw new Error('not used: one generator key, no additional keys');
    },
  };
  return { calls, provider: (() => client) as unknown as KmsNodeClientSupplier };
}

describe('EncryptionSdkCipher', () => {
  it('writes new blobs with the committing suite without signature', async () => {
    // Prepare
    const cipher = new EncryptionSdkCipher(rawAesKeyring(KEY));

    // Act
    const blob = await cipher.encrypt(new TextEncoder().encode('case content'), {
      caseId: 'c1',
      purpose: 'case-content',
    });

    // Assess
    const { messageHeader } = await sdkDecrypt(rawAesKeyring(KEY), blob);
    expect(messageHeader.suiteId).toBe(
      AlgorithmSuiteIdentifier.ALG_AES256_GCM_IV12_TAG16_HKDF_SHA512_COMMIT_KEY,
    );
    expect(CONTENT_SUITE).toBe(AlgorithmSuiteIdentifier.ALG_AES256_GCM_IV12_TAG16_HKDF_SHA512_COMMIT_KEY);
  });

  it('still opens blobs written with the signing suite (the SDK default used before)', async () => {
    // Prepare: a blob as the desk wrote it before the suite was chosen.
    const { encrypt: legacyEncrypt } = buildEncrypt(CommitmentPolicy.REQUIRE_ENCRYPT_REQUIRE_DECRYPT);
    const { result: legacy, messageHeader } = await legacyEncrypt(
      rawAesKeyring(KEY),
      new TextEncoder().encode(JSON.stringify({ text: 'written last year' })),
      { encryptionContext: { caseId: 'c2', purpose: 'case-content' } },
    );
    expect(messageHeader.suiteId).toBe(
      AlgorithmSuiteIdentifier.ALG_AES256_GCM_IV12_TAG16_HKDF_SHA512_COMMIT_KEY_ECDSA_P384,
    );

    // Act
    const opened = await openJson(
      new EncryptionSdkCipher(rawAesKeyring(KEY)),
      'c2',
      'case-content',
      Buffer.from(legacy).toString('base64'),
    );

    // Assess
    expect(opened).toEqual({ text: 'written last year' });
  });

  it('is smaller than the signing suite by the signature and its public key', async () => {
    // Prepare
    const plaintext = new Uint8Array(2048).fill(65);
    const context = { caseId: 'c3', purpose: 'case-content' };
    const { encrypt: legacyEncrypt } = buildEncrypt(CommitmentPolicy.REQUIRE_ENCRYPT_REQUIRE_DECRYPT);

    // Act
    const unsigned = await new EncryptionSdkCipher(rawAesKeyring(KEY)).encrypt(plaintext, context);
    const { result: signed } = await legacyEncrypt(rawAesKeyring(KEY), plaintext, {
      encryptionContext: context,
    });

    // Assess: a P-384 signature (up to 104 bytes with its length) and the public key in the context (~70).
    expect(signed.length - unsigned.length).toBeGreaterThan(150);
  });

  it('refuses a blob opened under another case', async () => {
    // Prepare
    const cipher = new EncryptionSdkCipher(rawAesKeyring(KEY));
    const sealed = await sealJson(cipher, 'c4', 'case-content', { text: 'x' });

    // Act / Assess
    await expect(openJson(cipher, 'c5', 'case-content', sealed)).rejects.toThrow(/caseId/);
  });
});

describe('data-key cache (KMS calls counted)', () => {
  const CASES = 100;
  const context = (index: number) => ({ caseId: `case-${index}`, purpose: 'thread-message' });

  async function sealAndOpenTwice(cache: boolean) {
    const kms = countingKms();
    const cipher = new EncryptionSdkCipher(
      kmsKeyring(KEY_ARN, kms.provider),
      cache ? { dataKeyCache: DATA_KEY_CACHE_LIMITS } : {},
    );
    const plaintext = new TextEncoder().encode('{"reminder":true}');
    // A sweep sealing one reminder per case …
    const blobs = [];
    for (let index = 0; index < CASES; index++) blobs.push(await cipher.encrypt(plaintext, context(index)));
    const afterSealing = { ...kms.calls };
    // … and a sender opening each of them twice (two emails of one case in a batch).
    for (const pass of [1, 2]) {
      for (let index = 0; index < CASES; index++) {
        expect(
          new TextDecoder().decode(await cipher.decrypt(blobs[index]!, context(index))),
          `pass ${pass}`,
        ).toBe('{"reminder":true}');
      }
    }
    return { afterSealing, total: { ...kms.calls } };
  }

  it('without a cache: one GenerateDataKey per sealed blob, one Decrypt per opening', async () => {
    const { afterSealing, total } = await sealAndOpenTwice(false);
    expect(afterSealing).toEqual({ generateDataKey: CASES, decrypt: 0 });
    expect(total).toEqual({ generateDataKey: CASES, decrypt: 2 * CASES });
  });

  it('with the cache: still one data key per case (the context is part of the key), one Decrypt per blob', async () => {
    const { afterSealing, total } = await sealAndOpenTwice(true);
    expect(afterSealing).toEqual({ generateDataKey: CASES, decrypt: 0 });
    expect(total).toEqual({ generateDataKey: CASES, decrypt: CASES });
  });

  it('with the cache: sealing one case many times in a run takes one data key', async () => {
    // Prepare
    const kms = countingKms();
    const cipher = new EncryptionSdkCipher(kmsKeyring(KEY_ARN, kms.provider), {
      dataKeyCache: DATA_KEY_CACHE_LIMITS,
    });

    // Act
    for (let message = 0; message < 10; message++) {
      await cipher.encrypt(new TextEncoder().encode(`message ${message}`), context(1));
    }

    // Assess
    expect(kms.calls).toEqual({ generateDataKey: 1, decrypt: 0 });
  });
});
