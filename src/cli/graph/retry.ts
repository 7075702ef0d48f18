/**
 * Retrying Graph requests the way Microsoft asks: on 429 and 503 (and 502/504 and lost connections) wait
 * the `Retry-After` the service gives, else back off exponentially with jitter; give up after a bound
 * so an outage ends the run (resumable from its checkpoints) instead of hanging it.
 * https://learn.microsoft.com/graph/throttling
 */
import { HttpError, type HttpResponse } from './http';

export interface RetryPolicy {
  readonly attempts: number;
  readonly baseMs: number;
  readonly maxMs: number;
  readonly sleep: (ms: number) => Promise<void>;
  /** Called before each wait (for progress and tests). */
  readonly onWait?: (ms: number, reason: string) => void;
}

const RETRIED_STATUS = [429, 502, 503, 504];

/** Graph is down or throttling past every retry. */
export class GraphUnavailableError extends Error {
  override name = 'GraphUnavailableError' as const;
}

/** Milliseconds to wait from a Retry-After header (seconds or an HTTP date); null when absent or junk. */
export function retryAfterMs(value: string | undefined, now: number = Date.now()): number | null {
  if (value === undefined) return null;
  if (/^\s*\d+\s*$/.test(value)) return Number(value) * 1000;
  const date = Date.parse(value);
  return Number.isNaN(date) ? null : Math.max(0, date - now);
}

/** Exponential back-off for the n-th retry (0-based) with full jitter, capped. */
export function backoffMs(retry: number, policy: RetryPolicy, random: () => number = Math.random): number {
  const ceiling = Math.min(policy.maxMs, policy.baseMs * 2 ** retry);
  return Math.round(ceiling / 2 + (random() * ceiling) / 2);
}

/** Runs `send` until it gives an answer that is not a retryable one, or the attempts run out. */
export async function withRetry(
  send: () => Promise<HttpResponse>,
  policy: RetryPolicy,
): Promise<HttpResponse> {
  let reason = '';
  for (let attempt = 0; attempt < policy.attempts; attempt++) {
    let wait: number;
    try {
      const response = await send();
      if (RETRIED_STATUS.indexOf(response.status) < 0) return response;
      reason = `HTTP ${response.status}`;
      wait = Math.min(
        policy.maxMs,
        retryAfterMs(response.headers['retry-after']) ?? backoffMs(attempt, policy),
      );
    } catch (error: unknown) {
      if (!(error instanceof HttpError)) throw error;
      reason = error.message;
      wait = backoffMs(attempt, policy);
    }
    if (attempt + 1 < policy.attempts) {
      policy.onWait?.(wait, reason);
      await policy.sleep(wait);
    }
  }
  throw new GraphUnavailableError(
    `Microsoft Graph unavailable after ${policy.attempts} attempts (${reason})`,
  );
}
