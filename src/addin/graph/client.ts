/**
 * A small browser client for the one Microsoft Graph call the read pane makes: move the open message to
 * Deleted Items (`POST /me/messages/{id}/move`). Delegated token (Nested App Authentication, `Mail.ReadWrite`),
 * one token refresh on 401, and Graph's throttling answered as Microsoft asks: wait `Retry-After` on
 * 429/503/504, a few times, then give up so the pane can say so. (The CLI's Graph client is for Node and
 * application permissions; this one is for the pane.)
 */
import type { TokenProvider } from '../auth/types';
import { GraphHttpError, GraphNetworkError, GraphNotFoundError } from './errors';

/** `fetch`'s shape, injectable for tests. */
export type GraphFetch = (
  url: string,
  init: { method: string; headers: Record<string, string>; body?: string },
) => Promise<{
  readonly status: number;
  headers: { get(name: string): string | null };
  text(): Promise<string>;
}>;

export interface GraphClientOptions {
  /** `https://graph.microsoft.com/v1.0` (the simulator points this at a loopback stand-in). */
  readonly baseUrl: string;
  readonly tokens: TokenProvider;
  readonly fetch: GraphFetch;
  readonly sleep?: (ms: number) => Promise<void>;
}

export interface GraphClient {
  /**
   * Moves the message (a REST id: `convertToRestId(itemId, v2.0)`) to Deleted Items. Resolves when Graph
   * confirms; rejects with {@link GraphNotFoundError} (already gone), {@link GraphHttpError} or
   * {@link GraphNetworkError}.
   */
  moveToDeletedItems(restId: string): Promise<void>;
}

const RETRIED = new Set([429, 503, 504]);
/** A person is watching: at most three waits, none longer than this. */
const MAX_WAITS = 3;
const MAX_WAIT_MS = 10_000;
const FALLBACK_WAIT_MS = 1_000;

const defaultSleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

/** Seconds in `Retry-After` as milliseconds (capped); a fallback when absent or not a number. */
export function retryAfter(value: string | null): number {
  const seconds = value === null ? NaN : Number(value.trim());
  return Number.isFinite(seconds) && seconds >= 0 ? Math.min(seconds * 1000, MAX_WAIT_MS) : FALLBACK_WAIT_MS;
}

function graphCode(text: string): string | undefined {
  try {
    const code = (JSON.parse(text) as { error?: { code?: unknown } }).error?.code;
    return typeof code === 'string' ? code : undefined;
  } catch {
    return undefined;
  }
}

export function createGraphClient(options: GraphClientOptions): GraphClient {
  const base = options.baseUrl.replace(/\/+$/, '');
  const sleep = options.sleep ?? defaultSleep;
  const send = async (path: string, body: unknown, forceRefresh: boolean) => {
    const token = await options.tokens.getToken({ forceRefresh });
    try {
      return await options.fetch(base + path, {
        method: 'POST',
        headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
        body: JSON.stringify(body),
      });
    } catch (error: unknown) {
      throw new GraphNetworkError('Microsoft Graph could not be reached.', { cause: error });
    }
  };
  return {
    async moveToDeletedItems(restId) {
      const path = `/me/messages/${encodeURIComponent(restId)}/move`;
      const body = { destinationId: 'deleteditems' };
      let refreshed = false;
      for (let waits = 0; ;) {
        const response = await send(path, body, false);
        let status = response.status;
        let answer = response;
        if (status === 401 && !refreshed) {
          refreshed = true;
          answer = await send(path, body, true);
          status = answer.status;
        }
        if (status >= 200 && status < 300) return;
        const text = await answer.text().catch(() => '');
        if (status === 404) throw new GraphNotFoundError('The message is no longer in the mailbox.');
        if (RETRIED.has(status) && waits < MAX_WAITS) {
          waits += 1;
          await sleep(retryAfter(answer.headers.get('retry-after')));
          continue;
        }
        throw new GraphHttpError(status, graphCode(text));
      }
    },
  };
}
