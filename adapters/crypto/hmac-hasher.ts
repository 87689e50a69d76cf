import { createHmac } from 'node:crypto';
import type { KeyedHasher } from '../../domain/content-cipher.ts';

/** HMAC-SHA256 with one sub-key per purpose, derived from a root key that never leaves memory. */
export class HmacHasher implements KeyedHasher {
  private readonly subKeys = new Map<string, Buffer>();

  constructor(private readonly rootKey: Uint8Array) {}

  hash(purpose: string, value: string): string {
    return createHmac('sha256', this.subKey(purpose)).update(value).digest('hex');
  }

  /** The key for reply tokens and other signatures; derived, so it differs from every hash key. */
  subKey(purpose: string): Buffer {
    let key = this.subKeys.get(purpose);
    if (!key) {
      key = createHmac('sha256', this.rootKey).update(`privacy-desk:${purpose}`).digest();
      this.subKeys.set(purpose, key);
    }
    return key;
  }
}
