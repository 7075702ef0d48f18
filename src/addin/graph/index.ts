/** Microsoft Graph from the task pane: move a received message to Deleted Items (docs/adr/0030). */
export { createGraphClient, retryAfter } from './client';
export type { GraphClient, GraphClientOptions, GraphFetch } from './client';
export { GraphHttpError, GraphNetworkError, GraphNotFoundError } from './errors';
export { GRAPH_URL, GRAPH_MAIL_SCOPE, createGraphTokenProvider } from './tokens';
