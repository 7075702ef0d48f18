/**
 * Microsoft Graph calls the sweep makes, each through the retry policy with a fresh (cached) token.
 */
import type { GraphConfig } from './config';
import { httpRequest, type HttpOptions, type HttpResponse } from './http';
import { withRetry, type RetryPolicy } from './retry';
import type { TokenSource } from './token';

/** Graph answered with an error that retrying does not cure (403 missing permission, 400 bad filter …). */
export class GraphRequestError extends Error {
  override name = 'GraphRequestError' as const;
  constructor(
    message: string,
    readonly status: number,
  ) {
    super(message);
  }
}

/** One page of a Graph collection. */
export interface Page<T> {
  readonly value: readonly T[];
  readonly next: string | null;
}

export class GraphClient {
  constructor(
    readonly config: GraphConfig,
    private readonly token: TokenSource,
    private readonly http: HttpOptions,
    private readonly retry: RetryPolicy,
  ) {}

  /** An absolute URL for a path under the Graph base (`/users/…`); absolute links pass through. */
  url(pathOrUrl: string): string {
    return /^https?:/.test(pathOrUrl) ? pathOrUrl : `${this.config.graphUrl}${pathOrUrl}`;
  }

  async send(
    pathOrUrl: string,
    method: 'GET' | 'POST' = 'GET',
    body?: unknown,
    extra: Record<string, string> = {},
  ): Promise<HttpResponse> {
    const url = this.url(pathOrUrl);
    return withRetry(async () => {
      const headers: Record<string, string> = { authorization: `Bearer ${await this.token()}`, ...extra };
      if (body !== undefined) headers['content-type'] = 'application/json';
      return httpRequest(
        url,
        { method, headers, ...(body !== undefined ? { body: JSON.stringify(body) } : {}) },
        this.http,
      );
    }, this.retry);
  }

  /** GET a JSON resource; null on 404 (the item or mailbox is not there). */
  async getJson<T>(pathOrUrl: string, extra: Record<string, string> = {}): Promise<T | null> {
    const response = await this.send(pathOrUrl, 'GET', undefined, extra);
    if (response.status === 404) return null;
    check(response, pathOrUrl);
    return JSON.parse(response.body.toString('utf8')) as T;
  }

  /** One page of a collection; null on 404. */
  async page<T>(pathOrUrl: string, extra: Record<string, string> = {}): Promise<Page<T> | null> {
    const body = await this.getJson<{ value?: T[]; '@odata.nextLink'?: string }>(pathOrUrl, extra);
    if (body === null) return null;
    return { value: body.value ?? [], next: body['@odata.nextLink'] ?? null };
  }
}

/** Throws {@link GraphRequestError} for an answer that is not a success. */
export function check(response: HttpResponse, what: string): void {
  if (response.status >= 200 && response.status < 300) return;
  let code = '';
  try {
    code = (JSON.parse(response.body.toString('utf8')) as { error?: { code?: string } }).error?.code ?? '';
  } catch {
    // A body that is not JSON: the status says enough.
  }
  const path = what.replace(/^https?:\/\/[^/]+/, '').split('?')[0] ?? what;
  throw new GraphRequestError(
    `Graph ${path}: HTTP ${response.status}${code !== '' ? ` ${code}` : ''}`,
    response.status,
  );
}
