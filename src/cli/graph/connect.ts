/**
 * Builds the Graph client from the environment and the injectable seams (a stand-in's CA, the sleep).
 */
import { GraphClient } from './client';
import { graphConfigFromEnv } from './config';
import type { HttpOptions } from './http';
import type { RetryPolicy } from './retry';
import { graphTokenSource } from './token';

/** What tests (and only tests) change: a local server's CA, how back-off sleeps, how often it retries. */
export interface GraphDeps {
  readonly ca?: string;
  readonly sleep: (ms: number) => Promise<void>;
  readonly attempts: number;
  readonly baseMs: number;
  readonly onWait?: (ms: number, reason: string) => void;
}

export const DEFAULT_GRAPH_DEPS: GraphDeps = {
  sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
  // Eight tries with a 1 s base cover about four minutes of throttling or a short outage.
  attempts: 8,
  baseMs: 1_000,
};

/** A message bigger than this is not fetched whole (Exchange Online's own limit is 150 MB). */
const MAX_MESSAGE_BYTES = 160 * 1024 * 1024;

export function connectGraph(env: NodeJS.ProcessEnv, overrides: Partial<GraphDeps>): GraphClient {
  const deps: GraphDeps = { ...DEFAULT_GRAPH_DEPS, ...overrides };
  const config = graphConfigFromEnv(env);
  const http: HttpOptions = {
    maxBytes: MAX_MESSAGE_BYTES,
    timeoutMs: 120_000,
    ...(deps.ca !== undefined ? { ca: deps.ca } : {}),
  };
  const retry: RetryPolicy = {
    attempts: deps.attempts,
    baseMs: deps.baseMs,
    maxMs: 300_000,
    sleep: deps.sleep,
    ...(deps.onWait ? { onWait: deps.onWait } : {}),
  };
  return new GraphClient(config, graphTokenSource(config, http), http, retry);
}
