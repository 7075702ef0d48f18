/** Retries for the vault's transient failures (dropped connections, 5xx, 429) with a short backoff. */
import { VaultAbortedError, isTransient } from './errors';

/** Attempts after the first, and how long to wait before each (ms). Short: a person is watching. */
export const RETRY_DELAYS_MS: readonly number[] = [400, 1000, 2000];

/** Runs `attempt` until it succeeds, a non-transient error occurs or the retries are used up. */
export async function withRetries<T>(
  attempt: () => Promise<T>,
  sleep: (ms: number) => Promise<void>,
  signal?: AbortSignal,
  delays: readonly number[] = RETRY_DELAYS_MS,
): Promise<T> {
  for (let failures = 0; ; failures += 1) {
    try {
      return await attempt();
    } catch (error: unknown) {
      const delay = delays[failures];
      if (!isTransient(error) || delay === undefined) throw error;
      await sleep(delay);
      if (signal?.aborted) throw new VaultAbortedError('cancelled');
    }
  }
}
