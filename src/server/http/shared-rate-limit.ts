/**
 * A store for `@fastify/rate-limit` that counts in the database every instance shares (PostgreSQL), so a
 * limit that guards secrets — the landing pages' and the API's — holds for a client however a proxy spreads
 * its requests. The embedded engine serves one instance and keeps the plugin's own in-memory store.
 */
import { createHmac } from 'node:crypto';
import type {
  FastifyRateLimitOptions,
  FastifyRateLimitStore,
  FastifyRateLimitStoreCtor,
} from '@fastify/rate-limit';
import type { RateLimitStore } from '../storage/rate-limit-store';

/** What the plugin hands `child` for a route with its own limit (its typings name less than it passes). */
interface RouteLimitParams {
  readonly routeInfo?: { readonly method?: string | readonly string[]; readonly url?: string };
}

/**
 * The store class the plugin instantiates. Buckets are an HMAC of the route and the client key (an address)
 * with `key`, a secret the database never holds: the table shows how busy a bucket is, not who is behind it.
 */
export function sharedRateLimitStore(counters: RateLimitStore, key: Buffer): FastifyRateLimitStoreCtor {
  const bucketOf = (scope: string, client: string): string =>
    createHmac('sha256', key).update(`${scope}\n${client}`, 'utf8').digest('hex');

  class SharedRateLimitStore implements FastifyRateLimitStore {
    private readonly scope: string;

    constructor(_options: FastifyRateLimitOptions, scope = 'global') {
      this.scope = scope;
    }

    incr(
      client: string,
      callback: (error: Error | null, result?: { current: number; ttl: number }) => void,
      timeWindow: number,
    ): void {
      const now = Date.now();
      counters.hit(bucketOf(this.scope, client), new Date(now), timeWindow).then(
        (hit) => callback(null, { current: hit.hits, ttl: Math.max(0, hit.resetAt.getTime() - now) }),
        (error: unknown) => callback(error instanceof Error ? error : new Error(String(error))),
      );
    }

    child(routeOptions: Parameters<FastifyRateLimitStore['child']>[0]): FastifyRateLimitStore {
      const route = (routeOptions as unknown as RouteLimitParams).routeInfo;
      const method = [route?.method ?? ''].flat().join(',');
      return new SharedRateLimitStore({}, `${method} ${route?.url ?? ''}`);
    }
  }
  return SharedRateLimitStore;
}
