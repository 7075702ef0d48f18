/**
 * An {@link HttpTransport} over Node's fetch, for tests against a real vault on loopback (the browser's
 * XMLHttpRequest transport is exercised by the end-to-end tests). Progress is reported once per request.
 */
import {
  VaultAbortedError,
  VaultNetworkError,
  type HttpRequest,
  type HttpResponse,
  type HttpTransport,
} from '../../../src/addin/vault';

export const nodeTransport: HttpTransport = async (request: HttpRequest): Promise<HttpResponse> => {
  let response: Response;
  try {
    response = await fetch(request.url, {
      method: request.method,
      headers: request.headers,
      ...(request.body !== undefined
        ? { body: typeof request.body === 'string' ? request.body : new Uint8Array(request.body) }
        : {}),
      ...(request.signal ? { signal: request.signal } : {}),
    });
  } catch (error: unknown) {
    if (request.signal?.aborted) throw new VaultAbortedError('cancelled');
    throw new VaultNetworkError(error instanceof Error ? error.message : 'network error');
  }
  if (request.body !== undefined && request.onUploadProgress)
    request.onUploadProgress(typeof request.body === 'string' ? request.body.length : request.body.length);
  const bytes = new Uint8Array(await response.arrayBuffer());
  if (request.responseType === 'bytes' && response.ok)
    return { status: response.status, json: undefined, bytes };
  const text = new TextDecoder().decode(bytes);
  let json: unknown;
  try {
    json = text === '' ? undefined : JSON.parse(text);
  } catch {
    json = undefined;
  }
  return { status: response.status, json };
};

/** Wraps a transport so a test can change a request or answer, or fail it. */
export function intercept(
  inner: HttpTransport,
  hook: (request: HttpRequest, next: HttpTransport) => Promise<HttpResponse>,
): HttpTransport {
  return (request) => hook(request, inner);
}
