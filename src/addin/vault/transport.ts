/**
 * One HTTP exchange with the vault. The browser implementation uses XMLHttpRequest because it is the one
 * browser API that reports upload progress; tests inject their own {@link HttpTransport}.
 */
import { VaultAbortedError, VaultNetworkError } from './errors';

export interface HttpRequest {
  readonly method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  readonly url: string;
  readonly headers: Readonly<Record<string, string>>;
  readonly body?: Uint8Array | string;
  /** `bytes` for downloads; otherwise the body is parsed as JSON when it is JSON. */
  readonly responseType: 'json' | 'bytes';
  /** Called with the number of request-body bytes sent so far. */
  readonly onUploadProgress?: (sent: number) => void;
  readonly signal?: AbortSignal;
}

export interface HttpResponse {
  readonly status: number;
  /** Parsed JSON (or `undefined` when the body was empty or not JSON). */
  readonly json: unknown;
  /** Only for `responseType: 'bytes'` with a 2xx status. */
  readonly bytes?: Uint8Array;
}

/** Resolves with any HTTP status; rejects with {@link VaultNetworkError} or {@link VaultAbortedError}. */
export type HttpTransport = (request: HttpRequest) => Promise<HttpResponse>;

function parseJson(text: string): unknown {
  if (text === '') return undefined;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}

/** {@link HttpTransport} over XMLHttpRequest (progress events, abort). */
export const xhrTransport: HttpTransport = (request) =>
  new Promise<HttpResponse>((resolve, reject) => {
    if (request.signal?.aborted) {
      reject(new VaultAbortedError('cancelled'));
      return;
    }
    const xhr = new XMLHttpRequest();
    xhr.open(request.method, request.url);
    xhr.responseType = request.responseType === 'bytes' ? 'arraybuffer' : 'text';
    for (const name of Object.keys(request.headers)) xhr.setRequestHeader(name, request.headers[name] ?? '');
    const onAbort = (): void => xhr.abort();
    request.signal?.addEventListener('abort', onAbort, { once: true });
    const done = (): void => request.signal?.removeEventListener('abort', onAbort);
    const progress = request.onUploadProgress;
    if (progress) xhr.upload.addEventListener('progress', (event) => progress(event.loaded));
    xhr.addEventListener('load', () => {
      done();
      const binary = request.responseType === 'bytes';
      if (binary && xhr.status >= 200 && xhr.status < 300) {
        resolve({ status: xhr.status, json: undefined, bytes: new Uint8Array(xhr.response as ArrayBuffer) });
        return;
      }
      const text = binary ? new TextDecoder().decode(xhr.response as ArrayBuffer) : String(xhr.responseText);
      resolve({ status: xhr.status, json: parseJson(text) });
    });
    xhr.addEventListener('error', () => {
      done();
      reject(new VaultNetworkError(`No answer from ${new URL(request.url).host}`));
    });
    xhr.addEventListener('abort', () => {
      done();
      reject(new VaultAbortedError('cancelled'));
    });
    const body = request.body;
    xhr.send(body === undefined ? null : typeof body === 'string' ? body : (body as Uint8Array<ArrayBuffer>));
  });
