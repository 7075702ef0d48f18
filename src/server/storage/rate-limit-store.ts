/**
 * Request counters shared by every instance on one database: a fixed window per bucket, counted with one
 * atomic upsert, so two instances answering the same client cannot both let a request through the limit's
 * last slot. Buckets are keyed pseudonyms (see `http/shared-rate-limit.ts`), never client addresses.
 */
import type { SqlDriver } from './sql-driver';

/** The bucket's count in its current window (this request included) and when that window ends. */
export interface RateLimitHit {
  readonly hits: number;
  readonly resetAt: Date;
}

export interface RateLimitStore {
  /** Counts one request in `bucket`, starting a new window of `windowMs` if the last one has ended. */
  hit(bucket: string, now: Date, windowMs: number): Promise<RateLimitHit>;
  /** Forgets the buckets whose window has ended (the retention sweep). */
  deleteExpired(now: Date): Promise<number>;
}

// Every right-hand side reads the row as it was, in both dialects, so the two CASEs agree.
const HIT = `INSERT INTO rate_limits (bucket, hits, window_end) VALUES (?, 1, ?)
  ON CONFLICT (bucket) DO UPDATE SET
    hits = CASE WHEN rate_limits.window_end <= ? THEN 1 ELSE rate_limits.hits + 1 END,
    window_end = CASE WHEN rate_limits.window_end <= ? THEN excluded.window_end ELSE rate_limits.window_end END
  RETURNING hits, window_end`;

export class SqlRateLimitStore implements RateLimitStore {
  constructor(private readonly db: SqlDriver) {}

  async hit(bucket: string, now: Date, windowMs: number): Promise<RateLimitHit> {
    const at = now.getTime();
    const [row] = await this.db.all(HIT, [bucket, at + windowMs, at, at]);
    if (row === undefined) throw new Error('The rate-limit upsert returned no row.');
    return { hits: Number(row['hits']), resetAt: new Date(Number(row['window_end'])) };
  }

  async deleteExpired(now: Date): Promise<number> {
    return this.db.run('DELETE FROM rate_limits WHERE window_end <= ?', [now.getTime()]);
  }
}
