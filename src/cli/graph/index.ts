/** Microsoft Graph for `mailguard sweep`: app-only access, throttling-aware paging, mailboxes and leavers. */
export { graphSources, runLeavers } from './run-graph';
export { connectGraph, DEFAULT_GRAPH_DEPS } from './connect';
export type { GraphDeps } from './connect';
export { GraphClient, GraphRequestError } from './client';
export { GraphConfigError, graphConfigFromEnv } from './config';
export type { GraphConfig, GraphCredential } from './config';
export { GraphUnavailableError, backoffMs, retryAfterMs, withRetry } from './retry';
export type { RetryPolicy } from './retry';
export { findLeavers } from './leavers';
export type { Leaver } from './leavers';
