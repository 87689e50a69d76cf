import { randomBytes } from 'node:crypto';

/** Crockford's base32 without I, L, O, U: nothing to misread on the phone. */
const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';

/** A short, human-friendly, non-sequential reference: `PD-7K3M-Q9XA` (40 random bits). */
export function newCaseReference(random: (size: number) => Uint8Array = randomBytes): string {
  const bytes = random(5);
  let bits = 0n;
  for (const byte of bytes) bits = (bits << 8n) | BigInt(byte);
  let chars = '';
  for (let i = 0; i < 8; i++) {
    chars = ALPHABET[Number(bits & 31n)] + chars;
    bits >>= 5n;
  }
  return `PD-${chars.slice(0, 4)}-${chars.slice(4)}`;
}

/** Normalises what a person types (lower case, O for 0, spaces) back to the canonical form. */
export function normaliseCaseReference(input: string): string | undefined {
  const compact = input.toUpperCase().replace(/[\s-]/g, '').replace(/O/g, '0').replace(/[IL]/g, '1');
  const body = compact.startsWith('PD') ? compact.slice(2) : compact;
  if (!/^[0-9A-HJKMNP-TV-Z]{8}$/.test(body)) return undefined;
  return `PD-${body.slice(0, 4)}-${body.slice(4)}`;
}
