import type { KeyedHasher } from '../content-cipher.ts';
import { normaliseEmail } from '../intake/submit-request.ts';
import type { AssignmentStore, SuppressionEntry } from './assignment-store.ts';

/**
 * Whether an address opted out of marketing: the suppression list holds keyed hashes only (the
 * case's `emailHash`), so the address is hashed here with the desk's key, as intake hashes it. For
 * a marketing system's check through the desk (an API or operator command); the list itself never
 * leaves the table.
 */
export async function isAddressSuppressed(
  address: string,
  deps: { readonly store: Pick<AssignmentStore, 'isSuppressed'>; readonly hasher: KeyedHasher },
): Promise<boolean> {
  return deps.store.isSuppressed(deps.hasher.hash('email', normaliseEmail(address)));
}

/** What `desk suppression check` answers for an address. */
export type SuppressionStatus =
  | { readonly suppressed: false }
  | ({ readonly suppressed: true } & SuppressionEntry);

/** Whether an address is on the suppression list, since when and for what (hashed as intake hashes it). */
export async function suppressionStatus(
  address: string,
  deps: { readonly store: Pick<AssignmentStore, 'findSuppression'>; readonly hasher: KeyedHasher },
): Promise<SuppressionStatus> {
  const entry = await deps.store.findSuppression(deps.hasher.hash('email', normaliseEmail(address)));
  return entry ? { suppressed: true, ...entry } : { suppressed: false };
}
