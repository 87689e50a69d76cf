import type { ContentCipher } from '../../domain/content-cipher.ts';

/**
 * A cipher that loads its keys, and the Encryption SDK with them, on first use: for a function that
 * seals or opens content on some paths only, so the other runs never pay for loading it.
 */
export function lazyContentCipher(load: () => Promise<ContentCipher>): ContentCipher {
  let loaded: Promise<ContentCipher> | undefined;
  const cipher = () => {
    loaded ??= load().catch((error: unknown) => {
      loaded = undefined;
      throw error;
    });
    return loaded;
  };
  return {
    encrypt: async (plaintext, context) => (await cipher()).encrypt(plaintext, context),
    decrypt: async (ciphertext, context) => (await cipher()).decrypt(ciphertext, context),
  };
}
