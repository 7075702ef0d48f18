/** What can go wrong moving a received message through Microsoft Graph, as the read pane reports it. */

/** Graph answered 404: the message is no longer there (the user deleted it, or it was moved away). */
export class GraphNotFoundError extends Error {
  override name = 'GraphNotFoundError' as const;
}

/** Graph refused the request (403: `Mail.ReadWrite` not consented; other 4xx) or kept failing (5xx, 429). */
export class GraphHttpError extends Error {
  override name = 'GraphHttpError' as const;
  constructor(
    readonly status: number,
    /** Graph's `error.code`, e.g. `ErrorAccessDenied`; never message content. */
    readonly code: string | undefined,
  ) {
    super(`Microsoft Graph answered HTTP ${status}${code ? ` (${code})` : ''}`);
  }
}

/** Graph could not be reached (no network, blocked, the connection dropped). */
export class GraphNetworkError extends Error {
  override name = 'GraphNetworkError' as const;
}
