/**
 * The vault's HTTP client: authenticated requests with one token refresh on 401, refusals turned into
 * {@link VaultHttpError}. Uploads (simple and resumable) and downloads build on {@link VaultClient.request}.
 */
import { isErrorBody } from '../../contract/check';
import type { TokenProvider } from '../auth/types';
import { VaultHttpError } from './errors';
import type { HttpRequest, HttpResponse, HttpTransport } from './transport';

export interface VaultClientOptions {
  /** The vault's origin (policy.json `vault.url`), e.g. `https://vault.example.se`. */
  readonly baseUrl: string;
  readonly tokens: TokenProvider;
  readonly transport: HttpTransport;
  /** Waits between retries; injectable so tests do not wait. */
  readonly sleep?: (ms: number) => Promise<void>;
}

export type VaultRequest = Omit<HttpRequest, 'url' | 'headers' | 'responseType'> & {
  readonly path: string;
  readonly headers?: Readonly<Record<string, string>>;
  readonly responseType?: 'json' | 'bytes';
};

/** Authenticated access to the vault. */
export interface VaultClient {
  readonly baseUrl: string;
  /** Sends `request`; resolves on 2xx, rejects with {@link VaultHttpError} otherwise. */
  request(request: VaultRequest): Promise<HttpResponse>;
  sleep(ms: number): Promise<void>;
}

const defaultSleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

/** Builds a {@link VaultHttpError} from a non-2xx answer (the vault's `ErrorBody` when it sent one). */
export function httpError(response: HttpResponse): VaultHttpError {
  const body = response.json;
  if (isErrorBody(body)) return new VaultHttpError(response.status, body.code, body.message);
  return new VaultHttpError(response.status, undefined, `HTTP ${response.status}`);
}

export function createVaultClient(options: VaultClientOptions): VaultClient {
  const baseUrl = options.baseUrl.replace(/\/+$/, '');
  const send = async (request: VaultRequest, forceRefresh: boolean): Promise<HttpResponse> => {
    const token = await options.tokens.getToken({ forceRefresh });
    return options.transport({
      ...request,
      url: baseUrl + request.path,
      headers: { ...request.headers, authorization: `Bearer ${token}` },
      responseType: request.responseType ?? 'json',
    });
  };
  return {
    baseUrl,
    sleep: options.sleep ?? defaultSleep,
    async request(request) {
      let response = await send(request, false);
      // An expired or revoked token: ask for a fresh one once, then give up with the vault's answer.
      if (response.status === 401) response = await send(request, true);
      if (response.status >= 200 && response.status < 300) return response;
      throw httpError(response);
    },
  };
}
