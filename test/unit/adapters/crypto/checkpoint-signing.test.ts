import { createHash, generateKeyPairSync, sign } from 'node:crypto';
import { mkdtempSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { GetPublicKeyCommand, type KMSClient, SignCommand } from '@aws-sdk/client-kms';
import { describe, expect, it } from 'vitest';
import {
  ensureLocalSigningKey,
  KmsCheckpointSigner,
  kmsPublicKeys,
  LocalCheckpointSigner,
  PublicKeyVerifier,
} from '../../../../adapters/crypto/checkpoint-signing.ts';

const MESSAGE = new TextEncoder().encode('{"seq":1}');

describe('the local checkpoint key', () => {
  it('is made once, owner-readable only, and signs what its public key verifies', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'desk-signing-'));
    const file = ensureLocalSigningKey(dir);
    const pem = readFileSync(file, 'utf8');
    expect(ensureLocalSigningKey(dir)).toBe(file);
    expect(readFileSync(file, 'utf8')).toBe(pem);
    expect(statSync(file).mode & 0o777).toBe(0o600);

    const signer = new LocalCheckpointSigner(pem);
    const { signature, keyId } = await signer.sign(MESSAGE);
    expect(keyId).toMatch(/^local:[0-9a-f]{16}$/);
    const { createPublicKey, createPrivateKey } = await import('node:crypto');
    const publicKey = createPublicKey(createPrivateKey(pem));
    const verifier = new PublicKeyVerifier(async (id) => (id === keyId ? publicKey : undefined));
    expect(await verifier.verify(MESSAGE, signature, keyId)).toBe(true);
    expect(await verifier.verify(new TextEncoder().encode('{"seq":2}'), signature, keyId)).toBe(false);
    expect(await verifier.verify(MESSAGE, signature, 'local:0000000000000000')).toBe(false);
  });
});

describe('the KMS checkpoint signer (KMS faked: no local KMS exists)', () => {
  const ARN = 'arn:aws:kms:eu-west-1:111122223333:key/0000-audit';
  const pair = generateKeyPairSync('ec', { namedCurve: 'P-256' });
  const sent: unknown[] = [];
  // Signs as KMS does for MessageType DIGEST: ECDSA over the message whose SHA-256 is the digest.
  const kms = {
    async send(command: unknown) {
      sent.push(command);
      if (command instanceof SignCommand) {
        const digest = Buffer.from(command.input.Message as Uint8Array);
        expect(digest.equals(createHash('sha256').update(MESSAGE).digest())).toBe(true);
        return { Signature: sign('sha256', MESSAGE, pair.privateKey), KeyId: ARN };
      }
      if (command instanceof GetPublicKeyCommand) {
        return { PublicKey: pair.publicKey.export({ type: 'spki', format: 'der' }) };
      }
      throw new Error('unexpected command');
    },
  } as unknown as KMSClient;

  it('asks KMS to sign the SHA-256 digest with ECDSA_SHA_256, and the public key verifies it', async () => {
    const { signature, keyId } = await new KmsCheckpointSigner(kms, ARN).sign(MESSAGE);
    expect(keyId).toBe(ARN);
    expect((sent[0] as SignCommand).input).toMatchObject({
      KeyId: ARN,
      MessageType: 'DIGEST',
      SigningAlgorithm: 'ECDSA_SHA_256',
    });
    const verifier = new PublicKeyVerifier(kmsPublicKeys(kms));
    expect(await verifier.verify(MESSAGE, signature, ARN)).toBe(true);
    expect(await verifier.verify(MESSAGE, signature, ARN)).toBe(true);
    // The public key is fetched once per key.
    expect(sent.filter((command) => command instanceof GetPublicKeyCommand)).toHaveLength(1);
  });
});
