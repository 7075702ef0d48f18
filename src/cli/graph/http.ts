/**
 * A small HTTPS client over `node:https` (plain `node:http` for loopback stand-ins), with an optional
 * trusted CA for a local test server and a response size cap so one huge message cannot exhaust memory.
 */
import http from 'node:http';
import https from 'node:https';

export interface HttpRequest {
  readonly method?: 'GET' | 'POST';
  readonly headers?: Readonly<Record<string, string>>;
  readonly body?: string;
}

export interface HttpResponse {
  readonly status: number;
  readonly headers: Readonly<Record<string, string>>;
  readonly body: Buffer;
}

export interface HttpOptions {
  /** Extra CA certificate(s) to trust (PEM), for a local server with its own certificate. */
  readonly ca?: string;
  readonly maxBytes: number;
  readonly timeoutMs: number;
}

/** The request could not be completed (connection refused, reset, timed out, answer too large). */
export class HttpError extends Error {
  override name = 'HttpError' as const;
}

function flatHeaders(headers: http.IncomingHttpHeaders): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [name, value] of Object.entries(headers)) {
    if (value !== undefined) out[name] = Array.isArray(value) ? value.join(', ') : value;
  }
  return out;
}

/** Sends one request and buffers the answer (up to `maxBytes`). Rejects with {@link HttpError}. */
export function httpRequest(url: string, request: HttpRequest, options: HttpOptions): Promise<HttpResponse> {
  const target = new URL(url);
  const send = target.protocol === 'https:' ? https.request : http.request;
  return new Promise((resolve, reject) => {
    const req = send(
      target,
      {
        method: request.method ?? 'GET',
        headers: request.headers,
        timeout: options.timeoutMs,
        ...(options.ca !== undefined && target.protocol === 'https:' ? { ca: options.ca } : {}),
      },
      (res) => {
        const chunks: Buffer[] = [];
        let size = 0;
        res.on('data', (chunk: Buffer) => {
          size += chunk.length;
          if (size > options.maxBytes) {
            req.destroy(new HttpError(`answer larger than ${options.maxBytes} bytes`));
            return;
          }
          chunks.push(chunk);
        });
        res.on('end', () =>
          resolve({
            status: res.statusCode ?? 0,
            headers: flatHeaders(res.headers),
            body: Buffer.concat(chunks),
          }),
        );
        res.on('error', (error) => reject(new HttpError(error.message, { cause: error })));
      },
    );
    req.on('timeout', () => req.destroy(new HttpError(`no answer within ${options.timeoutMs} ms`)));
    req.on('error', (error) =>
      reject(
        error instanceof HttpError
          ? error
          : new HttpError(`${target.host}: ${error.message}`, { cause: error }),
      ),
    );
    req.end(request.body);
  });
}
