/** How often and how patiently a batch call is repeated for what DynamoDB left unprocessed. */
export interface RetryPolicy {
  readonly maxAttempts: number;
  readonly baseDelayMs: number;
  readonly maxDelayMs: number;
}

export const DEFAULT_RETRY: RetryPolicy = { maxAttempts: 8, baseDelayMs: 50, maxDelayMs: 1000 };

/**
 * Runs `call` on `requests`, then again on what it returns as unprocessed (throttling), with an
 * exponential backoff, until nothing is left; throws when `maxAttempts` calls left some undone, so
 * that a batch never loops forever and the caller's next run (a sweep, a redelivery) picks it up.
 */
export async function retryUnprocessed<T>(
  what: string,
  requests: readonly T[],
  call: (pending: readonly T[]) => Promise<readonly T[] | undefined>,
  policy: RetryPolicy = DEFAULT_RETRY,
  sleep: (ms: number) => Promise<void> = (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
): Promise<void> {
  let pending: readonly T[] = requests;
  for (let attempt = 0; pending.length > 0; attempt++) {
    if (attempt === policy.maxAttempts) {
      throw new Error(`${what}: ${pending.length} requests left unprocessed after ${attempt} attempts`);
    }
    if (attempt > 0) await sleep(Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** attempt));
    pending = (await call(pending)) ?? [];
  }
}
