/**
 * Envelope encryption of personal content (port). In AWS the adapter uses a KMS keyring; locally a
 * raw AES keyring. The encryption context binds each blob to its case and purpose: a blob copied
 * onto another case does not decrypt there.
 */
export interface ContentCipher {
  encrypt(plaintext: Uint8Array, context: Readonly<Record<string, string>>): Promise<Uint8Array>;
  /** Fails unless the blob was encrypted with exactly this context. */
  decrypt(ciphertext: Uint8Array, context: Readonly<Record<string, string>>): Promise<Uint8Array>;
}

/** Keyed hashing (HMAC) for lookups of personal values without storing them. */
export interface KeyedHasher {
  /** Hex HMAC-SHA256 of `value` under a key derived for `purpose`. */
  hash(purpose: string, value: string): string;
}

export type SealPurpose = 'case-content' | 'thread-message' | 'submit-response' | 'attachment';

export async function sealJson(
  cipher: ContentCipher,
  caseId: string,
  purpose: SealPurpose,
  value: unknown,
): Promise<string> {
  const bytes = new TextEncoder().encode(JSON.stringify(value));
  return Buffer.from(await cipher.encrypt(bytes, { caseId, purpose })).toString('base64');
}

export async function openJson<T>(
  cipher: ContentCipher,
  caseId: string,
  purpose: SealPurpose,
  sealed: string,
): Promise<T> {
  const bytes = await cipher.decrypt(Buffer.from(sealed, 'base64'), { caseId, purpose });
  return JSON.parse(new TextDecoder().decode(bytes)) as T;
}
