/**
 * A small HTTP proxy in front of the vault on loopback that injects faults into the move's traffic: the
 * vault down, 5xx halfway, a connection dropped mid-upload, corrupted bytes, refused tokens, a held upload.
 */
import {
  createServer,
  request as forward,
  type IncomingMessage,
  type Server,
  type ServerResponse,
} from 'node:http';
import type { AddressInfo } from 'node:net';

export type Fault =
  | { readonly kind: 'none' }
  /** Every connection is closed without an answer. */
  | { readonly kind: 'down' }
  /** Upload requests after the first `okUploads` get a 500. */
  | { readonly kind: 'error-500'; readonly okUploads: number }
  /** The `nth` upload request with more than `afterBytes` of body is cut after `afterBytes` reach the vault. */
  | { readonly kind: 'drop-once'; readonly afterBytes: number; readonly nth: number }
  /** One byte of every upload body is flipped on the way. */
  | { readonly kind: 'corrupt' }
  /** Upload requests are refused with 401, as for an expired token. */
  | { readonly kind: 'unauthorized' }
  /** Upload requests after the first `okUploads` wait until `release()`. */
  | { readonly kind: 'hold'; readonly okUploads: number };

export interface FaultProxy {
  readonly url: string;
  fault: Fault;
  /** Upload requests seen, as `METHOD path content-range`. */
  readonly uploads: string[];
  release(): void;
  close(): Promise<void>;
}

const isUpload = (req: IncomingMessage): boolean =>
  (req.method === 'POST' && req.url === '/api/files') ||
  (req.method === 'PUT' && (req.url ?? '').startsWith('/api/uploads/')) ||
  (req.method === 'POST' && /^\/api\/uploads(\/[^/]+\/commit)?$/.test(req.url ?? ''));

async function readBody(req: IncomingMessage): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

export async function startFaultProxy(target: string): Promise<FaultProxy> {
  const targetUrl = new URL(target);
  let released: () => void = () => undefined;
  const hold = new Promise<void>((resolve) => (released = resolve));
  let dropped = false;
  let bigBodies = 0;
  let okUploads = 0;
  const proxy: FaultProxy = {
    url: '',
    fault: { kind: 'none' },
    uploads: [],
    release: () => released(),
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
  const send = (req: IncomingMessage, res: ServerResponse, body: Buffer, cutAfter?: number): void => {
    const headers = { ...req.headers, host: targetUrl.host, 'content-length': String(body.length) };
    const out = forward(
      { host: targetUrl.hostname, port: targetUrl.port, method: req.method, path: req.url, headers },
      (answer) => {
        res.writeHead(answer.statusCode ?? 502, answer.headers);
        answer.pipe(res);
      },
    );
    out.on('error', () => res.destroy());
    if (cutAfter === undefined) {
      out.end(body);
      return;
    }
    // Part of the body reaches the vault, then both connections drop (the browser sees a network error).
    out.write(body.subarray(0, cutAfter), () =>
      setTimeout(() => {
        out.destroy();
        res.destroy();
      }, 200),
    );
  };
  const server: Server = createServer((req, res) => {
    void (async () => {
      const fault = proxy.fault;
      if (fault.kind === 'down') {
        req.socket.destroy();
        return;
      }
      const body = await readBody(req);
      const upload = req.method !== 'OPTIONS' && isUpload(req);
      if (upload)
        proxy.uploads.push(
          `${req.method ?? ''} ${req.url ?? ''} ${String(req.headers['content-range'] ?? '')}`,
        );
      const cors = {
        'access-control-allow-origin': String(req.headers.origin ?? '*'),
        'content-type': 'application/json',
      };
      if (upload && fault.kind === 'hold' && ++okUploads > fault.okUploads) await hold;
      if (upload && fault.kind === 'unauthorized') {
        res
          .writeHead(401, cors)
          .end(JSON.stringify({ code: 'unauthenticated', message: 'The access token has expired.' }));
        return;
      }
      if (upload && fault.kind === 'error-500' && ++okUploads > fault.okUploads) {
        res.writeHead(500, cors).end(JSON.stringify({ code: 'internal', message: 'Internal error' }));
        return;
      }
      if (
        upload &&
        fault.kind === 'corrupt' &&
        body.length > 0 &&
        req.headers['content-type'] !== 'application/json'
      )
        body[0] = (body[0] ?? 0) ^ 1;
      if (
        upload &&
        fault.kind === 'drop-once' &&
        !dropped &&
        body.length > fault.afterBytes &&
        ++bigBodies === fault.nth
      ) {
        dropped = true;
        send(req, res, body, fault.afterBytes);
        return;
      }
      send(req, res, body);
    })();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  (proxy as { url: string }).url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return proxy;
}
